#include "pages/OnlineRequestsPage.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "domain/WorkCalendar.h"
#include "models/ColumnFit.h"
#include "security/Permissions.h"
#include "storage/DatabaseWorker.h"
#include "workflow/OnlineIntake.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
// 7.2.1: a request is answered within a working day of arriving; past that, it shows in red.
bool late(const OnlineRequest& r)
{
    const QDate sent = Clock::chinaDate(r.receivedAt);
    return WorkCalendar::standard().addWorkingDays(sent, 1) < Clock::chinaDate(Clock::nowUtc());
}
} // namespace

OnlineRequestsPage::OnlineRequestsPage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_model(new ListTableModel<OnlineRequest>(
          {
              { tr("Number"), [](const OnlineRequest& r) { return r.number; } },
              { tr("Sent at"), [](const OnlineRequest& r) { return Clock::displayDateTime(r.receivedAt); } },
              { tr("Enterprise"), [](const OnlineRequest& r) { return r.enterprise; } },
              { tr("Service item"),
                  [this](const OnlineRequest& r) {
                      const CatalogItem* item = m_ctx.catalog().item(r.itemCode);
                      return item ? item->displayName() : r.itemCode;
                  } },
              { tr("Request"), [](const OnlineRequest& r) { return r.summary; } },
          },
          late,
          this))
{
    m_model->setWidest(0, { QStringLiteral("LZ-WS-20261204-0001") });
    m_model->setWidest(2, { QStringLiteral("柳州市柳南区某某机械制造有限公司") });
    m_model->setWidest(3, { QStringLiteral("5.2.2 标准销售、信息查询及有效性确认") });
    m_model->setWidest(1, { Clock::displayDateTime(QDateTime(QDate(2026, 12, 28), QTime(20, 58), Qt::UTC)) });
    m_view = listTableView(m_model, this);
    m_view->setObjectName(QStringLiteral("onlineRequestTable"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("onlineRequestCount"));
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("onlineRequestDetail"));
    m_accept = new QPushButton(tr("&Accept as a case"), this);
    m_accept->setObjectName(QStringLiteral("acceptRequestButton"));
    m_accept->setToolTip(tr("Registers it here, with you as the clerk in charge; the applicant sees it accepted "
                            "after the next sync"));
    m_return = new QPushButton(tr("&Return…"), this);
    m_return->setObjectName(QStringLiteral("returnRequestButton"));
    m_return->setToolTip(tr("Not for this station or not a request the platform handles: the applicant reads why"));
    connect(m_accept, &QPushButton::clicked, this, &OnlineRequestsPage::accept);
    connect(m_return, &QPushButton::clicked, this, &OnlineRequestsPage::giveBack);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        showRequest(i.row());
    });
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_return);
    bar->addWidget(m_accept);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    connect(&m_ctx, &AppContext::actorChanged, this, &OnlineRequestsPage::reload);
    reload();
}

const OnlineRequest* OnlineRequestsPage::current() const
{
    return m_model->rowAt(m_view->currentIndex().row());
}

void OnlineRequestsPage::reload()
{
    m_ctx.reader()->post<Result<QList<OnlineRequest>>>(
        this,
        [](Database& db) { return OnlineRequestStore::pending(db, 1000); },
        [this](Result<QList<OnlineRequest>> rows) {
            if (!rows) {
                m_model->setRows({});
                m_count->setText(rows.error().message.local);
                return;
            }
            replaceRowsKeepingChoice<OnlineRequest>(
                m_model, m_view, *rows, [](const OnlineRequest& r) { return r.number; });
            ColumnFit::fit(m_view);
            m_count->setText(rows->isEmpty()
                    ? tr("No online request is waiting. New ones arrive with each sync.")
                    : tr("%n online request(s) waiting to be accepted, oldest first.", nullptr, int(rows->size())));
            emit waitingChanged(int(rows->size()));
            if (!rows->isEmpty() && !m_view->currentIndex().isValid())
                m_view->selectRow(0);
            showRequest(m_view->currentIndex().row());
        });
}

void OnlineRequestsPage::showRequest(int row)
{
    const OnlineRequest* r = m_model->rowAt(row);
    const bool may = r && Permissions::allowed(m_ctx.actor().role, Permission::RegisterCase) && !m_ctx.isArchive();
    m_accept->setEnabled(may);
    m_return->setEnabled(may);
    if (!r) {
        m_detail->clear();
        return;
    }
    const CatalogItem* item = m_ctx.catalog().item(r->itemCode);
    auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellpadding=\"3\">");
    html += line(tr("Number"), r->number);
    html += line(tr("Sent at"), Clock::displayDateTime(r->receivedAt));
    html += line(tr("Enterprise"), r->enterprise);
    html += line(tr("Unified social credit code"), r->uscc);
    html += line(tr("Contact person"), r->contact);
    html += line(tr("Phone"), r->phone);
    if (!r->email.isEmpty())
        html += line(tr("E-mail"), r->email);
    html += line(tr("Service item"), item ? item->code + u' ' + item->displayName() : r->itemCode);
    html += line(tr("Texts"), r->sms ? tr("Agreed to be texted") : tr("Not asked for"));
    html += QStringLiteral("</table><p>%1</p>").arg(r->summary.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    m_detail->setHtml(html);
}

void OnlineRequestsPage::accept()
{
    const OnlineRequest* r = current();
    if (!r)
        return;
    const QString number = r->number;
    const Actor actor = m_ctx.actor();
    const Catalog* catalog = &m_ctx.catalog();
    m_accept->setEnabled(false);
    m_ctx.writer()->post<Result<CaseRecord>>(
        this,
        [number, actor, catalog](Database& db) { return OnlineIntake(db, *catalog).accept(number, actor); },
        [this](Result<CaseRecord> c) {
            if (!c) {
                QMessageBox::warning(this, tr("Not accepted"), c.error().message.local);
                reload();
                return;
            }
            reload();
            emit accepted(c->number);
        });
}

void OnlineRequestsPage::giveBack()
{
    // The number, not the row: the list may be loaded again while the dialog is open.
    if (const OnlineRequest* r = current())
        askReason(r->number, {});
}

void OnlineRequestsPage::askReason(QString number, const QString& before)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Return %1").arg(number));
    auto* reason = new QPlainTextEdit(before, &dialog);
    reason->setObjectName(QStringLiteral("returnReason"));
    reason->setPlaceholderText(tr("Why, as the applicant will read it: e.g. the enterprise is in another district"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Return"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Reason"), &dialog));
    layout->addWidget(reason);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = reason->toPlainText();
    const Actor actor = m_ctx.actor();
    const Catalog* catalog = &m_ctx.catalog();
    m_return->setEnabled(false);
    m_ctx.writer()->post<Status>(
        this,
        [number, text, actor, catalog](
            Database& db) { return OnlineIntake(db, *catalog).giveBack(number, text, actor); },
        [this, number, text](Status s) {
            if (!s) {
                QMessageBox::warning(this, tr("Not returned"), s.error().message.local);
                if (s.error().field == QLatin1String("reason"))
                    return askReason(number, text); // asked again, with what was typed
            }
            reload();
        });
}
