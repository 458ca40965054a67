// Drafts of a visit record survive the program being killed: at most the last save is lost, and the
// database stays whole (PRAGMA integrity_check).
#include "storage/Sql.h"
#include "storage/VisitDraftStore.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <csignal>

TEST_CASE("drafts are saved, listed newest first and discarded", "[visit][draft]")
{
    TestDatabase t;
    REQUIRE(VisitDraftStore::save(*t.db,
        { QStringLiteral("a"),
            QStringLiteral("LZ-LN-20261125-0001"),
            { { QStringLiteral("summary"), QStringLiteral("旧") } },
            QDateTime::currentDateTimeUtc().addSecs(-60) })
                .ok());
    REQUIRE(VisitDraftStore::save(
        *t.db, { QStringLiteral("b"), {}, { { QStringLiteral("summary"), QStringLiteral("新") } }, {} })
                .ok());
    REQUIRE(VisitDraftStore::save(*t.db,
        { QStringLiteral("a"),
            QStringLiteral("LZ-LN-20261125-0001"),
            { { QStringLiteral("summary"), QStringLiteral("旧，改过") } },
            QDateTime::currentDateTimeUtc().addSecs(-30) })
                .ok());
    auto drafts = VisitDraftStore::all(*t.db);
    REQUIRE(drafts.ok());
    REQUIRE(drafts->size() == 2);
    CHECK(drafts->first().id == QStringLiteral("b"));
    CHECK(drafts->last().content.value(QStringLiteral("summary")).toString() == QStringLiteral("旧，改过"));
    REQUIRE(VisitDraftStore::discard(*t.db, QStringLiteral("a")).ok());
    CHECK(VisitDraftStore::all(*t.db)->size() == 1);
}

TEST_CASE("a draft written by a process killed with SIGKILL is recovered whole", "[visit][draft][faults]")
{
    TestDatabase t;
    const QString path = t.path();
    t.db.reset(); // the writer is the only one with the file open, as on the field laptop
    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(QSDESK_DRAFT_WRITER), { path });
        REQUIRE(writer.waitForStarted());
        int saved = 0;
        while (saved < 40 + 30 * round && writer.waitForReadyRead(10000))
            for (const QByteArray& line : writer.readAll().split('\n'))
                if (!line.trimmed().isEmpty())
                    saved = line.trimmed().toInt();
        REQUIRE(saved > 0);
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished();
        for (const QByteArray& line : writer.readAll().split('\n')) // what it reported before dying
            if (!line.trimmed().isEmpty())
                saved = line.trimmed().toInt();

        auto db = Database::open(path);
        REQUIRE(db.ok());
        auto check = Sql::run((*db)->sql(), QStringLiteral("PRAGMA integrity_check"));
        REQUIRE(check.ok());
        QSqlQuery q = std::move(check).value();
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("ok"));
        auto drafts = VisitDraftStore::all(**db);
        REQUIRE(drafts.ok());
        REQUIRE(drafts->size() == 1);
        const QString summary = drafts->first().content.value(QStringLiteral("summary")).toString();
        const int recovered = QRegularExpression(QStringLiteral("第(\\d+)次")).match(summary).captured(1).toInt();
        CHECK(recovered >= saved); // every save it reported is there (one more may have landed)
        CHECK(recovered <= saved + 1);
        CHECK(drafts->first().content.value(QStringLiteral("answers")).toString().size() == 2000);
    }
}
