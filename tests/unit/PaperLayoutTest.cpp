// Issue 19: papers with long content stay papers. A notice with a 2,000-character request and 30
// materials, a receipt for the same request and a monthly report with 40 staff: no text outside the
// page, no section heading as the last line of a page, sections numbered one after another.
#include "common/Clock.h"
#include "common/Language.h"
#include "documents/AcceptanceReceipt.h"
#include "documents/NoticeDocument.h"
#include "documents/PagedDocument.h"
#include "documents/VisitSheet.h"
#include "domain/WorkCalendar.h"
#include "reports/MonthlyReportOutput.h"
#include "reports/ReportTables.h"
#include "storage/CaseStore.h"
#include "storage/StationStore.h"
#include "support/ClockOverride.h"
#include "support/PdfReading.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/OneTimeNotice.h"
#include "workflow/Registration.h"
#include "workflow/StationSettings.h"
#include "workflow/VisitRecording.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace {
// Papers are laid out in Chinese; the language the tests run in comes back, whatever fails.
struct ChineseForPapers
{
    ChineseForPapers() { Language::install(Language::defaultCode()); }
    ~ChineseForPapers() { Language::install(QStringLiteral("en")); }
};

// Whether the paper at `pdf` reads as an office files it; `least` section headings at the least.
void checkPaper(const QString& pdf, int least)
{
    const QList<PdfReading::Page> pages = PdfReading::pages(pdf);
    REQUIRE_FALSE(pages.isEmpty());
    for (int n = 0; n < pages.size(); ++n) {
        const QRectF sheet = QRectF(QPointF(0, 0), pages.at(n).size).adjusted(-1, -1, 1, 1);
        for (const auto& [box, word] : pages.at(n).words) {
            INFO("page " << n + 1 << ": " << word.toStdString());
            CHECK(sheet.contains(box));
        }
    }
    static const QRegularExpression heading(QStringLiteral("^\\s*([一二三四五六七八九十]{1,3})、"));
    const QList<QStringList> lines = PdfReading::layoutLines(pdf);
    QStringList numerals;
    for (int n = 0; n < lines.size(); ++n) {
        REQUIRE_FALSE(lines.at(n).isEmpty());
        for (const QString& line : lines.at(n))
            if (const auto m = heading.match(line.normalized(QString::NormalizationForm_KC)); m.hasMatch())
                numerals << m.captured(1);
        if (n + 1 < lines.size()) {
            INFO("page " << n + 1 << " ends with: " << lines.at(n).last().toStdString());
            CHECK_FALSE(heading.match(lines.at(n).last().normalized(QString::NormalizationForm_KC)).hasMatch());
        }
    }
    INFO(numerals.join(QLatin1Char(' ')).toStdString());
    CHECK(numerals.size() >= least);
    for (int i = 0; i < numerals.size(); ++i)
        CHECK(numerals.at(i) == ReportTables::chineseNumeral(i + 1));
}

QString longRequest()
{
    QString text;
    while (text.size() < 2000)
        text += QStringLiteral("企业计量器具校准咨询，需要上门指导，了解检定周期和送检流程；");
    return text.left(2000);
}
} // namespace

