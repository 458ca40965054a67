// A field laptop typing a visit: saves a draft over and over and says after each save which one is
// stored, until it is killed (the crash test, tests/unit/VisitDraftTest.cpp).
#include "common/BrokenPipes.h"
#include "storage/Database.h"
#include "storage/VisitDraftStore.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

int main(int argc, char* argv[])
{
    BrokenPipes::ignore();
    QCoreApplication app(argc, argv);
    auto db = Database::open(app.arguments().value(1));
    if (!db)
        return 1;
    for (int i = 1;; ++i) {
        VisitDraft d { QStringLiteral("draft-1"), QStringLiteral("LZ-LN-20261125-0001"), {}, {} };
        d.content.insert(QStringLiteral("summary"), QStringLiteral("现场记录，第%1次保存").arg(i));
        d.content.insert(QStringLiteral("answers"), QString(2000, QChar(u'答')));
        if (!VisitDraftStore::save(**db, d))
            return 2;
        std::printf("%d\n", i);
        std::fflush(stdout);
        QThread::msleep(2);
    }
}
