#pragma once

#include "models/ListTableModel.h"
#include "workflow/Improvement.h"

#include <QWidget>

class AppContext;
class QPushButton;
class QTableView;

// 服务评价与改进 (8.1.2, 8.2): the station's evaluation records of the three kinds, each with its
// written report attached, and the improvement plans with their owner, due date, status and review.
// Supervisors and administrators add and update them; everyone may read them.
class ImprovementTab : public QWidget
{
    Q_OBJECT

public:
    ImprovementTab(AppContext& ctx, QWidget* parent = nullptr);
    void reload(); // reads both lists on the reader thread
    QTableView* planView() const { return m_planView; }

private:
    void addEvaluation();
    void saveReport();
    void addPlan();
    void updatePlan();

    AppContext& m_ctx;
    ListTableModel<Evaluation>* m_evaluations;
    ListTableModel<ImprovementPlan>* m_plans;
    QTableView* m_evaluationView;
    QTableView* m_planView;
    QPushButton* m_addEvaluation;
    QPushButton* m_saveReport;
    QPushButton* m_addPlan;
    QPushButton* m_updatePlan;
};
