#include "documents/ClockNotices.h"

#include "common/Clock.h"
#include "documents/PagedDocument.h"
#include "domain/CaseEvents.h"
#include "domain/WorkCalendar.h"
#include "storage/CaseStore.h"
#include "storage/ClockEventStore.h"
#include "storage/StationStore.h"
#include "storage/UserStore.h"
#include "workflow/StationSettings.h"

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString paragraph(const QString& html)
{
    return QStringLiteral("<p style=\"text-indent:24pt; margin-top:0; margin-bottom:6pt;\">%1</p>").arg(html);
}

QString head(const ClockNotices::Content& c, const QString& title)
{
    QString h
        = QStringLiteral("<html><body style=\"font-family:%1; font-size:12pt;\">").arg(PagedDocument::serifFamilies());
    h += PagedDocument::unitHeading(PagedDocument::issuingUnit(c.station));
    h += QStringLiteral("<p align=\"center\" style=\"font-family:%1; font-size:20pt; font-weight:bold; "
                        "margin-top:10pt; margin-bottom:6pt;\">%2</p>")
             .arg(PagedDocument::headingFamilies(), title);
    h += QStringLiteral("<p align=\"right\" style=\"margin-top:0; margin-bottom:6pt;\">诉求编号：%1</p>")
             .arg(PagedDocument::unbroken(c.kase.number));
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td width=\"26%\" style=\"padding:1pt 0;\"><b>%1</b></td>"
                              "<td style=\"padding:1pt 0;\">%2</td></tr>")
            .arg(label, value);
    };
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    h += row(QStringLiteral("服务对象："), esc(c.kase.clientName));
    h += row(QStringLiteral("服务事项："), esc(c.itemName.isEmpty() ? c.kase.itemCode : c.itemName));
    h += row(QStringLiteral("受理日期："), PagedDocument::chineseDate(Clock::chinaDate(c.kase.receivedAt)));
    h += row(QStringLiteral("诉求内容："), esc(c.kase.summary));
    h += QStringLiteral("</table>");
    return h;
}

// What lets a paused clock run again, in the applicant's terms.
QString untilWhat(const QString& reason)
{
    if (reason == QLatin1String("materials"))
        return QStringLiteral("您（单位）按一次性告知书补齐材料之日起");
    if (reason == QLatin1String("testing"))
        return QStringLiteral("检验检测结果送达本平台之日起");
    if (reason == QLatin1String("expert"))
        return QStringLiteral("专家评审意见送达本平台之日起");
    return QStringLiteral("收到上级答复之日起");
}
} // namespace

Result<ClockNotices::Content> ClockNotices::gather(
    Database& db, const Catalog& catalog, const QString& number, const QString& kind)
{
    auto kase = CaseStore::byNumber(db, number, false);
    if (!kase)
        return kase.error();
    auto facts = ClockEventStore::forCase(db, kase->seq);
    if (!facts)
        return facts.error();
    Content c;
    bool found = false;
    for (const ClockEvent& e : *facts)
        if (e.kind == kind) {
            c.fact = e; // the latest, as they come in time order
            found = true;
        }
    for (const ClockEvent& e : *facts)
        if (found && e.id == c.fact.ref && e.kind == QLatin1String("extension_asked"))
            c.request = e;
    if (!found) {
        const char* none = kind == QLatin1String("pause")
            ? QT_TRANSLATE_NOOP("Documents", "The clock of case %1 was never paused.")
            : kind == QLatin1String("urged") ? QT_TRANSLATE_NOOP("Documents", "Case %1 was never urged.")
                                             : QT_TRANSLATE_NOOP("Documents", "Case %1 has no approved extension.");
        return Error::notFound(UiText::of("Documents", none).arg(kase->number));
    }
    auto station = StationStore::local(db);
    if (!station)
        return station.error();
    auto settings = StationSettings::load(db);
    if (!settings)
        return settings.error();
    auto names = UserStore::names(db);
    if (!names)
        return names.error();
    c.kase = *kase;
    c.station = *station;
    if (const CatalogItem* item = catalog.item(kase->itemCode))
        c.itemName = item->nameZh;
    c.actorName = CaseEvents::staff(*names, c.fact.actor);
    c.staffName = CaseEvents::staff(*names, kase->receivedBy);
    c.dueClose = kase->dueClose;
    c.contacts = settings->supervision;
    return c;
}

namespace {
QString titleOf(const QString& kind)
{
    if (kind == QLatin1String("urged"))
        return QStringLiteral("催办通知");
    if (kind == QLatin1String("extension_approved"))
        return QStringLiteral("延期办理告知书");
    return QStringLiteral("暂停计时告知书");
}
} // namespace

