#include "reports/MonthlyReportOutput.h"

#include "common/Clock.h"
#include "documents/PagedDocument.h"
#include "reports/DemandReportOutput.h"
#include "reports/ReportCharts.h"
#include "reports/ReportTables.h"

#include <QCoreApplication>
#include <QFile>
#include <xlsxwriter.h>

namespace {
using ReportTables::esc;
using ReportTables::percent;
using ReportTables::Section;

QList<QStringList> comparedRows(const QList<CountRow>& rows, qint64 total)
{
    QList<QStringList> out;
    for (const CountRow& r : rows)
        out << QStringList {
            r.label, // categories by name: the standard's clause numbers mean nothing on a supervisor's desk
            QString::number(r.count),
            percent(r.count, total),
            QString::number(r.previous),
            MonthlyReportOutput::change(r.count, r.previous),
            QString::number(r.lastYear),
            MonthlyReportOutput::change(r.count, r.lastYear)
        };
    return out;
}

// Issue 20: closings against the cases' own due dates (paused time not counted), with the
// extensions, urgings and returns of the period, one row a category or clerk and a total.
Section clockSection(const QString& title, const QString& firstHeader, const QList<ClockRow>& rows)
{
    QList<QStringList> out;
    ClockRow total;
    auto row = [](const QString& label, const ClockRow& r) {
        return QStringList { label,
            QString::number(r.closed),
            QString::number(r.onTime),
            percent(r.onTime, r.closed),
            QString::number(r.extensions),
            QString::number(r.urgings),
            QString::number(r.returns) };
    };
    for (const ClockRow& r : rows) {
        out << row(r.label, r);
        total.closed += r.closed;
        total.onTime += r.onTime;
        total.extensions += r.extensions;
        total.urgings += r.urgings;
        total.returns += r.returns;
    }
    out << row(QCoreApplication::translate("Report", "Total"), total);
    return { title,
        { firstHeader,
            QCoreApplication::translate("Report", "Closed"),
            QCoreApplication::translate("Report", "On time"),
            QCoreApplication::translate("Report", "Share"),
            QCoreApplication::translate("Report", "Extensions"),
            QCoreApplication::translate("Report", "Urgings"),
            QCoreApplication::translate("Report", "Returned") },
        out };
}

Section agencyClockSection(const QList<AgencyClockRow>& rows)
{
    QList<QStringList> out;
    for (const AgencyClockRow& r : rows)
        out << QStringList { r.name,
            QString::number(r.handedOff),
            QString::number(r.lateSignFors),
            QString::number(r.finished),
            QString::number(r.onTime),
            percent(r.onTime, r.finished),
            QString::number(r.returns),
            QString::number(r.urgings) };
    return { QCoreApplication::translate("Report", "Agencies' handoffs"),
        { QCoreApplication::translate("Report", "Agency"),
            QCoreApplication::translate("Report", "Handed off"),
            QCoreApplication::translate("Report", "Signed for late"),
            QCoreApplication::translate("Report", "Finished"),
            QCoreApplication::translate("Report", "On time"),
            QCoreApplication::translate("Report", "Share"),
            QCoreApplication::translate("Report", "Returned"),
            QCoreApplication::translate("Report", "Urgings") },
        out };
}

QList<Section> sections(const MonthlyFigures& f)
{
    const QStringList compareHeader = { QCoreApplication::translate("Report", "Item"),
        QCoreApplication::translate("Report", "This period"),
        QCoreApplication::translate("Report", "Share"),
        QCoreApplication::translate("Report", "Month before"),
        QCoreApplication::translate("Report", "Change"),
        QCoreApplication::translate("Report", "Same month last year"),
        QCoreApplication::translate("Report", "Change") };
    QList<Section> list;
    list << Section { QCoreApplication::translate("Report", "Requests received"),
        { QCoreApplication::translate("Report", "Item"),
            QCoreApplication::translate("Report", "This period"),
            QCoreApplication::translate("Report", "Month before"),
            QCoreApplication::translate("Report", "Change"),
            QCoreApplication::translate("Report", "Same month last year"),
            QCoreApplication::translate("Report", "Change") },
        { { QCoreApplication::translate("Report", "Requests received"),
            QString::number(f.received),
            QString::number(f.receivedPrevious),
            MonthlyReportOutput::change(f.received, f.receivedPrevious),
            QString::number(f.receivedLastYear),
            MonthlyReportOutput::change(f.received, f.receivedLastYear) } } };
    QList<QStringList> categoryRows = comparedRows(f.byCategory, f.received);
    categoryRows << QStringList { QCoreApplication::translate("Report", "Total"),
        QString::number(f.received),
        percent(f.received, f.received),
        QString::number(f.receivedPrevious),
        MonthlyReportOutput::change(f.received, f.receivedPrevious),
        QString::number(f.receivedLastYear),
        MonthlyReportOutput::change(f.received, f.receivedLastYear) };
    list << Section { QCoreApplication::translate("Report", "By service category"), compareHeader, categoryRows };
    list << Section {
        QCoreApplication::translate("Report", "By channel"), compareHeader, comparedRows(f.byChannel, f.received)
    };
    if (f.byStation.size() > 1 || f.station.isEmpty())
        list << Section {
            QCoreApplication::translate("Report", "By station"), compareHeader, comparedRows(f.byStation, f.received)
        };
    list << Section {
        QCoreApplication::translate("Report", "How requests were handled"),
        { QCoreApplication::translate("Report", "Item"), QCoreApplication::translate("Report", "Count") },
        { { QCoreApplication::translate("Report", "Answered at once"), QString::number(f.answeredAtOnce) },
            { QCoreApplication::translate("Report", "One-time notices issued"), QString::number(f.noticesIssued) },
            { QCoreApplication::translate("Report", "Handed off to agencies"), QString::number(f.handedOff) },
            { QCoreApplication::translate("Report", "Escalated to the city"), QString::number(f.escalated) },
            { QCoreApplication::translate("Report", "Instructions asked for"), QString::number(f.instructionsAsked) },
            { QCoreApplication::translate("Report", "Closed in the period"), QString::number(f.closed) },
            { QCoreApplication::translate("Report", "Open at the end of the period"), QString::number(f.openAtEnd) } }
    };
    list << Section { QCoreApplication::translate("Report", "Timeliness"),
        { QCoreApplication::translate("Report", "Item"),
            QCoreApplication::translate("Report", "Median"),
            QCoreApplication::translate("Report", "90th percentile") },
        { { QCoreApplication::translate("Report", "Time to first response"),
              MonthlyReportOutput::hours(f.firstResponseMedianHours),
              MonthlyReportOutput::hours(f.firstResponseP90Hours) },
            { QCoreApplication::translate("Report", "Time to close"),
                MonthlyReportOutput::hours(f.closeMedianHours),
                MonthlyReportOutput::hours(f.closeP90Hours) } } };
    list << Section { QCoreApplication::translate("Report", "Handoff deadlines"),
        { QCoreApplication::translate("Report", "Item"), QCoreApplication::translate("Report", "Count") },
        { { QCoreApplication::translate("Report", "Handoffs finished in the period"),
              QString::number(f.handoffsFinished) },
            { QCoreApplication::translate("Report", "Finished within their deadline"),
                QStringLiteral("%1 (%2)").arg(f.handoffsOnTime).arg(percent(f.handoffsOnTime, f.handoffsFinished)) },
            { QCoreApplication::translate("Report", "Overdue at the end of the period"),
                QString::number(f.overdueAtEnd.size()) } } };
    list << clockSection(QCoreApplication::translate("Report", "Time limits kept"),
        QCoreApplication::translate("Report", "Category"),
        f.clockByCategory);
    if (!f.clockByStaff.isEmpty())
        list << clockSection(
            QCoreApplication::translate("Report", "Time limits kept, by the clerk who received the cases"),
            QCoreApplication::translate("Report", "Clerk"),
            f.clockByStaff);
    if (!f.clockByAgency.isEmpty())
        list << agencyClockSection(f.clockByAgency);
    QList<QStringList> overdue;
    for (const OverdueHandoff& o : f.overdueAtEnd)
        overdue << QStringList { o.caseNumber, o.agency, o.due.toString(Qt::ISODate), QString::number(o.daysLate) };
    if (!overdue.isEmpty())
        list << Section { QCoreApplication::translate("Report", "Overdue handoffs at the end of the period"),
            { QCoreApplication::translate("Report", "Case"),
                QCoreApplication::translate("Report", "Agency"),
                QCoreApplication::translate("Report", "Due"),
                QCoreApplication::translate("Report", "Days late") },
            overdue };
    QList<QStringList> staff;
    for (const StaffRow& s : f.staff)
        staff << QStringList {
            s.name, QString::number(s.registered), QString::number(s.visits), QString::number(s.returnVisits)
        };
    list << Section { QCoreApplication::translate("Report", "Staff workload"),
        { QCoreApplication::translate("Report", "Staff"),
            QCoreApplication::translate("Report", "Cases registered"),
            QCoreApplication::translate("Report", "On-site visits"),
            QCoreApplication::translate("Report", "Return visits") },
        staff };
    const SurveyFigures& sf = f.satisfaction;
    QList<QStringList> satisfaction { { QCoreApplication::translate("Report", "Return visits made"),
        QString::number(sf.visits),
        QString(),
        QString() } };
    for (const SatisfactionRow& d : sf.dimensions)
        satisfaction << QStringList { d.label,
            QString::number(d.answers),
            d.answers > 0 ? QString::number(d.mean(), 'f', 2) : QStringLiteral("—"),
            percent(d.satisfied, d.answers) };
    satisfaction << QStringList { QCoreApplication::translate("Report", "All dimensions"),
        QString::number(sf.overall.answers),
        sf.overall.answers > 0 ? QString::number(sf.overall.mean(), 'f', 2) : QStringLiteral("—"),
        percent(sf.overall.satisfied, sf.overall.answers) };
    list << Section { QCoreApplication::translate("Report", "Return visits and satisfaction"),
        { QCoreApplication::translate("Report", "Item"),
            QCoreApplication::translate("Report", "Ratings"),
            QCoreApplication::translate("Report", "Mean (1-5)"),
            QCoreApplication::translate("Report", "Satisfied") },
        satisfaction };
    const ComplaintFigures& cf = f.complaints;
    QList<QStringList> complaints;
    for (const ComplaintCount& c : cf.byCategory)
        complaints << QStringList {
            c.label, QString::number(c.received), QString::number(c.valid), QString::number(c.invalid)
        };
    complaints << QStringList { QCoreApplication::translate("Report", "Total"),
        QString::number(cf.received),
        QString::number(cf.valid),
        QString::number(cf.invalid) };
    list << Section { QCoreApplication::translate("Report", "Complaints by class"),
        { QCoreApplication::translate("Report", "Class"),
            QCoreApplication::translate("Report", "Received"),
            QCoreApplication::translate("Report", "Valid"),
            QCoreApplication::translate("Report", "Not valid") },
        complaints };
    return list;
}
} // namespace

