#include "reports/MonthlyReportOutput.h"

#include "documents/PagedDocument.h"
#include "importing/CsvFile.h"
#include "reports/ReportCharts.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <xlsxwriter.h>

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1) : QStringLiteral("—");
}

// A table: header cells, then rows of cells; numbers right-aligned.
QString table(const QStringList& header, const QList<QStringList>& rows)
{
    QString h = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
                               "style='border-collapse:collapse; margin-bottom:10pt'><tr>");
    for (const QString& c : header)
        h += QStringLiteral("<th style='background:#eeeeee'>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr>");
    for (const QStringList& r : rows) {
        h += QStringLiteral("<tr>");
        for (int i = 0; i < r.size(); ++i)
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(i == 0 ? QString() : QStringLiteral(" align='right'"), esc(r.at(i)));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

struct Section
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
};

QList<QStringList> comparedRows(const QList<CountRow>& rows, qint64 total)
{
    QList<QStringList> out;
    for (const CountRow& r : rows)
        out << QStringList {
            QStringLiteral("%1 %2").arg(r.key.contains(QLatin1Char('.')) ? r.key : QString(), r.label).trimmed(),
            QString::number(r.count),
            percent(r.count, total),
            QString::number(r.previous),
            MonthlyReportOutput::change(r.count, r.previous),
            QString::number(r.lastYear),
            MonthlyReportOutput::change(r.count, r.lastYear)
        };
    return out;
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
    list << Section { QCoreApplication::translate("Report", "1. Requests received"),
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
    list << Section {
        QCoreApplication::translate("Report", "2. By service category (5.1-5.12)"), compareHeader, categoryRows
    };
    list << Section { QCoreApplication::translate("Report", "3. By channel (6, 7.1.2)"),
        compareHeader,
        comparedRows(f.byChannel, f.received) };
    if (f.byStation.size() > 1 || f.station.isEmpty())
        list << Section { QCoreApplication::translate("Report", "4. By station (4.2, 4.3)"),
            compareHeader,
            comparedRows(f.byStation, f.received) };
    list << Section {
        QCoreApplication::translate("Report", "5. How requests were handled"),
        { QCoreApplication::translate("Report", "Item"), QCoreApplication::translate("Report", "Count") },
        { { QCoreApplication::translate("Report", "Answered at once (7.2.2)"), QString::number(f.answeredAtOnce) },
            { QCoreApplication::translate("Report", "One-time notices issued (7.2.3)"),
                QString::number(f.noticesIssued) },
            { QCoreApplication::translate("Report", "Handed off to agencies (7.2.4)"), QString::number(f.handedOff) },
            { QCoreApplication::translate("Report", "Escalated to the city (4.3)"), QString::number(f.escalated) },
            { QCoreApplication::translate("Report", "Instructions asked for"), QString::number(f.instructionsAsked) },
            { QCoreApplication::translate("Report", "Closed in the period"), QString::number(f.closed) },
            { QCoreApplication::translate("Report", "Open at the end of the period"), QString::number(f.openAtEnd) } }
    };
    list << Section { QCoreApplication::translate("Report", "6. Timeliness"),
        { QCoreApplication::translate("Report", "Item"),
            QCoreApplication::translate("Report", "Median"),
            QCoreApplication::translate("Report", "90th percentile") },
        { { QCoreApplication::translate("Report", "Time to first response"),
              MonthlyReportOutput::hours(f.firstResponseMedianHours),
              MonthlyReportOutput::hours(f.firstResponseP90Hours) },
            { QCoreApplication::translate("Report", "Time to close"),
                MonthlyReportOutput::hours(f.closeMedianHours),
                MonthlyReportOutput::hours(f.closeP90Hours) } } };
    list << Section { QCoreApplication::translate("Report", "7. Handoff deadlines (7.2.4)"),
        { QCoreApplication::translate("Report", "Item"), QCoreApplication::translate("Report", "Count") },
        { { QCoreApplication::translate("Report", "Handoffs finished in the period"),
              QString::number(f.handoffsFinished) },
            { QCoreApplication::translate("Report", "Finished within their deadline"),
                QStringLiteral("%1 (%2)").arg(f.handoffsOnTime).arg(percent(f.handoffsOnTime, f.handoffsFinished)) },
            { QCoreApplication::translate("Report", "Overdue at the end of the period"),
                QString::number(f.overdueAtEnd.size()) } } };
    QList<QStringList> overdue;
    for (const OverdueHandoff& o : f.overdueAtEnd)
        overdue << QStringList { o.caseNumber, o.agency, o.due.toString(Qt::ISODate), QString::number(o.daysLate) };
    if (!overdue.isEmpty())
        list << Section { QCoreApplication::translate("Report", "8. Overdue handoffs at the end of the period"),
            { QCoreApplication::translate("Report", "Case"),
                QCoreApplication::translate("Report", "Agency"),
                QCoreApplication::translate("Report", "Due"),
                QCoreApplication::translate("Report", "Days late") },
            overdue };
    QList<QStringList> staff;
    for (const StaffRow& s : f.staff)
        staff << QStringList { s.login, QString::number(s.registered), QString::number(s.visits) };
    list << Section { QCoreApplication::translate("Report", "9. Staff workload"),
        { QCoreApplication::translate("Report", "Staff"),
            QCoreApplication::translate("Report", "Cases registered"),
            QCoreApplication::translate("Report", "On-site visits") },
        staff };
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

QString MonthlyReportOutput::html(const MonthlyFigures& f, const QString& stationName)
{
    QString h
        = QStringLiteral("<html><body style=\"font-family:%1; font-size:10.5pt\">").arg(PagedDocument::serifFamilies());
    h += QStringLiteral("<h2 align='center'>%1</h2>")
             .arg(esc(QCoreApplication::translate("Report", "Quality-service one-stop platform: statistics for %1")
                          .arg(f.period.label())));
    h += QStringLiteral("<p align='center'>%1　%2</p>")
             .arg(esc(QCoreApplication::translate("Report", "Station: %1").arg(stationName)),
                 esc(QCoreApplication::translate("Report", "Period: %1 to %2")
                         .arg(PagedDocument::chineseDate(f.period.from), PagedDocument::chineseDate(f.period.to))));
    int n = 0;
    for (const Section& s : sections(f)) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(s.title));
        // The charts beside their tables: drawn at 300 dpi for 16 cm (ReportCharts).
        if (n == 1)
            h += QStringLiteral("<p align='center'><img src='categories' width='605'/></p>");
        if (n == 2)
            h += QStringLiteral("<p align='center'><img src='channels' width='605'/></p>");
        h += table(s.header, s.rows);
        ++n;
    }
    h += QStringLiteral("<p>&nbsp;</p><table width='100%'><tr><td>%1 ________________</td><td>%2 ________________</td>"
                        "<td>%3 ________________</td></tr></table>")
             .arg(esc(QCoreApplication::translate("Report", "Prepared by:")),
                 esc(QCoreApplication::translate("Report", "Reviewed by:")),
                 esc(QCoreApplication::translate("Report", "Date:")));
    return h + QStringLiteral("</body></html>");
}

