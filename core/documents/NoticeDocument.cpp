#include "documents/NoticeDocument.h"

#include "common/Clock.h"
#include "documents/PagedDocument.h"

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

const char16_t* const kNumerals[] = { u"一", u"二", u"三", u"四", u"五", u"六" };
} // namespace

QString NoticeDocument::html(const Notice& n,
    const CaseRecord& c,
    const Station& station,
    const QString& itemName,
    const SupervisionContacts& supervision)
{
    const QString font = PagedDocument::serifFamilies();
    QString h;
    h += QStringLiteral("<html><body style=\"font-family:%1; font-size:12pt;\">").arg(font);
    // 红头: the issuing platform in red over a red rule.
    h += QStringLiteral("<p align=\"center\" style=\"color:#c00000; font-size:20pt; font-weight:bold; "
                        "margin-bottom:4pt;\">%1质量服务“一站式”平台</p>")
             .arg(esc(station.name));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-top:2px solid "
                        "#c00000;\"><tr><td></td></tr></table>");
    h += QStringLiteral("<p align=\"center\" style=\"font-family:%1; font-size:20pt; font-weight:bold; "
                        "margin-top:10pt; margin-bottom:4pt;\">一次性告知书</p>")
             .arg(PagedDocument::headingFamilies());
    h += QStringLiteral("<p align=\"right\" style=\"margin-top:0; margin-bottom:6pt;\">编号：%1</p>")
             .arg(PagedDocument::unbroken(n.number));

    // Who and what it is about, one line each, so numbers never wrap.
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td width=\"30%\" valign=\"top\" style=\"padding:1pt 0;\"><b>%1</b></td>"
                              "<td style=\"padding:1pt 0; line-height:120%;\">%2</td></tr>")
            .arg(label, value);
    };
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    h += row(QStringLiteral("申请人："), esc(c.clientName));
    if (!c.clientUscc.isEmpty())
        h += row(QStringLiteral("统一社会信用代码："), esc(c.clientUscc));
    h += row(QStringLiteral("诉求编号："), esc(c.number));
    h += row(QStringLiteral("受理日期："), PagedDocument::chineseDate(Clock::chinaDate(c.receivedAt)));
    h += row(QStringLiteral("服务事项："), esc(itemName.isEmpty() ? c.itemCode : itemName));
    h += row(QStringLiteral("诉求内容："), esc(c.summary));
    h += QStringLiteral("</table>");
    h += QStringLiteral(
        "<p style=\"text-indent:24pt; line-height:130%; margin-top:6pt; margin-bottom:0;\">经审查，您（单位）提出的上述"
        "服务诉求%1现将需要补充的材料和办理事项一次性告知如下：</p>")
             .arg(esc(n.reason));

    int section = 0;
    h += PagedDocument::sectionHeading(
        QStringLiteral("%1、需补充提交的材料及事项").arg(QString::fromUtf16(kNumerals[section++])));
    for (int i = 0; i < n.items.size(); ++i)
        h += QStringLiteral("<p style=\"margin-left:24pt; text-indent:-18pt; margin-top:0; margin-bottom:1pt; "
                            "line-height:115%;\">%1. %2</p>")
                 .arg(i + 1)
                 .arg(esc(n.items.at(i)));
    h += PagedDocument::sectionHeading(QStringLiteral("%1、下一步办理").arg(QString::fromUtf16(kNumerals[section++])));
    h += QStringLiteral("<p style=\"text-indent:24pt; line-height:130%; margin-top:0; margin-bottom:2pt;\">%1</p>")
             .arg(esc(n.nextStep));
    if (n.deadline.isValid()) {
        h += PagedDocument::sectionHeading(
            QStringLiteral("%1、办理期限").arg(QString::fromUtf16(kNumerals[section++])));
        h += QStringLiteral("<p style=\"text-indent:24pt; line-height:130%; margin-top:0; "
                            "margin-bottom:2pt;\">请于%1前补齐上述材料。逾期未补齐的，"
                            "可重新提出诉求。</p>")
                 .arg(PagedDocument::chineseDate(n.deadline));
    }
    h += PagedDocument::sectionHeading(QStringLiteral("%1、联系方式").arg(QString::fromUtf16(kNumerals[section++])));
    h += QStringLiteral("<p style=\"text-indent:24pt; line-height:130%; margin-top:0; margin-bottom:2pt;\">%1</p>")
             .arg(esc(n.contact));
    if (!n.repeatReason.isEmpty())
        h += QStringLiteral("<p style=\"text-indent:24pt; line-height:130%; margin-top:0; "
                            "margin-bottom:2pt;\">本告知书为再次告知，原因：%1</p>")
                 .arg(esc(n.repeatReason));

    // Signature and date, then the applicant's receipt.
    h += PagedDocument::sealBlock(PagedDocument::issuingUnit(station),
        Clock::chinaDate(n.issuedAt),
        QStringLiteral("经办人：%1").arg(esc(n.issuedByName))); // a person, not a login
    h += QStringLiteral("<p align=\"center\" style=\"margin-top:6pt; color:#555555;\">"
                        "……………… 回执（申请人签收后交回） ………………</p>");
    h += QStringLiteral(
        "<p style=\"margin-top:4pt; margin-bottom:0;\">回执：本人已收到编号为 %1 的一次性告知书，知悉上述内容。</p>")
             .arg(PagedDocument::unbroken(n.number));
    h += QStringLiteral(
        "<p style=\"margin-top:8pt;\">申请人（签字）：________________　　签收日期：______年____月____日</p>");
    h += PagedDocument::supervisionLine(supervision.phone, supervision.email);
    h += QStringLiteral("</body></html>");
    return h;
}
