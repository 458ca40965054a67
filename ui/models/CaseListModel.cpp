#include "models/CaseListModel.h"

#include "common/Clock.h"
#include "domain/CaseClock.h"
#include "domain/WorkCalendar.h"
#include "models/ColumnFit.h"
#include "storage/DatabaseWorker.h"

#include <QBrush>
#include <QColor>
#include <QFont>

CaseListModel::CaseListModel(DatabaseWorker* worker, const Catalog* catalog, QObject* parent)
    : ChunkedTableModel(worker, &keyOfRow, parent)
    , m_catalog(catalog)
{ }

void CaseListModel::setFilter(const CaseFilter& filter)
{
    m_filter = filter;
    restart();
}

std::optional<CaseRecord> CaseListModel::caseAt(int row) const
{
    const QVariant* v = rowValue(row);
    if (!v)
        return std::nullopt;
    return v->value<CaseRecord>();
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant* v = rowValue(index.row());
    if (!v)
        return role == Qt::DisplayRole && index.column() == Number ? QVariant(tr("Loading…")) : QVariant();
    const CaseRecord c = v->value<CaseRecord>();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return c.number;
        case Received:
            return Clock::displayDateTime(c.receivedAt);
        case Client:
            return c.clientName;
        case Item: {
            const CatalogItem* item = m_catalog->item(c.itemCode);
            return item ? QStringLiteral("%1 %2").arg(c.itemCode, item->displayName()) : c.itemCode;
        }
        case Channel:
            return Channels::label(c.channel).local;
        case Status:
            return CaseStatuses::label(c.status).local;
        case TimeLimit:
            if (c.pausedSince.isValid() && c.status != CaseStatus::Closed)
                return ClockLights::label(ClockLight::Paused).local;
            return c.dueClose.isValid() && c.status != CaseStatus::Closed
                ? c.dueClose.toString(QStringLiteral("yyyy-MM-dd"))
                : QString();
        case Due:
            return c.dueDate.isValid() ? c.dueDate.toString(QStringLiteral("yyyy-MM-dd")) : QString();
        case Summary:
            return c.summary;
        }
    }
    if (index.column() == TimeLimit
        && (role == Qt::ForegroundRole || role == Qt::ToolTipRole || role == Qt::FontRole)) {
        const ClockLight light = lightOf(c);
        if (role == Qt::ToolTipRole)
            return light == ClockLight::None ? QVariant() : QVariant(ClockLights::label(light).local);
        if (role == Qt::FontRole) {
            if (light != ClockLight::Red)
                return {};
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (light == ClockLight::Red)
            return QBrush(QColor(0xc0, 0x00, 0x00));
        if (light == ClockLight::Amber)
            return QBrush(QColor(0xb0, 0x5a, 0x00));
        if (light == ClockLight::Paused)
            return QBrush(QColor(0x55, 0x55, 0x55));
        return {};
    }
    if (index.column() == Due && (role == Qt::ForegroundRole || role == Qt::ToolTipRole)) {
        const Urgency u = urgencyOf(c);
        if (u == Urgency::Overdue)
            return role == Qt::ToolTipRole ? QVariant(tr("Overdue")) : QVariant(QBrush(QColor(0xc0, 0x00, 0x00)));
        if (u == Urgency::DueSoon)
            return role == Qt::ToolTipRole ? QVariant(tr("Due within %n working day(s)", nullptr, kDueSoonDays))
                                           : QVariant(QBrush(QColor(0xb0, 0x5a, 0x00)));
    }
    if (role == Qt::FontRole && index.column() == Due && urgencyOf(c) == Urgency::Overdue) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return c.summary;
    if (role == Qt::ForegroundRole && index.column() == Status && c.status == CaseStatus::Registered)
        return QBrush(QColor(0xb0, 0x5a, 0x00));
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == kWidestTextsRole)
        return widestTexts(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Case number");
    case Received:
        return tr("Received");
    case Client:
        return tr("Client");
    case Item:
        return tr("Service item");
    case Channel:
        return tr("Channel");
    case Status:
        return tr("Status");
    case TimeLimit:
        return tr("Time limit");
    case Due:
        return tr("Due");
    case Summary:
        return tr("Request");
    }
    return {};
}

QStringList CaseListModel::widestTexts(int section)
{
    QStringList texts;
    switch (section) {
    case Number:
        return { QStringLiteral("LZ-LN-20261124-0007") };
    case Received:
        return { Clock::displayDateTime(QDateTime(QDate(2026, 12, 28), QTime(20, 58), Qt::UTC)) };
    case Channel:
        for (::Channel c : Channels::all())
            texts << Channels::label(c).local;
        return texts;
    case Status:
        for (CaseStatus s : CaseStatuses::all())
            texts << CaseStatuses::label(s).local;
        return texts;
    case TimeLimit:
        return { QStringLiteral("2026-12-28"), ClockLights::label(ClockLight::Paused).local };
    case Due:
        return { QStringLiteral("2026-12-28") };
    }
    return {}; // clients, items and requests: as wide as the page leaves them
}

ChunkedTableModel::RowsJob CaseListModel::rowsJob() const
{
    const CaseFilter filter = m_filter;
    return [filter](Database& db, qint64 offset, qint64 afterKey, int limit) -> Result<QList<QVariant>> {
        auto rows = afterKey > 0 ? CaseQuery::page(db, filter, afterKey, limit)
                                 : CaseQuery::pageAt(db, filter, offset, limit);
        if (!rows)
            return rows.error();
        QList<QVariant> out;
        out.reserve(rows->size());
        for (const CaseRecord& c : *rows)
            out << QVariant::fromValue(c);
        return out;
    };
}

ChunkedTableModel::CountJob CaseListModel::countJob() const
{
    const CaseFilter filter = m_filter;
    return [filter](Database& db) { return CaseQuery::count(db, filter); };
}

qint64 CaseListModel::keyOfRow(const QVariant& row)
{
    return row.value<CaseRecord>().seq;
}

const QDate& CaseListModel::today() const
{
    // Asked for every painted cell: the day's "soon" is worked out once a day, not per cell.
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    if (today != m_today) {
        m_today = today;
        m_dueSoonBy = m_calendar ? m_calendar->addWorkingDays(today, kDueSoonDays) : today.addDays(kDueSoonDays);
    }
    return m_today;
}

ClockLight CaseListModel::lightOf(const CaseRecord& c) const
{
    if (!m_calendar)
        return ClockLight::None;
    const QDate& day = today();
    return CaseClock::light(c.status != CaseStatus::Closed, c.dueClose, c.pausedSince.isValid(), day, m_dueSoonBy);
}

CaseListModel::Urgency CaseListModel::urgencyOf(const CaseRecord& c) const
{
    if (!c.dueDate.isValid() || (c.status != CaseStatus::HandedOff && c.status != CaseStatus::InService))
        return Urgency::None;
    if (c.dueDate < today())
        return Urgency::Overdue;
    return c.dueDate <= m_dueSoonBy ? Urgency::DueSoon : Urgency::None;
}
