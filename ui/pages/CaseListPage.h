#pragma once

#include "widgets/CaseActionBar.h"

#include <QJsonObject>
#include <QWidget>

class AppContext;
class CaseDetailView;
class CaseListModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// All cases of the station, newest first: search (number, client, USCC, request), filters by status,
// category, channel and date range, and the chosen case's details and timeline, with the status
// moves staff make on it.
class CaseListPage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListPage(AppContext& ctx, QWidget* parent = nullptr);

    CaseListModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    // The case whose details are shown (a default record when none is chosen).
    const CaseRecord& currentCase() const { return m_current; }
    void showCase(const QString& number);
    // At start: visit records left unfinished (the program was closed or killed) are offered back.
    void offerDraftRecovery();
    void openVisitDialog(const CaseRecord& c, const QString& draftId = {}, const QJsonObject& draft = {});
    void openReturnVisitDialog(const QString& number);
    void printVisit(const QString& visitId);
    void correctVisit(const QString& visitId);

private:
    void applyFilter();
    void updateCount(qint64 total);
    void currentRowChanged(int row);
    void followSelection();
    void showDetail(const QString& number);
    void open(const QString& number, CaseActionBar::Action action); // the notice, handoff or visit form
    void act(const CaseStep& step);
    void openNoticeDialog(const CaseRecord& c);
    void openHandoffDialog(const CaseRecord& c);
    void showChanged(const CaseRecord& c);

    AppContext& m_ctx;
    CaseListModel* m_model;
    QTimer* m_delay;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_category;
    QComboBox* m_channel;
    QComboBox* m_due;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_count;
    QLabel* m_emptyHint = nullptr; // 无结果: what to try instead
    QTableView* m_table;
    CaseDetailView* m_detail;
    CaseActionBar* m_actions;
    CaseRecord m_current;
    struct Follow
    {
        int row = -1; // the row chosen before the list changed shape, and its record
        qint64 key = 0;
        int scroll = 0;
    } m_follow;
    QString m_pendingNumber;
};
