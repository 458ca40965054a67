#include "documents/VisitSheet.h"

#include "common/Clock.h"
#include "domain/Catalog.h"
#include "storage/BlobStore.h"
#include "storage/VisitStore.h"
#include "workflow/StationSettings.h"

#include <algorithm>

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

constexpr int kThumbWidthPx = 220; // at the document's scale: three photos across the page
constexpr int kThumbPixels = 720; // sharp enough in print at that size
} // namespace

QString VisitSheet::recordNumber(const QList<Visit>& visitsOfCase, const QString& visitId, const QString& caseNumber)
{
    for (const Visit& v : visitsOfCase)
        if (v.id == visitId && !v.number.isEmpty())
            return v.number;
    qsizetype n = 0; // recorded before visits had numbers: the one it was printed with then
    while (n < visitsOfCase.size() && visitsOfCase.at(n).id != visitId)
        ++n;
    return QStringLiteral("%1-%2").arg(caseNumber).arg(n + 1, 3, 10, QLatin1Char('0'));
}

Result<VisitSheet::Document> VisitSheet::build(
    Database& db, const Visit& v, const CaseRecord& c, const Station& station, const Catalog& catalog)
{
    auto visits = VisitStore::forCase(db, c.seq);
    if (!visits)
        return visits.error();
    QList<Visit> ofCase = visits.value();
    if (std::none_of(ofCase.cbegin(), ofCase.cend(), [&](const Visit& o) { return o.id == v.id; }))
        ofCase << v; // being previewed before it is read back
    auto numberOf = [&](const QString& id) { return recordNumber(ofCase, id, c.number); };
    const CatalogItem* item = catalog.item(c.itemCode);
    Document d;
    QString& h = d.html;
    h += QStringLiteral("<html><body style=\"font-family:%1; font-size:12pt;\">").arg(PagedDocument::serifFamilies());
    h += QStringLiteral("<p align=\"center\" style=\"font-size:20pt; font-weight:bold; margin-bottom:4pt;\">%1质量服务"
                        "“一站式”平台</p>")
             .arg(esc(station.name));
    h += QStringLiteral("<p align=\"center\" style=\"font-family:%1; font-size:18pt; font-weight:bold; "
                        "margin-bottom:10pt;\">上门服务记录单</p>")
             .arg(PagedDocument::headingFamilies());
    h += QStringLiteral("<p align=\"right\">记录编号：%1</p>").arg(PagedDocument::unbroken(numberOf(v.id)));
    // The label column holds its longest label (服务对象在场人员, eight characters) on one line.
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td width=\"27%\" style=\"padding:4pt; background:#f2f2f2; white-space:nowrap;\">"
                              "<b>%1</b></td><td style=\"padding:4pt;\">%2</td></tr>")
            .arg(label, value);
    };
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                        "style=\"border-collapse:collapse; border-color:#888888;\">");
    h += row(QStringLiteral("诉求编号"), esc(c.number));
    h += row(QStringLiteral("服务对象"),
        esc(c.clientUscc.isEmpty() ? c.clientName : QStringLiteral("%1（%2）").arg(c.clientName, c.clientUscc)));
    h += row(QStringLiteral("服务事项"), esc(item ? item->nameZh : c.itemCode));
    h += row(QStringLiteral("服务时间"),
        QStringLiteral("%1 %2").arg(PagedDocument::chineseDate(Clock::chinaDate(v.visitedAt)),
            v.visitedAt.toTimeZone(Clock::chinaZone()).toString(QStringLiteral("HH:mm"))));
    h += row(QStringLiteral("服务地点"), esc(v.place));
    h += row(QStringLiteral("服务人员"), esc(v.staff));
    h += row(QStringLiteral("服务对象在场人员"), esc(v.clientPeople));
    h += row(QStringLiteral("咨询及诉求内容"), esc(v.summary));
    h += row(QStringLiteral("现场答复"), esc(v.answers));
    h += row(QStringLiteral("收集的材料和信息"), esc(v.materials));
    QString promises;
    for (int i = 0; i < v.followUps.size(); ++i)
        promises += QStringLiteral("%1. %2<br/>").arg(i + 1).arg(esc(v.followUps.at(i)));
    h += row(QStringLiteral("需跟踪办理事项"), promises);
    if (!v.supersedes.isEmpty())
        h += row(
            QStringLiteral("更正说明"), esc(QStringLiteral("本记录更正编号为 %1 的记录").arg(numberOf(v.supersedes))));
    h += QStringLiteral("</table>");

    if (!v.photos.isEmpty()) {
        h += QStringLiteral(
            "<p style=\"margin-top:10pt;\"><b>现场照片</b>（共 %1 张）</p><table cellspacing=\"6\"><tr>")
                 .arg(v.photos.size());
        for (int i = 0; i < v.photos.size(); ++i) {
            auto bytes = BlobStore::get(db, v.photos.at(i).sha256);
            if (!bytes)
                return bytes.error();
            const QString name = QStringLiteral("photo%1").arg(i + 1);
            // A thumbnail is all the page shows; embedding the full 2048 px photo would only make the
            // file heavy.
            d.images.insert(name, QImage::fromData(*bytes).scaledToWidth(kThumbPixels, Qt::SmoothTransformation));
            if (i > 0 && i % 3 == 0)
                h += QStringLiteral("</tr><tr>");
            h += QStringLiteral("<td align=\"center\"><img src=\"%1\" width=\"%2\"/><br/>%3</td>")
                     .arg(name)
                     .arg(kThumbWidthPx)
                     .arg(esc(v.photos.at(i).fileName));
        }
        h += QStringLiteral("</tr></table>");
    }

    // 7.3.4: the client's confirmation.
    auto signature = BlobStore::get(db, v.signatureSha256);
    if (!signature)
        return signature.error();
    d.images.insert(QStringLiteral("signature"), QImage::fromData(*signature));
    h += QStringLiteral("<p style=\"margin-top:14pt;\">服务对象确认：以上记录属实。</p>");
    h += QStringLiteral("<table width=\"100%\"><tr><td width=\"50%\">服务对象签字：<br/><img src=\"signature\" "
                        "height=\"70\"/><br/>（%1）　%2</td><td width=\"50%\">服务人员签字：<br/><br/><br/>"
                        "________________<br/>（%3）　%4</td></tr></table>")
             .arg(esc(v.signerName),
                 PagedDocument::chineseDate(Clock::chinaDate(v.signedAt)),
                 esc(v.staff),
                 PagedDocument::chineseDate(Clock::chinaDate(v.visitedAt)));
    auto settings = StationSettings::load(db);
    if (!settings)
        return settings.error();
    h += PagedDocument::supervisionLine(settings->supervision.phone, settings->supervision.email);
    h += QStringLiteral("</body></html>");
    return d;
}
