#include "documents/AcceptanceReceipt.h"

#include "common/Clock.h"
#include "documents/PagedDocument.h"
#include "domain/CaseEvents.h"
#include "domain/WorkCalendar.h"
#include "storage/CaseStore.h"
#include "storage/StationStore.h"
#include "storage/UserStore.h"
#include "workflow/StationSettings.h"

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// What the person who asked for the client is called on paper, as Channels::personLabel has it.
QString personLabel(Channel c)
{
    if (c == Channel::Window)
        return QStringLiteral("来访人");
    if (c == Channel::Phone)
        return QStringLiteral("来电人");
    return QStringLiteral("申请人");
}

QString heading(const QString& text)
{
    return PagedDocument::sectionHeading(text);
}

QString paragraph(const QString& html)
{
    // No proportional line-height: Qt's page breaks leave it out, so the last line of a page was
    // drawn again at the top of the next.
    return QStringLiteral("<p style=\"text-indent:24pt; margin-top:0; margin-bottom:6pt;\">%1</p>").arg(html);
}
} // namespace

QString AcceptanceReceipt::title(const CaseRecord& kase)
{
    return QStringLiteral("受理回执 %1").arg(kase.number);
}

QString AcceptanceReceipt::fileName(const CaseRecord& kase)
{
    return QStringLiteral("受理回执-%1.pdf").arg(kase.number);
}

QString AcceptanceReceipt::html(const Content& r)
{
    const CaseRecord& c = r.kase;
    const QString unit = PagedDocument::issuingUnit(r.station);
    const QDateTime received = c.receivedAt.toTimeZone(Clock::chinaZone());
    QString h;
    h += QStringLiteral("<html><body style=\"font-family:%1; font-size:12pt;\">").arg(PagedDocument::serifFamilies());
    h += PagedDocument::unitHeading(unit);
    h += QStringLiteral("<p align=\"center\" style=\"font-family:%1; font-size:22pt; font-weight:bold; "
                        "margin-top:12pt; margin-bottom:6pt;\">受理回执</p>")
             .arg(PagedDocument::headingFamilies());
    h += QStringLiteral("<p align=\"right\" style=\"margin-bottom:12pt;\">编号：%1</p>")
             .arg(PagedDocument::unbroken(c.number));

    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td width=\"30%\" style=\"padding:3pt 0;\"><b>%1</b></td>"
                              "<td style=\"padding:3pt 0;\">%2</td></tr>")
            .arg(label, value);
    };
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    h += row(QStringLiteral("服务对象："), esc(c.clientName));
    if (!c.clientUscc.isEmpty())
        h += row(QStringLiteral("统一社会信用代码："), PagedDocument::unbroken(c.clientUscc));
    if (!c.visitorName.isEmpty() || !c.visitorPhone.isEmpty()) {
        QString who = esc(c.visitorName);
        if (!c.visitorPhone.isEmpty())
            who += QStringLiteral("（联系电话：%1）").arg(PagedDocument::unbroken(c.visitorPhone));
        h += row(personLabel(c.channel) + QStringLiteral("："), who);
    }
    h += row(QStringLiteral("服务事项："), esc(r.itemName.isEmpty() ? c.itemCode : r.itemName));
    h += row(QStringLiteral("受理时间："),
        QStringLiteral("%1 %2").arg(
            PagedDocument::chineseDate(received.date()), received.time().toString(QStringLiteral("HH:mm"))));
    h += QStringLiteral("</table>");
    // The request on its own lines below the table: 2,000 characters wrap and run on to the next
    // page like any paragraph.
    h += QStringLiteral("<p style=\"margin-top:6pt; margin-bottom:2pt;\"><b>诉求内容：</b></p>");
    h += paragraph(esc(c.summary));

    h += paragraph(QStringLiteral("您（单位）提出的上述服务诉求，本平台已于%1受理登记，现出具本回执。")
                       .arg(PagedDocument::chineseDate(received.date())));
    h += heading(QStringLiteral("一、办理时限"));
    h += paragraph(QStringLiteral("自受理之日起 %1 个工作日内（%2前）答复。需转交服务机构办理、请示或补充材料的，"
                                  "本平台将另行告知。")
                       .arg(r.workingDays)
                       .arg(r.answerBy.isValid() ? PagedDocument::chineseDate(r.answerBy) : QString()));
    h += heading(QStringLiteral("二、进度查询"));
    QStringList ways;
    if (!r.contacts.phone.isEmpty())
        ways << QStringLiteral("电话 %1").arg(PagedDocument::unbroken(r.contacts.phone));
    if (!r.contacts.email.isEmpty())
        ways << QStringLiteral("电子邮箱 %1").arg(PagedDocument::unbroken(r.contacts.email));
    if (ways.isEmpty())
        h += paragraph(
            QStringLiteral("请凭本回执编号 %1 到本平台窗口查询办理进度。").arg(PagedDocument::unbroken(c.number)));
    else
        // 7.5.2: the supervision contacts, for progress and for complaints alike.
        h += paragraph(QStringLiteral("请凭本回执编号 %1 查询办理进度：%2。对本平台服务如有意见或投诉，"
                                      "也可通过上述方式反映。")
                           .arg(PagedDocument::unbroken(c.number), ways.join(QStringLiteral("，"))));

    h += PagedDocument::sealBlock(unit, received.date(), QStringLiteral("经办人：%1").arg(esc(r.staffName)));
    h += QStringLiteral("</body></html>");
    return h;
}

Result<AcceptanceReceipt::Content> AcceptanceReceipt::gather(
    Database& db, const Catalog& catalog, const WorkCalendar& calendar, const QString& number)
{
    auto kase = CaseStore::byNumber(db, number, false);
    if (!kase)
        return kase.error();
    auto station = StationStore::local(db);
    if (!station)
        return station.error();
    auto settings = StationSettings::load(db);
    if (!settings)
        return settings.error();
    auto names = UserStore::names(db);
    if (!names)
        return names.error();
    Content r;
    r.kase = *kase;
    r.station = *station;
    if (const CatalogItem* item = catalog.item(kase->itemCode)) {
        r.itemName = item->nameZh;
        r.workingDays = item->handoffDays;
    }
    r.staffName = CaseEvents::staff(*names, kase->receivedBy);
    r.answerBy = calendar.addWorkingDays(Clock::chinaDate(kase->receivedAt), r.workingDays);
    if (kase->closeDays > 0) { // the case's own time limit (issue 20), as its clock stands
        r.workingDays = kase->closeDays;
        r.answerBy = kase->dueClose;
    }
    r.contacts = settings->supervision;
    return r;
}
