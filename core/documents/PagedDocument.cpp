#include "documents/PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>
#include <cmath>

namespace {
// GB/T 9704 puts official documents on A4 with 37/35 mm top/bottom and 28/26 mm side margins; a
// little less at top and bottom leaves room for the page number and keeps long lists on fewer pages.
const QMarginsF kMarginsMm(28, 25, 26, 20);
constexpr qreal kFooterMm = 10;
constexpr qreal kKeepWithHeadingMm = 20; // below a heading on its page: a table's header row and two rows

} // namespace

// AR PL UMing (fonts-arphic-uming), a Ming face like the 宋体 of printed documents. Not Noto CJK:
// it draws each Kangxi radical with the same glyph as its ideograph, and Qt's PDF writer maps a glyph
// back to the lowest code point that uses it, so text copied or extracted from the PDF read 人 as ⼈
// and 一 as ⼀ (and lost the digits of case numbers).
QString PagedDocument::documentFamily()
{
    return QStringLiteral("AR PL UMing CN");
}

QString PagedDocument::serifFamilies()
{
    return QStringLiteral("'AR PL UMing CN', 'WenQuanYi Zen Hei', serif");
}

// Droid Sans Fallback (fonts-droid-fallback) before Noto Sans CJK, whose radicals read back wrong (see
// documentFamily()).
QString PagedDocument::headingFamilies()
{
    // Latin and digits from DejaVu (Droid Sans Fallback has none: "1." printed as "."), Chinese from
    // Droid; Noto Sans CJK last, as its PDF text reads 一 as the Kangxi radical ⼀ (search and copy break).
    return QStringLiteral("'DejaVu Sans', 'Droid Sans Fallback', 'Noto Sans CJK SC', sans-serif");
}

QString PagedDocument::sectionHeading(const QString& text)
{
    return QStringLiteral("<h4 style=\"font-family:%1; font-size:12pt; font-weight:bold; margin-top:8pt; "
                          "margin-bottom:3pt;\">%2</h4>")
        .arg(headingFamilies(), text.toHtmlEscaped());
}

QString PagedDocument::issuingUnit(const Station& station)
{
    return QStringLiteral("%1质量服务“一站式”平台").arg(station.name);
}

QString PagedDocument::unitHeading(const QString& unit)
{
    return QStringLiteral("<p align=\"center\" style=\"font-family:%1; font-size:16pt; margin-bottom:4pt;\">%2</p>")
        .arg(headingFamilies(), unit.toHtmlEscaped());
}

QString PagedDocument::sealBlock(const QString& unit, const QDate& date, const QString& left)
{
    // The seal is stamped over the unit's name and the date (骑年盖月): a column wide enough for a
    // 4 cm seal at the right, with about 1 cm free above the name and 0.7 cm below the date (a seal
    // overlaps the text around it a little). Cell padding, not margins: the layout drops the top
    // margin of a cell's first paragraph.
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:2pt;\">"
                          "<tr><td width=\"45%\" valign=\"top\" style=\"padding-top:30pt;\"><p>%3</p></td>"
                          "<td width=\"55%\" align=\"center\" style=\"padding-top:30pt; padding-bottom:20pt;\">"
                          "<p align=\"center\" style=\"margin-bottom:4pt;\">%1（盖章）</p>"
                          "<p align=\"center\" style=\"margin-top:0;\">%2</p>"
                          "</td></tr></table>")
        .arg(unit.toHtmlEscaped(), chineseDate(date), left);
}

QString PagedDocument::unbroken(const QString& text)
{
    return QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(text.toHtmlEscaped());
}

