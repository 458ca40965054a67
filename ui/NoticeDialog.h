#pragma once

#include "domain/Notice.h"
#include "domain/Records.h"

#include <QDialog>

class AppContext;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;

// 7.2.3: the clerk builds a one-time notice for a case: the service item's typical materials
// (each can be unticked), items of their own, why it cannot be done now, the next step, contact and
// deadline; a second notice asks for its reason. Issuing runs in core on the writer thread; the
// dialog closes with the issued notice, or shows the refusal under the field at fault.
class NoticeDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeDialog(AppContext& ctx, const CaseRecord& kase, int earlierNotices, QWidget* parent = nullptr);
    const Notice& issued() const { return m_issued; }

private:
    void addItem();
    void preview();
    void issue();
    NewNotice input() const;

    AppContext& m_ctx;
    CaseRecord m_case;
    QStandardItemModel* m_items;
    QLineEdit* m_newItem;
    QPlainTextEdit* m_reason;
    QPlainTextEdit* m_next;
    QLineEdit* m_contact;
    QDateEdit* m_deadline;
    QLineEdit* m_repeat;
    QComboBox* m_delivered;
    QLabel* m_error;
    Notice m_issued;
};
