#pragma once

#include "domain/CaseClock.h"
#include "domain/Catalog.h"
#include "domain/Records.h"
#include "models/ChunkedTableModel.h"
#include "search/CaseQuery.h"

class DatabaseWorker;
class WorkCalendar;

// The case list: newest first, filtered and searched by a CaseFilter, loaded lazily.
class CaseListModel : public ChunkedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Received,
        Client,
        Item,
        Channel,
        Status,
        TimeLimit, // the case's own clock (issue 20): its closing date, amber when near, red when past
        Due,
        Summary,
        ColumnCount
    };

    CaseListModel(DatabaseWorker* worker, const Catalog* catalog, QObject* parent = nullptr);

    void setFilter(const CaseFilter& filter); // reloads
    const CaseFilter& filter() const { return m_filter; }
    void reload() { restart(); }
    std::optional<CaseRecord> caseAt(int row) const;
    // Deadlines stand out: overdue in red, due within kDueSoonDays working days in amber.
    static constexpr int kDueSoonDays = CaseClock::kDueSoonDays;
    void setCalendar(const WorkCalendar* calendar)
    {
        m_calendar = calendar;
        m_today = {};
    }
    enum class Urgency
    {
        None,
        DueSoon,
        Overdue,
    };
    Urgency urgencyOf(const CaseRecord& c) const;
    // The case's own clock, from what its row keeps (issue 20).
    ClockLight lightOf(const CaseRecord& c) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // What the columns of known contents may show at their widest (ColumnFit).
    static QStringList widestTexts(int section);

protected:
    RowsJob rowsJob() const override;
    CountJob countJob() const override;
    static qint64 keyOfRow(const QVariant& row);

private:
    const Catalog* m_catalog;
    const WorkCalendar* m_calendar = nullptr;
    // China's date now, with m_dueSoonBy worked out for it (once a day, not per painted cell).
    const QDate& today() const;
    mutable QDate m_today;
    mutable QDate m_dueSoonBy;
    CaseFilter m_filter;
};
