#include "reports/ClientFileOutput.h"

#include "common/Clock.h"
#include "documents/PagedDocument.h"
#include "domain/Records.h"

#include <QCoreApplication>

using ReportTables::Section;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ClientFileOutput", text); // lupdate files tr() here under this name
}

QString esc(const QString& s)
{
    return ReportTables::esc(s);
}

// Who the client is: its name across the table, then label and value, two pairs a row.
QString particulars(const QPair<QString, QString>& name, const QList<QPair<QString, QString>>& fields)
{
    const QString label = QStringLiteral("<td width='22%' style='background:#eeeeee'>%1</td>");
    QString h = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
                               "style='border-collapse:collapse; margin-bottom:10pt'><tr>")
        + label.arg(esc(name.first)) + QStringLiteral("<td colspan='3'>%1</td></tr>").arg(esc(name.second));
    for (int i = 0; i < fields.size(); i += 2) {
        h += QStringLiteral("<tr>");
        for (int j = i; j < i + 2 && j < fields.size(); ++j) {
            const bool alone = j == i && j + 1 == fields.size(); // the last, without a pair: the whole row
            h += label.arg(esc(fields.at(j).first))
                + (alone ? QStringLiteral("<td colspan='3'>%1</td>") : QStringLiteral("<td width='28%'>%1</td>"))
                      .arg(esc(fields.at(j).second));
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}
} // namespace

QString ClientFileOutput::title()
{
    return tr("Client file");
}

QString ClientFileOutput::chineseDateTime(const QDateTime& utc)
{
    return QStringLiteral("%1 %2").arg(PagedDocument::chineseDate(Clock::chinaDate(utc)),
        utc.toTimeZone(Clock::chinaZone()).toString(QStringLiteral("HH:mm")));
}

QList<Section> ClientFileOutput::sections(const ClientFileContent& f)
{
    QList<QStringList> counts;
    for (const ClientFile::StatusCount& c : ClientFile::statusCounts(f.cases))
        counts << QStringList { c.status.local, QString::number(c.cases) };
    counts << QStringList { tr("Total"), QString::number(f.cases.size()) };
    QList<QStringList> cases;
    for (const ClientFileCase& c : f.cases)
        cases << QStringList { PagedDocument::chineseDate(Clock::chinaDate(c.receivedAt)),
            c.number,
            c.itemName,
            c.summary.simplified(),
            c.mergedInto.isEmpty() ? CaseStatuses::label(c.status).local : tr("Merged into %1").arg(c.mergedInto) };
    QList<QStringList> steps;
    for (const ClientFileEntry& e : f.entries)
        steps << QStringList { chineseDateTime(e.at), e.caseNumber, e.kindLabel.local, e.summary, e.staff };
    return ReportTables::numbered({
        Section { tr("Cases by status"), { tr("Status"), tr("Cases") }, counts },
        Section { tr("The cases"),
            { tr("Received"), tr("Case number"), tr("Service item"), tr("Request"), tr("Status") },
            cases,
            { 0, 1 } },
        Section { tr("Service record"),
            { tr("Time"), tr("Case number"), tr("What was done"), tr("Particulars"), tr("Staff") },
            steps,
            { 1 },
            { 20, 0, 13, 0, 9 } },
    });
}

QString ClientFileOutput::html(const ClientFileContent& f, const QString& stationName, const QString& printedBy)
{
    Station issuer;
    issuer.name = stationName;
    const QString unit = PagedDocument::issuingUnit(issuer);
    const QDate today = Clock::chinaToday();
    QString h = ReportTables::opening(title(), tr("%1, as on %2").arg(unit, PagedDocument::chineseDate(today)));
    const Client& c = f.client;
    const QString none = QStringLiteral("—");
    h += particulars({ tr("Client"), c.name },
        { { tr("Unified social credit code"), c.uscc.isEmpty() ? none : c.uscc },
            { tr("Contact person"), c.contactName.isEmpty() ? none : c.contactName },
            { tr("Telephone"), c.phone.isEmpty() ? none : c.phone },
            { tr("Address"), c.address.isEmpty() ? none : c.address },
            { tr("In the archive since"), PagedDocument::chineseDate(Clock::chinaDate(c.createdAt)) } });
    for (const Section& s : sections(f))
        h += ReportTables::section(s);
    h += PagedDocument::sealBlock(unit, today, esc(tr("Printed by: %1").arg(printedBy)));
    return h + QStringLiteral("</body></html>");
}

Result<int> ClientFileOutput::writePdf(
    const ClientFileContent& f, const QString& stationName, const QString& printedBy, const QString& path)
{
    return PagedDocument::writePdf(html(f, stationName, printedBy), path, title());
}