Result<int> MonthlyReportOutput::writePdf(const MonthlyFigures& f, const QString& stationName, const QString& path)
{
    return PagedDocument::writePdf(html(f, stationName),
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::badInput(QStringLiteral("csv"),
            UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Cannot write %1: %2")).arg(path).arg(file.errorString()));
    file.write(CsvFile::kUtf8Bom);
    file.write(CsvFile::formatRow({ QCoreApplication::translate("Report", "Period"),
        f.period.from.toString(Qt::ISODate),
        f.period.to.toString(Qt::ISODate) }));
    for (const Section& s : sections(f)) {
        file.write("\r\n");
        file.write(CsvFile::formatRow({ s.title }));
        file.write(CsvFile::formatRow(s.header));
        for (const QStringList& r : s.rows)
            file.write(CsvFile::formatRow(r));
    }
    if (!file.commit())
        return Error::badInput(QStringLiteral("csv"),
            UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Cannot write %1: %2")).arg(path).arg(file.errorString()));
    return success();
}

Status MonthlyReportOutput::writeXlsx(const MonthlyFigures& f, const QString& path)
{
    const QString part = path + QStringLiteral(".part");
    const QByteArray partName = QFile::encodeName(part);
    lxw_workbook* book = workbook_new(partName.constData());
    if (!book)
        return Error::badInput(QStringLiteral("xlsx"),
            UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Cannot write %1: %2"))
                .arg(path)
                .arg(QStringLiteral("xlsx")));
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
    for (const Section& s : sections(f)) {
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
                .arg(path)
                .arg(QString::fromUtf8(lxw_strerror(rc))));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path))
        return Error::badInput(QStringLiteral("xlsx"),
            UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Cannot write %1: %2"))
                .arg(path)
                .arg(QStringLiteral("rename")));
    return success();
}