TEST_CASE("long papers stay on their pages, headings with what follows, sections in order", "[papers]")
{
    ChineseForPapers chinese;
    ClockOverride clock(QDateTime(QDate(2026, 11, 10), QTime(2, 15), Qt::UTC));
    TestDatabase t;
    const WorkCalendar calendar = WorkCalendar::load().value();
    const QString client = t.addClient(QStringLiteral("柳州测试机械有限公司"), QStringLiteral("9144030071526726XG"));
    auto c = Registration(*t.db, t.catalog)
                 .registerCase({ client, QStringLiteral("window"), QStringLiteral("5.1.2"), longRequest(), {}, {} },
                     testActor(QStringLiteral("韦小红")));
    REQUIRE(c.ok());

    // The notice: the item's materials and 30 more.
    NewNotice in;
    in.caseNumber = c->number;
    for (int i = 1; i <= 30; ++i)
        in.extraItems << QStringLiteral("补充材料第%1项：相关证明文件复印件（加盖公章），并附原件备查").arg(i);
    auto notice = OneTimeNotice(*t.db, t.catalog, calendar).issue(in, testActor(QStringLiteral("韦小红")));
    REQUIRE(notice.ok());
    const QString noticePdf = t.dir.filePath(QStringLiteral("notice.pdf"));
    auto kase = CaseStore::byNumber(*t.db, c->number, false);
    REQUIRE(PagedDocument::writePdf(NoticeDocument::html(*notice,
                                        *kase,
                                        StationStore::local(*t.db).value(),
                                        t.catalog.item(kase->itemCode)->nameZh,
                                        StationSettings::load(*t.db)->supervision),
        noticePdf,
        notice->number)
                .ok());
    checkPaper(noticePdf, 4);

    // The receipt of the same 2,000-character request.
    auto content = AcceptanceReceipt::gather(*t.db, t.catalog, calendar, c->number);
    REQUIRE(content.ok());
    const QString receiptPdf = t.dir.filePath(QStringLiteral("receipt.pdf"));
    REQUIRE(PagedDocument::writePdf(AcceptanceReceipt::html(*content), receiptPdf, c->number).ok());
    checkPaper(receiptPdf, 2);

    // The report: 40 members of staff registered in the month.
    for (int i = 1; i <= 40; ++i)
        REQUIRE(Registration(*t.db, t.catalog)
                    .registerCase({ client,
                                      QStringLiteral("phone"),
                                      QStringLiteral("5.4"),
                                      QStringLiteral("送检流程咨询"),
                                      QStringLiteral("已告知"),
                                      {} },
                        testActor(QStringLiteral("staff%1").arg(i, 2, 10, QLatin1Char('0')), Role::Clerk))
                    .ok());
    auto computed = MonthlyReport::compute(*t.db, t.catalog, ReportPeriod::month(2026, 11), {}, testActor());
    REQUIRE(computed.ok());
    MonthlyFigures all = computed.value();
    MonthlyFigures* figures = &all;
    REQUIRE(figures->staff.size() >= 40);
    // Every section: handoffs still overdue at the period's end too (how they are counted is
    // MonthlyReportTest's; here, how twelve of them print).
    for (int i = 1; i <= 12; ++i)
        figures->overdueAtEnd << OverdueHandoff { QStringLiteral("LZ-LN-20261102-%1").arg(i, 4, 10, QLatin1Char('0')),
            QStringLiteral("柳州市计量检定测试所"),
            QDate(2026, 11, 20),
            10 };
    const QString reportPdf = t.dir.filePath(QStringLiteral("report.pdf"));
    auto pages = MonthlyReportOutput::writePdf(*figures, QStringLiteral("柳南区"), reportPdf);
    REQUIRE(pages.ok());
    CHECK(*pages >= 2);
    checkPaper(reportPdf, 10);
    QStringList reportText;
    for (const QStringList& page : PdfReading::layoutLines(reportPdf))
        reportText << page;
    const QString wholeReport = reportText.join(QLatin1Char('\n'));
    CHECK(wholeReport.contains(QStringLiteral("LZ-LN-20261102-0012")));
    // Categories by their names, without the standard's clause numbers (5.1 计量技术服务).
    CHECK(wholeReport.contains(QStringLiteral("计量技术服务")));
    static const QRegularExpression clause(QStringLiteral("(^|\\s)5\\.\\d+\\s"));
    INFO(clause.match(wholeReport).captured().toStdString());
    CHECK_FALSE(clause.match(wholeReport).hasMatch());
    // The staff table runs onto another page with its column headings again.
    const QList<QStringList> lines = PdfReading::layoutLines(reportPdf);
    int headerRows = 0;
    for (const QStringList& page : lines)
        for (const QString& line : page)
            headerRows
                += line.contains(QStringLiteral("登记诉求")) && line.contains(QStringLiteral("上门服务")) ? 1 : 0;
    INFO("the staff table's header row appears " << headerRows << " times");
    CHECK(headerRows >= 1);
}

