#pragma once

#include "domain/AfterService.h"

#include <QDialog>

class AppContext;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// 7.4.2 回访: one return visit to the client of a case, on site or by phone, with what the client
// said and the four ratings of 8.1.1 in the usual five levels. Saved in core on the writer thread.
class ReturnVisitDialog : public QDialog
{
    Q_OBJECT

public:
    ReturnVisitDialog(AppContext& ctx, const QString& caseNumber, QWidget* parent = nullptr);
    const ReturnVisit& recorded() const { return m_recorded; }

signals:
    void saved(const ReturnVisit& visit);

private:
    void save();

    AppContext& m_ctx;
    QString m_caseNumber;
    ReturnVisit m_recorded;
    QComboBox* m_method;
    QDateTimeEdit* m_when;
    QLineEdit* m_contact;
    QPlainTextEdit* m_said;
    QComboBox* m_ratings[4];
    QPlainTextEdit* m_comment;
    QLabel* m_error;
    QLabel* m_whom; // the client and the number to call
};
