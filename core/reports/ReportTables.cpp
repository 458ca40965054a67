#include "reports/ReportTables.h"

#include "documents/PagedDocument.h"
#include "importing/CsvFile.h"

#include <QCoreApplication>
#include <QSaveFile>

QString ReportTables::esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString ReportTables::percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1) : QStringLiteral("—");
}

QString ReportTables::table(
    const QStringList& header, const QList<QStringList>& rows, const QList<int>& unbroken, const QList<int>& widths)
{
    // The column headings are the table's header row, printed again on each page it runs onto.
    QString h = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
                               "style='border-collapse:collapse; margin-bottom:10pt'><thead><tr>");
    for (int i = 0; i < header.size(); ++i)
        h += QStringLiteral("<th%1 style='background:#eeeeee'>%2</th>")
                 .arg(widths.value(i) > 0 ? QStringLiteral(" width='%1%'").arg(widths.value(i)) : QString(),
                     esc(header.at(i)));
    h += QStringLiteral("</tr></thead>");
    for (const QStringList& r : rows) {
        h += QStringLiteral("<tr>");
        for (int i = 0; i < r.size(); ++i) {
            // Figures (12, +3.2%, 0.2 小时, —) line up on the right; words read from the left.
            const QString& cell = r.at(i);
            const bool figure = i > 0 && !cell.isEmpty()
                && (cell.at(0).isDigit() || cell.at(0) == u'+' || cell.at(0) == u'-' || cell.at(0) == u'—');
            h += QStringLiteral("<td%1%2>%3</td>")
                     .arg(figure ? QStringLiteral(" align='right'") : QString(),
                         unbroken.contains(i) ? QStringLiteral(" style='white-space:nowrap'") : QString(),
                         esc(cell));
        }
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString ReportTables::section(const Section& s)
{
    return QStringLiteral("<h3 style=\"font-family:%1\">%2</h3>").arg(PagedDocument::headingFamilies(), esc(s.title))
        + table(s.header, s.rows, s.unbroken, s.widths);
}

QString ReportTables::chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    const int tens = n / 10, ones = n % 10;
    QString s;
    if (tens > 1)
        s += digits.at(tens);
    if (tens > 0)
        s += QStringLiteral("十");
    if (ones > 0)
        s += digits.at(ones);
    return s;
}

QList<ReportTables::Section> ReportTables::numbered(QList<Section> sections)
{
    const QString form = QCoreApplication::translate("Report", "%1. %2", "a numbered section: number, title");
    const bool chinese = form.contains(QStringLiteral("、"));
    for (int i = 0; i < sections.size(); ++i)
        sections[i].title = form.arg(chinese ? chineseNumeral(i + 1) : QString::number(i + 1), sections.at(i).title);
    return sections;
}

QString ReportTables::opening(const QString& title, const QString& subtitle)
{
    return QStringLiteral("<html><body style=\"font-family:%1; font-size:10.5pt\">"
                          "<h2 align='center'>%2</h2><p align='center'>%3</p>")
        .arg(PagedDocument::serifFamilies(), esc(title), esc(subtitle));
}

QString ReportTables::closing()
{
    return closing(QCoreApplication::translate("Report", "Prepared by:"),
        QCoreApplication::translate("Report", "Reviewed by:"),
        QCoreApplication::translate("Report", "Date:"));
}

QString ReportTables::closing(const QString& preparedBy, const QString& reviewedBy, const QString& date)
{
    return QStringLiteral(
        "<p>&nbsp;</p><table width='100%'><tr><td>%1 ________________</td><td>%2 ________________</td>"
        "<td>%3 ________________</td></tr></table></body></html>")
        .arg(esc(preparedBy), esc(reviewedBy), esc(date));
}

Status ReportTables::writeCsv(const QStringList& preface, const QList<Section>& sections, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::badInput(QStringLiteral("csv"),
            UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Cannot write %1: %2")).arg(path, file.errorString()));
    file.write(CsvFile::kUtf8Bom);
    file.write(CsvFile::formatRow(preface));
    for (const Section& s : sections) {
        file.write("\r\n");
        file.write(CsvFile::formatRow({ s.title }));
        file.write(CsvFile::formatRow(s.header));
        for (const QStringList& r : s.rows)
            file.write(CsvFile::formatRow(r));
    }
    if (!file.commit())
        return Error::badInput(QStringLiteral("csv"),
            UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Cannot write %1: %2")).arg(path, file.errorString()));
    return success();
}
