#pragma once

#include "domain/Complaint.h"

#include <QDialog>

class AppContext;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// 7.5.2: a complaint as it arrives, from any channel: who complains and how to reach them, whom it
// is about (an agency, a staff member, the platform), the case if there is one, its class and what
// it says. Registered in core on the writer thread; the number is shown once it is saved.
class ComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintDialog(AppContext& ctx, QWidget* parent = nullptr);
    const Complaint& registered() const { return m_registered; }

private:
    void save();

    AppContext& m_ctx;
    Complaint m_registered;
    QComboBox* m_channel;
    QLineEdit* m_complainant;
    QLineEdit* m_contact;
    QComboBox* m_about;
    QComboBox* m_agency;
    QLineEdit* m_staff;
    QLineEdit* m_case;
    QComboBox* m_category;
    QPlainTextEdit* m_summary;
    QLabel* m_error;
};
