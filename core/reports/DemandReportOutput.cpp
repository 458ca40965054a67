#include "reports/DemandReportOutput.h"

#include "common/Clock.h"
#include "documents/PagedDocument.h"
#include "domain/Records.h"

#include <QCoreApplication>

using ReportTables::Section;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DemandReportOutput", text); // lupdate files tr() here under this name
}

} // namespace

QString DemandReportOutput::termLine(const QList<DemandTerm>& list)
{
    QStringList words;
    for (const DemandTerm& t : list)
        words << QStringLiteral("%1（%2）").arg(t.term).arg(t.requests);
    return words.join(QStringLiteral("、"));
}

QList<Section> DemandReportOutput::sections(const DemandFigures& f)
{
    return ReportTables::numbered(tables(f));
}

QList<Section> DemandReportOutput::tables(const DemandFigures& f)
{
    QList<Section> list;
    list << Section { tr("Requests and answers on the spot"),
        { tr("Item"), tr("Count"), tr("Share") },
        { { tr("Requests received"), QString::number(f.requests), ReportTables::percent(f.requests, f.requests) },
            { tr("Answered on the spot"),
                QString::number(f.answeredOnSpot),
                ReportTables::percent(f.answeredOnSpot, f.requests) },
            { tr("Answered from the knowledge base"),
                QString::number(f.answeredWithKnowledge),
                ReportTables::percent(f.answeredWithKnowledge, f.requests) } } };
    QList<QStringList> termRows;
    for (const DemandTerm& t : f.terms)
        termRows << QStringList { t.term, QString::number(t.requests), ReportTables::percent(t.requests, f.requests) };
    list << Section { tr("What clients ask about"), { tr("Term"), tr("Requests"), tr("Share") }, termRows };
    QList<QStringList> categoryRows;
    for (const DemandCategory& c : f.byCategory)
        categoryRows << QStringList { c.name, QString::number(c.requests), termLine(c.terms) };
    list << Section {
        tr("Topics by service category"), { tr("Category"), tr("Requests"), tr("Most asked about") }, categoryRows
    };
    QList<QStringList> entryRows;
    for (const DemandEntryUse& e : f.entries)
        entryRows << QStringList { e.number, e.question, QString::number(e.uses) };
    list << Section { tr("Knowledge entries used"), { tr("Entry"), tr("Question"), tr("Times used") }, entryRows };
    QList<QStringList> areaRows;
    for (const DemandArea& a : f.areas)
        areaRows << QStringList { a.name, QString::number(a.requests), ReportTables::percent(a.requests, f.requests) };
    list << Section { tr("Requests by area"), { tr("Area"), tr("Requests"), tr("Share") }, areaRows };
    QList<QStringList> clientRows;
    for (const DemandClient& c : f.repeatClients)
        clientRows << QStringList { c.name, c.uscc, QString::number(c.requests) };
    list << Section {
        tr("Clients who came more than once"), { tr("Client"), tr("Credit code"), tr("Requests") }, clientRows
    };
    QList<QStringList> risingRows;
    for (const DemandItem& i : f.rising)
        risingRows << QStringList { i.name, QString::number(i.count), QString::number(i.previous) };
    list << Section { tr("Service items with rising demand"),
        { tr("Service item"), tr("This period"), tr("Period before") },
        risingRows };
    return list;
}

QString DemandReportOutput::html(const DemandFigures& f, const QString& stationName)
{
    QString h = ReportTables::opening(tr("Analysis of service demand"),
        QStringLiteral("%1　%2").arg(tr("Station: %1").arg(stationName),
            tr("Period: %1 to %2")
                .arg(PagedDocument::chineseDate(f.period.from), PagedDocument::chineseDate(f.period.to))));
    for (const Section& s : sections(f))
        h += ReportTables::section(s);
    Station issuer;
    issuer.name = stationName;
    h += PagedDocument::sealBlock(PagedDocument::issuingUnit(issuer), Clock::chinaDate(Clock::nowUtc()));
    return h + ReportTables::closing();
}

Result<int> DemandReportOutput::writePdf(const DemandFigures& f, const QString& stationName, const QString& path)
{
    return PagedDocument::writePdf(html(f, stationName), path, tr("Analysis of service demand"));
}
