#pragma once

#include "domain/Records.h"

#include <QDialog>

class AppContext;
class AgencyCandidateModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

// 7.2.4: hands a case to a service agency or expert team, chosen with help: candidates ranked by
// scope, valid qualification and open load; the others only when shown, and then with a reason. The
// time limit starts at the service item's usual working days; another needs its reason.
class HandoffDialog : public QDialog
{
    Q_OBJECT

public:
    HandoffDialog(AppContext& ctx, const CaseRecord& kase, QWidget* parent = nullptr);
    const CaseRecord& result() const { return m_result; }

private:
    void selectionChanged();
    void dueChanged();
    void warnOfQualification();
    QDate dueDate() const;
    QString itemName() const;
    void handOff();

    AppContext& m_ctx;
    CaseRecord m_case;
    int m_usualDays = 10;
    AgencyCandidateModel* m_model;
    QTableView* m_table;
    QCheckBox* m_showAll;
    QSpinBox* m_days;
    QLabel* m_due;
    QLabel* m_hint; // why the list is empty, or a qualification that ends before the deadline
    QLineEdit* m_dueReason;
    QLineEdit* m_override;
    QLabel* m_error;
    CaseRecord m_result;
};
