#pragma once

#include <QDialog>

class AppContext;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class TimeLimitModel;

// The station administrator's time limits (issue 20): every service item with the working days it
// is promised in, and a form under the list to set the selected item's own, with the reason. Each
// change is a new version (core/workflow/TimeLimits); cases already registered keep theirs.
class TimeLimitsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TimeLimitsDialog(AppContext& ctx, QWidget* parent = nullptr);
    TimeLimitModel* model() const { return m_model; }

signals:
    void saved(); // a change was kept and the list read again

private:
    void reload();
    void showSelected();
    void save();

    AppContext& m_ctx;
    TimeLimitModel* m_model;
    QTableView* m_view;
    QSpinBox* m_response;
    QSpinBox* m_close;
    QLineEdit* m_reason;
    QPushButton* m_save;
    QLabel* m_status;
};
