#include "widgets/CaseDetailView.h"

#include "common/Clock.h"
#include "domain/CaseClock.h"
#include "domain/CaseEvents.h"
#include "domain/WorkCalendar.h"

#include <algorithm>

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
        else if (url.scheme() == QLatin1String("case"))
            emit caseRequested(url.path());
    });
    showNothing();
}

void CaseDetailView::showNothing()
{
    setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                .arg(tr("Choose a case to see its details and timeline.").toHtmlEscaped()));
}

void CaseDetailView::showCase(const CaseRecord& c, const QList<Visit>& visits, const QList<MergedCase>& merged)
{
    const auto caseLink = [](const QString& number) {
        return QStringLiteral("<a href=\"case:%1\">%1</a>").arg(number.toHtmlEscaped());
    };
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
    if (!c.visitorName.isEmpty() || !c.visitorPhone.isEmpty())
        html += row(Channels::personLabel(c.channel).local,
            QStringList { c.visitorName, c.visitorPhone }.join(QLatin1Char(' ')).trimmed());
    html += row(tr("Received"),
        QStringLiteral("%1 · %2 · %3")
            .arg(Clock::displayDateTime(c.receivedAt),
                Channels::label(c.channel).local,
                CaseEvents::staff(m_staffNames, c.receivedBy)));
    html += row(tr("Service item"),
        QStringLiteral("%1 / %2").arg(
            category ? category->displayName() : QString(), item ? item->displayName() : c.itemCode));
    html += row(tr("Request"), c.summary);
    if (!c.answer.isEmpty())
        html += row(tr("Answer"), c.answer);
    if (c.dueClose.isValid() && c.status != CaseStatus::Closed) {
        // Issue 20: where the case's own clock stands, in the words of the light it shows.
        const ClockLight light = CaseClock::light(
            true, c.dueClose, c.pausedSince.isValid(), Clock::chinaDate(Clock::nowUtc()), WorkCalendar::standard());
        const QString day = QStringLiteral("yyyy-MM-dd");
        // While paused its dates are not known: the paused working days move them when it runs again.
        const QString limit = c.pausedSince.isValid()
            ? tr("clock paused since %1").arg(Clock::displayDateTime(c.pausedSince))
            : tr("respond by %1, close by %2 (%3)")
                  .arg(c.dueResponse.toString(day), c.dueClose.toString(day), ClockLights::label(light).local);
        html += row(tr("Time limit"), limit);
    }
    for (const MergedCase& m : merged)
        html += QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2 · %3 · %4</td></tr>")
                    .arg(tr("Merged request").toHtmlEscaped(),
                        caseLink(m.kase.number),
                        Clock::displayDateTime(m.kase.receivedAt),
                        m.kase.summary.toHtmlEscaped());
    html += QStringLiteral("</table>");
    qsizetype mergedVisits = 0;
    for (const MergedCase& m : merged)
        mergedVisits += m.visits.size();
    if (!visits.isEmpty() || mergedVisits > 0) {
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
        // Those of a merged request are printed and corrected from that case.
        for (const MergedCase& m : merged)
            for (const Visit& v : m.visits)
                html += QStringLiteral("<li>%1 · %2 · %3 · %4</li>")
                            .arg(Clock::displayDateTime(v.visitedAt),
                                v.summary.toHtmlEscaped(),
                                tr("signed by %1").arg(v.signerName).toHtmlEscaped(),
                                tr("filed under %1").toHtmlEscaped().arg(caseLink(m.kase.number)));
        html += QStringLiteral("</ul>");
    }
    // One timeline, in the order things happened: the case's own lines and its merged requests'.
    struct Line
    {
        const CaseEvent* event;
        QString filedUnder; // empty: the case's own
    };
    QList<Line> lines;
    for (const CaseEvent& e : c.events)
        lines.append(Line { &e, {} });
    for (const MergedCase& m : merged)
        for (const CaseEvent& e : m.kase.events)
            lines.append(Line { &e, m.kase.number });
    std::stable_sort(
        lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.event->at < b.event->at; });
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Timeline").toHtmlEscaped());
    for (const Line& line : lines) {
        const CaseEvent& e = *line.event;
        const QString detail = CaseEvents::detail(e);
        html += QStringLiteral("<li>%1 · %2 · %3%4%5</li>")
                    .arg(Clock::displayDateTime(e.at),
                        CaseEvents::label(e.kind).local.toHtmlEscaped(),
                        CaseEvents::staff(m_staffNames, e.actor).toHtmlEscaped(),
                        detail.isEmpty() ? QString() : QStringLiteral("：") + detail.toHtmlEscaped(),
                        line.filedUnder.isEmpty() ? QString()
                                                  : QStringLiteral(" 〔%1〕").arg(caseLink(line.filedUnder)));
    }
    html += QStringLiteral("</ul>");
    setHtml(html);
}
