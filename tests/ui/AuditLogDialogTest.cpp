// Issue 6: a supervisor views, filters and exports the audit log in the window.
#include "AuditLogDialog.h"

#include "ModelTesters.h"
#include "UiFixture.h"
#include "models/AuditLogModel.h"

#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

TEST_CASE("the audit log dialog lists, filters and exports entries", "[ui][audit]")
{
    UiFixture f;
    AuditLogDialog dialog(*f.ctx);
    dialog.show();
    auto* model = dialog.model();
    REQUIRE(UiFixture::waitFor([&] { return model->rowCount() >= 3; }));
    CHECK(model->index(0, AuditLogModel::Action).data().toString() == QStringLiteral("client.add"));

    auto* action = dialog.findChild<QLineEdit*>(QStringLiteral("auditAction"));
    UiFixture::type(action, QStringLiteral("station."));
    QTest::keyClick(action, Qt::Key_Return);
    REQUIRE(UiFixture::waitFor([&] { return model->rowCount() == 1; }));
    CHECK(model->index(0, AuditLogModel::Action).data().toString() == QStringLiteral("station.init"));

    const QString path = f.t.dir.filePath(QStringLiteral("audit.csv"));
    QSignalSpy exported(&dialog, &AuditLogDialog::exported);
    dialog.exportTo(path);
    REQUIRE(exported.wait(UiFixture::kPatienceMs));
    CHECK(exported.first().first().toLongLong() == 1);
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().contains("station.init"));
    CHECK(ModelTesters::testedKinds().contains(
        QStringLiteral("AuditLogModel"))); // under QAbstractItemModelTester throughout
}