QString PagedDocument::chineseDate(const QDate& d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString PagedDocument::supervisionLine(const QString& phone, const QString& email)
{
    QStringList parts;
    if (!phone.isEmpty())
        parts << QStringLiteral("监督电话：%1").arg(phone.toHtmlEscaped());
    if (!email.isEmpty())
        parts << QStringLiteral("监督邮箱：%1").arg(email.toHtmlEscaped());
    if (parts.isEmpty())
        return {};
    return QStringLiteral("<p style=\"margin-top:10pt; font-size:10pt; color:#333333;\">对本平台服务如有意见或投诉，"
                          "请联系　%1</p>")
        .arg(parts.join(QStringLiteral("　")));
}

namespace {
int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

// A heading (h1-h6) keeps what follows on its page: one that would end a page with less than
// `room` below it starts the next page instead.
bool moveHeading(QTextBlock b, qreal pageHeight, qreal room)
{
    QTextBlockFormat format = b.blockFormat();
    const QRectF r = b.document()->documentLayout()->blockBoundingRect(b);
    const qreal pageEnd = (pageOf(r.top(), pageHeight) + 1) * pageHeight;
    const bool atPageTop = r.top() - (pageEnd - pageHeight) < room / 4;
    if (atPageTop || r.bottom() + room <= pageEnd)
        return false;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(b).setBlockFormat(format);
    return true;
}

// No orphan and no widow: a paragraph that breaks across pages leaves two lines at least on each.
// One that would leave a single line at the foot of a page starts the next page; one that would
// carry a single line over takes its line before with it (the paragraph is split there, the second
// part starting a page and not indented again), or moves whole when it is too short for that.
bool keepLinesTogether(QTextDocument& doc, QTextBlock b, qreal pageHeight)
{
    if (QTextCursor(b).currentTable())
        return false;
    const qreal top = doc.documentLayout()->blockBoundingRect(b).top(); // lays it out first
    const QTextLayout* layout = b.layout();
    const int lines = layout->lineCount();
    if (lines < 2)
        return false;
    QList<int> pages; // the page each line is on
    for (int i = 0; i < lines; ++i) {
        const QTextLine l = layout->lineAt(i);
        pages << pageOf(top + l.y() + l.height() / 2, pageHeight);
    }
    if (pages.first() == pages.last())
        return false;
    const qsizetype onFirst = pages.count(pages.first());
    const qsizetype onLast = pages.count(pages.last());
    if (onFirst >= 2 && onLast >= 2)
        return false;
    const bool onTwoPages = pages.last() - pages.first() == 1;
    if (onFirst == 1 || (onTwoPages && onFirst < 3)) {
        QTextBlockFormat format = b.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(b).setBlockFormat(format);
        return true;
    }
    QTextCursor split(&doc);
    split.setPosition(b.position() + layout->lineAt(lines - 2).textStart());
    split.insertBlock();
    QTextBlockFormat rest = split.blockFormat();
    rest.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    rest.setTextIndent(0);
    rest.setTopMargin(0);
    split.setBlockFormat(rest);
    return true;
}

// A small table (the seal block, a signature row) is not cut by a page break: it starts the next page.
bool keepSmallTableTogether(QTextTable* table, qreal pageHeight)
{
    if (table->rows() > 2)
        return false;
    const QRectF r = table->document()->documentLayout()->frameBoundingRect(table);
    if (r.height() > pageHeight / 3 || pageOf(r.top(), pageHeight) == pageOf(r.bottom() - 1, pageHeight))
        return false;
    QTextTableFormat format = table->format();
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return false;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
    return true;
}

// Each move shifts what follows, so the passes run again from the top until nothing moves.
void keepTogether(QTextDocument& doc, qreal pageHeight, qreal headingRoom)
{
    for (bool moved = true; moved;) {
        moved = false;
        for (QTextBlock b = doc.begin(); b.isValid() && !moved; b = b.next()) {
            if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            moved = b.blockFormat().headingLevel() > 0 ? moveHeading(b, pageHeight, headingRoom)
                                                       : keepLinesTogether(doc, b, pageHeight);
        }
        for (QTextFrame* frame : doc.rootFrame()->childFrames())
            if (auto* table = qobject_cast<QTextTable*>(frame); !moved && table)
                moved = keepSmallTableTogether(table, pageHeight);
        // The layout is lazy and redoes only part of the document after a change: laid out again
        // whole, so the next pass (and the page count) sees where the move put everything after it.
        doc.markContentsDirty(0, doc.characterCount());
    }
}
} // namespace

int PagedDocument::print(QTextDocument& doc, QPagedPaintDevice& device)
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
    const int dpi = device.logicalDpiY();
    const QRect paint = device.pageLayout().paintRectPixels(dpi);
    const qreal footer = kFooterMm / 25.4 * dpi;
    const QSizeF body(paint.width(), paint.height() - footer);
    doc.documentLayout()->setPaintDevice(&device);
    // The layout scales a paragraph's top and bottom margins to the device, but not its left and
    // right margins or its first line's indent: those are scaled here, once.
    const qreal scale = device.logicalDpiX() / 96.0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        if (QTextBlockFormat f = b.blockFormat(); f.textIndent() != 0 || f.leftMargin() != 0 || f.rightMargin() != 0) {
            f.setTextIndent(f.textIndent() * scale);
            f.setLeftMargin(f.leftMargin() * scale);
            f.setRightMargin(f.rightMargin() * scale);
            QTextCursor(b).setBlockFormat(f);
        }
    doc.setPageSize(body);
    keepTogether(doc, body.height(), kKeepWithHeadingMm / 25.4 * dpi);
    const int pages = doc.pageCount();
    QPainter painter(&device);
    QFont footerFont(documentFamily());
    footerFont.setPointSizeF(10.5); // 五号
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        // QTextLayout::draw also draws the line just above its clip: without the painter's clip the
        // last line of a page showed again at the top of the next.
        painter.setClipRect(QRectF(0, 0, body.width(), body.height()));
        painter.translate(0, -i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.drawText(QRectF(0, body.height(), body.width(), footer),
            Qt::AlignCenter,
            QStringLiteral("第 %1 页 共 %2 页").arg(i + 1).arg(pages));
    }
    painter.end();
    return pages;
}

