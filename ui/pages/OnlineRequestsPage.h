#pragma once

#include "models/ListTableModel.h"
#include "storage/OnlineRequestStore.h"

#include <QWidget>

class AppContext;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

// 网上申请 (Ctrl+7, issue 23): the requests enterprises typed on the platform's public pages and the
// platform routed to this station, waiting to be accepted (待受理), oldest first; a request past its
// response day in red (7.2.1). A clerk accepts one (it becomes a case here, shown on the case page)
// or returns it with a reason the applicant reads. Lists load on the reader thread; accepting and
// returning run on the writer.
class OnlineRequestsPage : public QWidget
{
    Q_OBJECT

public:
    explicit OnlineRequestsPage(AppContext& ctx, QWidget* parent = nullptr);
    void reload();
    QTableView* view() const { return m_view; }
    ListTableModel<OnlineRequest>* model() const { return m_model; }

signals:
    void accepted(const QString& caseNumber); // the case it became
    void waitingChanged(int count); // for the navigation's label

private:
    void showRequest(int row);
    void accept();
    void giveBack();
    void askReason(QString number, const QString& before); // by value: the row may go while the dialog is open
    const OnlineRequest* current() const;

    AppContext& m_ctx;
    ListTableModel<OnlineRequest>* m_model;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QTextBrowser* m_detail = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_return = nullptr;
};
