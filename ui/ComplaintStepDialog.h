#pragma once

#include "domain/Complaint.h"

#include <QDialog>

class AppContext;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

// The next step of a complaint (7.5.3): only the moves the state machine allows from where it
// stands are offered; each asks for what it needs (the verdict and its reason, the findings, the
// institution, its handling, the answer to the complainant, why it is reopened).
class ComplaintStepDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintStepDialog(AppContext& ctx, const Complaint& complaint, QWidget* parent = nullptr);
    const Complaint& result() const { return m_result; }

private:
    void targetChanged();
    void save();

    AppContext& m_ctx;
    Complaint m_complaint;
    Complaint m_result;
    QComboBox* m_to;
    QWidget* m_verdict;
    QButtonGroup* m_valid;
    QComboBox* m_category;
    QLineEdit* m_forwardedTo;
    QLabel* m_noteLabel;
    QPlainTextEdit* m_note;
    QLabel* m_error;
};
