#include "VisitSheetPreview.h"

#include "AppContext.h"
#include "DocumentPrinting.h"
#include "documents/VisitSheet.h"
#include "storage/DatabaseWorker.h"
#include "storage/StationStore.h"
#include "storage/VisitStore.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QWidget>
#include <functional>

namespace {
void build(AppContext& ctx, const CaseRecord& kase, QWidget* parent, std::function<Result<Visit>(Database&)> visitOf)
{
    ctx.reader()->post<Result<VisitSheet::Document>>(
        parent,
        [kase, visitOf, catalog = &ctx.catalog()](Database& db) -> Result<VisitSheet::Document> {
            auto visit = visitOf(db);
            if (!visit)
                return visit.error();
            auto station = StationStore::local(db);
            if (!station)
                return station.error();
            return VisitSheet::build(db, *visit, kase, *station, *catalog);
        },
        [parent, kase](Result<VisitSheet::Document> sheet) {
            if (!sheet) {
                QMessageBox::warning(parent,
                    QCoreApplication::translate("VisitSheetPreview", "On-site visit sheet"),
                    sheet.error().message.local);
                return;
            }
            DocumentPrinting::preview({ QStringLiteral("上门服务记录单"),
                                          QStringLiteral("上门服务记录单-%1.pdf").arg(kase.number),
                                          sheet->html,
                                          sheet->images },
                parent);
        });
}
} // namespace

void VisitSheetPreview::open(AppContext& ctx, const CaseRecord& kase, const Visit& visit, QWidget* parent)
{
    build(ctx, kase, parent, [visit](Database&) -> Result<Visit> { return visit; });
}

void VisitSheetPreview::openById(AppContext& ctx, const CaseRecord& kase, const QString& visitId, QWidget* parent)
{
    build(ctx, kase, parent, [visitId](Database& db) -> Result<Visit> {
        auto visit = VisitStore::byId(db, visitId);
        if (!visit)
            return visit.error();
        if (!visit->has_value())
            return Error::notFound(UiText::verbatim(visitId));
        return **visit;
    });
}