TEST_CASE("a long visit record fills pages and keeps both signatures together at its end", "[papers][visit]")
{
    ChineseForPapers chinese;
    ClockOverride clock(QDateTime(QDate(2026, 11, 10), QTime(2, 15), Qt::UTC));
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("柳江食品有限公司"));
    auto c = Registration(*t.db, t.catalog)
                 .registerCase({ client, QStringLiteral("visit"), QStringLiteral("5.10.2"), longRequest(), {}, {} },
                     testActor(QStringLiteral("韦小红")));
    REQUIRE(c.ok());
    QImage signature(300, 90, QImage::Format_RGB32);
    signature.fill(Qt::white);
    const QString signatureFile = t.dir.filePath(QStringLiteral("sig.png"));
    REQUIRE(signature.save(signatureFile));
    NewVisit in;
    in.caseNumber = c->number;
    in.summary = longRequest();
    in.answers = longRequest() + longRequest();
    in.materials = longRequest();
    for (int i = 1; i <= 30; ++i)
        in.followUps << QStringLiteral("第%1项：一周内提供相关模板并电话回访").arg(i);
    in.signerName = QStringLiteral("张三");
    in.signatureFile = signatureFile;
    auto v = VisitRecording(*t.db).record(in, testActor(QStringLiteral("外勤甲")));
    REQUIRE(v.ok());
    auto kase = CaseStore::byNumber(*t.db, c->number, false);
    auto sheet = VisitSheet::build(*t.db, *v, *kase, StationStore::local(*t.db).value(), t.catalog);
    REQUIRE(sheet.ok());
    const QString pdf = t.dir.filePath(QStringLiteral("visit.pdf"));
    auto pages = PagedDocument::writePdf(sheet->html, pdf, QStringLiteral("上门服务记录单"), sheet->images);
    REQUIRE(pages.ok());
    CHECK(*pages >= 3);
    checkPaper(pdf, 0);
    const QList<QStringList> lines = PdfReading::layoutLines(pdf);
    const QString last = lines.last().join(QLatin1Char('\n'));
    CHECK(last.contains(QStringLiteral("服务对象签字")));
    CHECK(last.contains(QStringLiteral("服务人员签字")));
    // Its own number, as an office files it: station, year, sequence.
    CHECK(v->number == QStringLiteral("LZ-LN-SM-2026-0001"));
    CHECK(lines.first().join(QLatin1Char('\n')).contains(QStringLiteral("LZ-LN-SM-2026-0001")));
}

namespace {
// How many lines of each paragraph outside tables each page holds, after `doc` is printed.
QList<QList<int>> linesPerPage(const QTextDocument& doc)
{
    const qreal pageHeight = doc.pageSize().height();
    QList<QList<int>> paragraphs;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (QTextCursor(b).currentTable() || b.layout()->lineCount() < 2)
            continue;
        const qreal top = doc.documentLayout()->blockBoundingRect(b).top();
        QMap<int, int> onPage;
        for (int i = 0; i < b.layout()->lineCount(); ++i) {
            const QTextLine l = b.layout()->lineAt(i);
            ++onPage[int((top + l.y() + l.height() / 2) / pageHeight)];
        }
        if (onPage.size() > 1)
            paragraphs << onPage.values();
    }
    return paragraphs;
}
} // namespace

TEST_CASE("a paragraph broken across pages leaves two lines at least on each page", "[papers]")
{
    // Paragraphs of 2 to 9 lines after a run-in of 1 to 50 short lines: somewhere among them each
    // way a page break can fall on a paragraph, the first line or the last alone included.
    int broken = 0;
    for (int lead = 1; lead <= 50; lead += 1) {
        QString html = QStringLiteral("<html><body>");
        for (int i = 0; i < lead; ++i)
            html += QStringLiteral("<p>第%1行。</p>").arg(i + 1);
        for (int lines = 2; lines <= 9; ++lines)
            html += QStringLiteral("<p style=\"text-indent:2em\">%1</p>")
                        .arg(QString(QStringLiteral("诉求内容较长，需要分行排版。")).repeated(lines * 3));
        html += QStringLiteral("</body></html>");
        QTextDocument doc;
        PagedDocument::setUp(doc, html);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QPdfWriter writer(&out);
        writer.setResolution(300);
        PagedDocument::print(doc, writer);
        for (const QList<int>& pages : linesPerPage(doc)) {
            ++broken;
            INFO("after " << lead << " lines, a paragraph lies "
                          << QStringList([&] {
                                 QStringList s;
                                 for (int n : pages)
                                     s << QString::number(n);
                                 return s;
                             }())
                                 .join(QLatin1Char('+'))
                                 .toStdString()
                          << " on its pages");
            CHECK(pages.first() >= 2);
            CHECK(pages.last() >= 2);
        }
    }
    CHECK(broken > 0);
}

TEST_CASE("margins, padding and indents written in points take effect", "[papers]")
{
    CHECK(PagedDocument::lengthsInPixels(
              QStringLiteral("<p style=\"margin-top:12pt; font-size:12pt; padding:3pt 0; text-indent:-1.5pt\">"))
        == QStringLiteral("<p style=\"margin-top:16px; font-size:12pt; padding:4px 0; text-indent:-2px\">"));
    QTextDocument doc;
    PagedDocument::setUp(doc,
        QStringLiteral("<p>甲</p><p style=\"margin-top:72pt; text-indent:24pt\">乙</p>"
                       "<table><tr><td style=\"padding:18pt\">丙</td></tr></table>"));
    const QTextBlock second = doc.begin().next();
    CHECK(second.blockFormat().topMargin() == 96); // an inch: 96 px before the layout scales it
    CHECK(second.blockFormat().textIndent() == 32);
}
