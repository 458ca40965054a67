#pragma once

#include <QDialog>

class AppContext;
class AuditLogModel;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

// The audit log for supervisors (issue 6, 7.6.3): filter by user, action, record and period; export
// what is shown as CSV; check the hash chain.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(AppContext& ctx, QWidget* parent = nullptr);
    AuditLogModel* model() const { return m_model; }
    void exportTo(const QString& path); // the export button's work, without the file dialog

signals:
    void exported(qint64 rows);

private:
    void applyFilter();
    void verify();

    AppContext& m_ctx;
    AuditLogModel* m_model;
    QLineEdit* m_user;
    QLineEdit* m_action;
    QLineEdit* m_record;
    QCheckBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableView* m_view;
    QLabel* m_status;
};