QString MonthlyReportOutput::change(qint64 now, qint64 before)
{
    if (before <= 0)
        return QStringLiteral("—");
    const double c = 100.0 * (now - before) / before;
    return QStringLiteral("%1%2%").arg(c > 0 ? QStringLiteral("+") : QString()).arg(c, 0, 'f', 1);
}

QString MonthlyReportOutput::hours(double h)
{
    if (h < 0)
        return QStringLiteral("—");
    if (h < 48)
        return QCoreApplication::translate("Report", "%1 h").arg(h, 0, 'f', 1);
    return QCoreApplication::translate("Report", "%1 days").arg(h / 24, 0, 'f', 1);
}

QString MonthlyReportOutput::html(const MonthlyFigures& f, const QString& stationName, const DemandFigures* demand)
{
    QString h = ReportTables::opening(
        QCoreApplication::translate("Report", "Quality-service one-stop platform: statistics for %1")
            .arg(f.period.label()),
        QStringLiteral("%1　%2").arg(QCoreApplication::translate("Report", "Station: %1").arg(stationName),
            QCoreApplication::translate("Report", "Period: %1 to %2")
                .arg(PagedDocument::chineseDate(f.period.from), PagedDocument::chineseDate(f.period.to))));
    QList<Section> all = sections(f);
    if (demand)
        for (Section s : DemandReportOutput::tables(*demand)) {
            s.title = QCoreApplication::translate("Report", "Demand: %1").arg(s.title);
            all << s;
        }
    int n = 0;
    for (const Section& s : ReportTables::numbered(all)) {
        h += ReportTables::section(s);
        // The charts under their tables: drawn at 300 dpi for 16 cm (ReportCharts).
        if (n == 1)
            h += QStringLiteral("<p align='center'><img src='categories' width='605'/></p>");
        if (n == 2)
            h += QStringLiteral("<p align='center'><img src='channels' width='605'/></p>");
        ++n;
    }
    // The issuing unit stamps the report it files (issue 19).
    Station issuer;
    issuer.name = stationName;
    h += PagedDocument::sealBlock(PagedDocument::issuingUnit(issuer), Clock::chinaDate(Clock::nowUtc()));
    return h + ReportTables::closing();
}

