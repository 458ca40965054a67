#include "widgets/CaseDetailView.h"

#include "common/Clock.h"

CaseDetailView::CaseDetailView(const Catalog& catalog, QWidget* parent)
    : QTextBrowser(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("caseDetail"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("visit-print"))
            emit printVisitRequested(url.path());
        else if (url.scheme() == QLatin1String("visit-correct"))
            emit correctVisitRequested(url.path());
    });
    showNothing();
}

void CaseDetailView::showNothing()
{
    setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                .arg(tr("Choose a case to see its details and timeline.").toHtmlEscaped()));
}

namespace {
QString eventLabel(const QString& kind)
{
    if (kind == QLatin1String("registered"))
        return CaseDetailView::tr("Registered");
    if (kind == QLatin1String("answered"))
        return CaseDetailView::tr("Answered on the spot and closed");
    if (kind == QLatin1String("interim_answer"))
        return CaseDetailView::tr("Interim answer");
    if (kind == QLatin1String("dispatched"))
        return CaseDetailView::tr("Dispatched to station");
    if (kind == QLatin1String("closed"))
        return CaseDetailView::tr("Closed");
    if (kind == QLatin1String("escalated"))
        return CaseDetailView::tr("Escalated to the city platform");
    if (kind == QLatin1String("reopened"))
        return CaseDetailView::tr("Reopened");
    if (kind == QLatin1String("handed_off"))
        return CaseDetailView::tr("Handed off to a service agency");
    if (kind == QLatin1String("noticed"))
        return CaseDetailView::tr("One-time notice given");
    if (kind == QLatin1String("notice_delivered"))
        return CaseDetailView::tr("Notice delivered");
    if (kind == QLatin1String("instruction_requested"))
        return CaseDetailView::tr("Instruction requested");
    if (kind == QLatin1String("instruction_received"))
        return CaseDetailView::tr("Instruction received");
    if (kind == QLatin1String("client_told"))
        return CaseDetailView::tr("Client told of the handoff");
    if (kind == QLatin1String("handoff_accepted"))
        return CaseDetailView::tr("Accepted by the agency");
    if (kind == QLatin1String("handoff_declined"))
        return CaseDetailView::tr("Declined by the agency");
    if (kind == QLatin1String("service_result"))
        return CaseDetailView::tr("Service result");
    if (kind == QLatin1String("follow_up"))
        return CaseDetailView::tr("Follow-up");
    if (kind == QLatin1String("visit"))
        return CaseDetailView::tr("On-site visit");
    if (kind == QLatin1String("conflict_settled"))
        return CaseDetailView::tr("Conflicting changes settled");
    if (kind == QLatin1String("follow_up_promised"))
        return CaseDetailView::tr("Follow-up promised");
    return kind;
}
} // namespace

void CaseDetailView::showCase(const CaseRecord& c, const QList<Visit>& visits)
{
    const CatalogItem* item = m_catalog.item(c.itemCode);
    const CatalogCategory* category = m_catalog.category(c.categoryCode);
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1 <span style='font-weight:normal'>· %2</span></h3><table>")
                       .arg(c.number.toHtmlEscaped(), CaseStatuses::label(c.status).local.toHtmlEscaped());
    html += row(tr("Client"),
        c.clientUscc.isEmpty() ? c.clientName : QStringLiteral("%1（%2）").arg(c.clientName, c.clientUscc));
    html += row(tr("Received"),
        QStringLiteral("%1 · %2 · %3")
            .arg(Clock::displayDateTime(c.receivedAt), Channels::label(c.channel).local, c.receivedBy));
    html += row(tr("Service item"),
        QStringLiteral("%1 %2 / %3")
            .arg(c.itemCode, category ? category->displayName() : QString(), item ? item->displayName() : QString()));
    html += row(tr("Request"), c.summary);
    if (!c.answer.isEmpty())
        html += row(tr("Answer"), c.answer);
    html += QStringLiteral("</table>");
    if (!visits.isEmpty()) {
        // A corrected record stays (it was signed); the one correcting it says so.
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("On-site visits").toHtmlEscaped());
        for (const Visit& v : visits)
            html += QStringLiteral(
                "<li>%1 · %2 · %3%4 · <a href=\"visit-print:%5\">%6</a> · <a href=\"visit-correct:%5\">%7</a></li>")
                        .arg(Clock::displayDateTime(v.visitedAt),
                            v.summary.toHtmlEscaped(),
                            tr("signed by %1").arg(v.signerName).toHtmlEscaped(),
                            v.supersedes.isEmpty() ? QString()
                                                   : QStringLiteral(" · ") + tr("a correction").toHtmlEscaped(),
                            v.id,
                            tr("Print sheet").toHtmlEscaped(),
                            tr("Correct…").toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Timeline").toHtmlEscaped());
    for (const CaseEvent& e : c.events) {
        html += QStringLiteral("<li>%1 · %2 · %3%4</li>")
                    .arg(Clock::displayDateTime(e.at),
                        eventLabel(e.kind).toHtmlEscaped(),
                        e.actor.toHtmlEscaped(),
                        e.detail.isEmpty() ? QString() : QStringLiteral("：") + e.detail.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    setHtml(html);
}