QString ClockNotices::title(const Content& c)
{
    return QStringLiteral("%1 %2").arg(titleOf(c.fact.kind), c.kase.number);
}

QString ClockNotices::html(const Content& c)
{
    if (c.fact.kind == QLatin1String("urged"))
        return urgeNotice(c);
    if (c.fact.kind == QLatin1String("extension_approved"))
        return extensionNotice(c);
    return pauseNotice(c);
}

QString ClockNotices::extensionNotice(const Content& c)
{
    const QDate on = Clock::chinaDate(c.fact.at);
    QString h = head(c, titleOf(c.fact.kind));
    h += QStringLiteral("<p style=\"margin-top:10pt; margin-bottom:6pt;\">%1：</p>").arg(esc(c.kase.clientName));
    const QString why = c.request.reason.isEmpty() ? QString() : QStringLiteral("因%1，").arg(esc(c.request.reason));
    h += paragraph(QStringLiteral("您（单位）于%1提出的上述服务诉求，%2经本平台负责人批准，办理期限延长%3个工作日%4。")
                       .arg(PagedDocument::chineseDate(Clock::chinaDate(c.kase.receivedAt)),
                           why,
                           QString::number(c.fact.days),
                           c.dueClose.isValid()
                               ? QStringLiteral("，延长后的办理期限至%1").arg(PagedDocument::chineseDate(c.dueClose))
                               : QString()));
    if (!c.fact.note.isEmpty())
        h += paragraph(QStringLiteral("说明：%1").arg(esc(c.fact.note)));
    h += paragraph(QStringLiteral("特此告知。"));
    h += PagedDocument::sealBlock(
        PagedDocument::issuingUnit(c.station), on, QStringLiteral("经办人：%1").arg(esc(c.staffName)));
    h += PagedDocument::supervisionLine(c.contacts.phone, c.contacts.email);
    h += QStringLiteral("</body></html>");
    return h;
}

QString ClockNotices::pauseNotice(const Content& c)
{
    const QDate since = Clock::chinaDate(c.fact.at);
    const QString reason = PauseReasons::fromKey(c.fact.reason)
        ? PauseReasons::chinese(*PauseReasons::fromKey(c.fact.reason))
        : c.fact.reason;
    QString h = head(c, QStringLiteral("暂停计时告知书"));
    h += QStringLiteral("<p style=\"margin-top:10pt; margin-bottom:6pt;\">%1：</p>").arg(esc(c.kase.clientName));
    h += paragraph(QStringLiteral("您（单位）于%1提出的上述服务诉求，因%2，自%3起暂停计时。")
                       .arg(PagedDocument::chineseDate(Clock::chinaDate(c.kase.receivedAt)),
                           esc(reason),
                           PagedDocument::chineseDate(since)));
    if (!c.fact.note.isEmpty())
        h += paragraph(QStringLiteral("说明：%1").arg(esc(c.fact.note)));
    h += paragraph(QStringLiteral("暂停期间不计入办理时限。%1恢复计时，办理期限按暂停的工作日数相应顺延，"
                                  "届时本平台将另行告知。")
                       .arg(untilWhat(c.fact.reason)));
    h += PagedDocument::sealBlock(
        PagedDocument::issuingUnit(c.station), since, QStringLiteral("经办人：%1").arg(esc(c.actorName)));
    h += PagedDocument::supervisionLine(c.contacts.phone, c.contacts.email);
    h += QStringLiteral("</body></html>");
    return h;
}

QString ClockNotices::urgeNotice(const Content& c)
{
    const QDate on = Clock::chinaDate(c.fact.at);
    QString h = head(c, QStringLiteral("催办通知"));
    h += QStringLiteral("<p style=\"margin-top:10pt; margin-bottom:6pt;\">%1：</p>").arg(esc(c.staffName));
    h += paragraph(
        QStringLiteral("上述诉求%1，现予督办。")
            .arg(c.dueClose.isValid() ? QStringLiteral("应于%1前办结").arg(PagedDocument::chineseDate(c.dueClose))
                                      : QStringLiteral("尚未办结")));
    h += paragraph(QStringLiteral("督办意见：%1").arg(esc(c.fact.note)));
    h += paragraph(QStringLiteral("请抓紧办理，并将办理情况及时报督办人。"));
    h += PagedDocument::sealBlock(
        PagedDocument::issuingUnit(c.station), on, QStringLiteral("督办人：%1").arg(esc(c.actorName)));
    h += QStringLiteral("</body></html>");
    return h;
}