Result<int> MonthlyReportOutput::writePdf(
    const MonthlyFigures& f, const QString& stationName, const QString& path, const DemandFigures* demand)
{
    return PagedDocument::writePdf(html(f, stationName, demand),
        path,
        QCoreApplication::translate("Report", "Statistics %1").arg(f.period.label()),
        charts(f));
}

PagedDocument::Images MonthlyReportOutput::charts(const MonthlyFigures& f)
{
    return { { QStringLiteral("categories"), ReportCharts::categoryBars(f) },
        { QStringLiteral("channels"), ReportCharts::channelShares(f) } };
}

Status MonthlyReportOutput::writeCsv(const MonthlyFigures& f, const QString& path)
{
    return ReportTables::writeCsv({ QCoreApplication::translate("Report", "Period"),
                                      f.period.from.toString(Qt::ISODate),
                                      f.period.to.toString(Qt::ISODate) },
        ReportTables::numbered(sections(f)),
        path);
}

Status MonthlyReportOutput::writeXlsx(const MonthlyFigures& f, const QString& path)
{
    const QString part = path + QStringLiteral(".part");
    const QByteArray partName = QFile::encodeName(part);
    lxw_workbook* book = workbook_new(partName.constData());
    if (!book)
        return Error::badInput(QStringLiteral("xlsx"),
            UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Cannot write %1: %2")).arg(path, QStringLiteral("xlsx")));
    lxw_worksheet* sheet
        = workbook_add_worksheet(book, QCoreApplication::translate("Report", "Statistics").toUtf8().constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_row_t row = 0;
    worksheet_write_string(sheet,
        row++,
        0,
        QCoreApplication::translate("Report", "Quality-service one-stop platform: statistics for %1")
            .arg(f.period.label())
            .toUtf8()
            .constData(),
        title);
    worksheet_set_column(sheet, 0, 0, 36, nullptr);
    worksheet_set_column(sheet, 1, 6, 14, nullptr);
    for (const Section& s : ReportTables::numbered(sections(f))) {
        ++row;
        worksheet_write_string(sheet, row++, 0, s.title.toUtf8().constData(), bold);
        for (int c = 0; c < s.header.size(); ++c)
            worksheet_write_string(sheet, row, lxw_col_t(c), s.header.at(c).toUtf8().constData(), bold);
        ++row;
        for (const QStringList& cells : s.rows) {
            for (int c = 0; c < cells.size(); ++c) {
                bool number = false;
                const double v = cells.at(c).toDouble(&number);
                if (number && c > 0)
                    worksheet_write_number(sheet, row, lxw_col_t(c), v, nullptr);
                else
                    worksheet_write_string(sheet, row, lxw_col_t(c), cells.at(c).toUtf8().constData(), nullptr);
            }
            ++row;
        }
    }
    const lxw_error rc = workbook_close(book);
    if (rc != LXW_NO_ERROR) {
        QFile::remove(part);
        return Error::badInput(QStringLiteral("xlsx"),
            UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Cannot write %1: %2"))
                .arg(path, QString::fromUtf8(lxw_strerror(rc))));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path))
        return Error::badInput(QStringLiteral("xlsx"),
            UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Cannot write %1: %2"))
                .arg(path, QStringLiteral("rename")));
    return success();
}
