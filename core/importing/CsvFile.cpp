#include "importing/CsvFile.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <csv.h>

namespace {
struct Collector
{
    CsvTable table;
    QStringList row;
    int line = 1; // of the row being read
    int nextLine = 1;
    const char* data = nullptr;
};

void onField(void* field, size_t length, void* context)
{
    auto* c = static_cast<Collector*>(context);
    c->row << QString::fromUtf8(static_cast<const char*>(field), qsizetype(length));
}

void onRowEnd(int, void* context)
{
    auto* c = static_cast<Collector*>(context);
    const bool blank = c->row.size() <= 1 && c->row.value(0).trimmed().isEmpty();
    if (!blank) {
        c->table.rows << c->row;
        c->table.lines << c->line;
    }
    c->row.clear();
}

Error unreadable(const QString& why)
{
    return Error::badInput(QStringLiteral("file"),
        UiText::of("Import", QT_TRANSLATE_NOOP("Import", "The file cannot be read as CSV: %1")).arg(why));
}
} // namespace

Result<CsvTable> CsvFile::parse(const QByteArray& bytes)
{
    // UTF-8 if it decodes cleanly, else GB18030 (a superset of GBK, what Excel writes on Chinese Windows).
    QByteArray utf8 = bytes;
    QString encoding = QStringLiteral("UTF-8");
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8.remove(0, 3);
    else {
        QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = strict(utf8);
        if (strict.hasError()) {
            QStringDecoder gb("GB18030");
            if (!gb.isValid())
                return unreadable(QStringLiteral("GB18030 is not available"));
            const QString decoded = gb(bytes);
            if (gb.hasError())
                return unreadable(QStringLiteral("neither UTF-8 nor GBK/GB18030"));
            utf8 = decoded.toUtf8();
            encoding = QStringLiteral("GB18030");
        }
    }
    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0)
        return Error::internal(QStringLiteral("libcsv could not start"));
    Collector c;
    c.table.encoding = encoding;
    // Row by row, so each row knows the line it starts on.
    qsizetype pos = 0;
    const qsizetype size = utf8.size();
    while (pos < size) {
        qsizetype end = utf8.indexOf('\n', pos);
        end = end < 0 ? size : end + 1;
        if (c.row.isEmpty())
            c.line = c.nextLine;
        if (csv_parse(&parser, utf8.constData() + pos, size_t(end - pos), onField, onRowEnd, &c) != size_t(end - pos)) {
            const QString why = QString::fromUtf8(csv_strerror(csv_error(&parser)));
            csv_free(&parser);
            return unreadable(why);
        }
        // A row not finished here continues on the next line (a quoted line break).
        ++c.nextLine;
        pos = end;
    }
    csv_fini(&parser, onField, onRowEnd, &c);
    csv_free(&parser);
    if (c.table.rows.isEmpty())
        return unreadable(QStringLiteral("it is empty"));
    return c.table;
}

QString CsvFile::asText(const QString& cell)
{
    // Excel and WPS run a cell that begins with = + - @ as a formula (and a tab or CR before one is
    // skipped), so text typed by a client could compute or open links on a clerk's PC. A leading
    // apostrophe makes them show it as text; plain numbers ("-3", "+2.5", "-12.5%") stay numbers.
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)*%?$"));
    if (cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)) || number.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

QByteArray CsvFile::formatRow(const QStringList& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QByteArray src = asText(fields.at(i)).toUtf8();
        QByteArray dest(src.size() * 2 + 2, Qt::Uninitialized); // every quote doubled, plus the two around
        const size_t n = csv_write(dest.data(), size_t(dest.size()), src.constData(), size_t(src.size()));
        if (i > 0)
            line += ',';
        line += dest.left(qsizetype(n));
    }
    return line + "\r\n";
}
