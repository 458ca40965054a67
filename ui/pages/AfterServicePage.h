#pragma once

#include "domain/Complaint.h"
#include "models/ListTableModel.h"
#include "reports/ComplaintStatistics.h"
#include "workflow/ReturnVisits.h"

#include <QWidget>

class AppContext;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

// 回访与投诉 (Ctrl+6): the work after the service. The return visits the plan says are due (7.4.2),
// oldest first, overdue in red, each recorded from here; and the complaints (7.5) with their steps,
// open or overdue ones on request, registered and moved on from here; and the complaints of a period
// by class, agency and staff member, where only valid ones count (7.5.4, 7.5.5). Lists load on the
// reader thread.
class AfterServicePage : public QWidget
{
    Q_OBJECT

public:
    explicit AfterServicePage(AppContext& ctx, QWidget* parent = nullptr);
    void reload();
    QTableView* dueView() const { return m_dueView; }
    QTableView* complaintView() const { return m_complaintView; }

private:
    QWidget* buildReturnVisits();
    QWidget* buildComplaints();
    QWidget* buildAssessment();
    void loadAssessment();
    void editPlan();
    void loadDue();
    void loadComplaints();
    void showComplaint(int row);
    void recordReturnVisit();
    void registerComplaint();
    void advanceComplaint();

    AppContext& m_ctx;
    ListTableModel<DueReturnVisit>* m_due;
    ListTableModel<Complaint>* m_complaints;
    QTableView* m_dueView = nullptr;
    QTableView* m_complaintView = nullptr;
    QLabel* m_dueCount = nullptr;
    QComboBox* m_complaintFilter = nullptr;
    QTextBrowser* m_complaintDetail = nullptr;
    QPushButton* m_recordVisit = nullptr;
    QPushButton* m_registerComplaint = nullptr;
    QPushButton* m_advance = nullptr;
    QPushButton* m_plan = nullptr;
    class QDateEdit* m_assessFrom = nullptr;
    class QDateEdit* m_assessTo = nullptr;
    ListTableModel<ComplaintCount>* m_byClass;
    ListTableModel<ComplaintCount>* m_byAgency;
    ListTableModel<ComplaintCount>* m_byStaff;
    QLabel* m_assessSummary = nullptr;
    class ImprovementTab* m_improvement = nullptr;
};
