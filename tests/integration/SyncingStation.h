#pragma once

#include "ServerProcess.h"
#include "search/CaseQuery.h"
#include "storage/CaseStore.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "sync/SyncClient.h"
#include "workflow/Registration.h"
#include "workflow/VisitRecording.h"

#include <QImage>

// A station's database that syncs with a ServerProcess: registers cases, records visits, syncs.
struct SyncingStation
{
    SyncingStation(ServerProcess& server, const QString& code, const QString& level)
        : t(code, level == QLatin1String("city") ? StationLevel::City : StationLevel::County)
        , endpoint { server.url(), server.caFile(), server.addStation(code, code, level) }
    { }

    QString registerCase(const QString& summary)
    {
        if (clientId.isEmpty())
            clientId = t.addClient(QStringLiteral("%1的客户").arg(t.db->path().section(u'/', -1)));
        auto c = Registration(*t.db, t.catalog)
                     .registerCase({ clientId, QStringLiteral("window"), QStringLiteral("5.4"), summary, {}, {} },
                         testActor(QStringLiteral("c")));
        REQUIRE(c.ok());
        return c->number;
    }

    Result<SyncReport> sync() { return SyncClient(*t.db, endpoint).runOnce(); }
    // An image file in the station's folder, for a signature or a photo.
    QString image(const QString& name, const QSize& size, const char* format)
    {
        QImage img(size, QImage::Format_RGB32);
        img.fill(QColor(30, 90, 160));
        const QString path = t.dir.filePath(name);
        REQUIRE(img.save(path, format));
        return path;
    }
    // A signed visit on the case, with photos of the given sizes.
    Visit recordVisit(const QString& number, const QString& signer, const QList<QSize>& photos = {})
    {
        NewVisit v;
        v.caseNumber = number;
        v.summary = QStringLiteral("现场检查追溯记录");
        v.signerName = signer;
        v.signatureFile = image(QStringLiteral("sig.png"), QSize(300, 90), "PNG");
        for (int i = 0; i < photos.size(); ++i)
            v.photoFiles << image(QStringLiteral("p%1.jpg").arg(i + 1), photos.at(i), "JPEG");
        auto recorded = VisitRecording(*t.db).record(v, testActor(QStringLiteral("外勤甲")));
        REQUIRE(recorded.ok());
        return recorded.value();
    }
    bool has(const QString& number) { return CaseStore::byNumber(*t.db, number, false).ok(); }
    CaseRecord show(const QString& number)
    {
        auto c = CaseStore::byNumber(*t.db, number, true);
        REQUIRE(c.ok());
        return c.value();
    }
    QStringList eventKinds(const QString& number)
    {
        QStringList kinds;
        for (const CaseEvent& e : show(number).events)
            kinds << e.kind;
        return kinds;
    }
    qint64 count(const QString& text)
    {
        CaseFilter f;
        f.text = text;
        return CaseQuery::count(*t.db, f).value();
    }

    TestDatabase t;
    SyncEndpoint endpoint;
    QString clientId;
};