QString PagedDocument::lengthsInPixels(const QString& html)
{
    static const QRegularExpression box(QStringLiteral("((?:margin|padding|text-indent)[a-z-]*\\s*:\\s*)([^;\"']*)"));
    static const QRegularExpression points(QStringLiteral("(-?\\d+(?:\\.\\d+)?)pt\\b"));
    QString out;
    qsizetype done = 0;
    for (auto it = box.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        QString value = m.captured(2);
        qsizetype shift = 0;
        for (auto p = points.globalMatch(m.captured(2)); p.hasNext();) {
            const auto n = p.next();
            const QString px = QStringLiteral("%1px").arg(std::round(n.captured(1).toDouble() * 4 / 3));
            value.replace(n.capturedStart() + shift, n.capturedLength(), px);
            shift += px.size() - n.capturedLength();
        }
        out += QStringView(html).mid(done, m.capturedStart(2) - done);
        out += value;
        done = m.capturedEnd(2);
    }
    out += QStringView(html).mid(done);
    return out;
}

void PagedDocument::setUp(QTextDocument& doc, const QString& html, const Images& images)
{
    QFont base(documentFamily());
    base.setPointSizeF(12); // 小四
    doc.setDefaultFont(base);
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc.setHtml(lengthsInPixels(html));
}

Result<int> PagedDocument::writePdf(
    const QString& html, const QString& path, const QString& title, const Images& images)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::badInput(QStringLiteral("pdf"),
            UiText::of("Documents", QT_TRANSLATE_NOOP("Documents", "Cannot write %1: %2"))
                .arg(path, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("QSDesk"));
        QTextDocument doc;
        setUp(doc, html, images);
        pages = print(doc, writer);
    }
    if (!file.commit())
        return Error::badInput(QStringLiteral("pdf"),
            UiText::of("Documents", QT_TRANSLATE_NOOP("Documents", "Cannot write %1: %2"))
                .arg(path, file.errorString()));
    return pages;
}
