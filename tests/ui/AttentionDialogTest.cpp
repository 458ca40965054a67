// "Needs attention" (DESIGN.md §6): what the platform refused or found in conflict, with what to do,
// until a person marks it dealt with.
#include "AttentionDialog.h"

#include "ModelTesters.h"
#include "UiFixture.h"
#include "domain/CaseStatus.h"
#include "storage/OutboxStore.h"
#include "storage/Sql.h"
#include "support/QtCatch.h"

#include <QJsonDocument>
#include <QPushButton>
#include <QTableView>
#include <QTest>

TEST_CASE("a conflict is listed with what happened and what to do, until it is marked dealt with", "[ui][sync]")
{
    UiFixture f;
    OutboxOp op;
    op.entity = QStringLiteral("case");
    op.recordId = Sql::newId();
    op.kind = QStringLiteral("transition");
    op.payload = { { QStringLiteral("id"), op.recordId },
        { QStringLiteral("number"), QStringLiteral("LZ-LN-20261125-0001") },
        { QStringLiteral("from"), QStringLiteral("registered") },
        { QStringLiteral("to"), QStringLiteral("escalated") } };
    op.actor = QStringLiteral("王五");
    REQUIRE(OutboxStore::append(*f.t.db, op).ok());
    const QJsonObject answer { { QStringLiteral("status"), QStringLiteral("conflict") },
        { QStringLiteral("current"), QJsonObject { { QStringLiteral("status"), QStringLiteral("closed") } } } };
    REQUIRE(Sql::write(*f.t.db,
        QStringLiteral("UPDATE outbox SET state = 'conflict', result = ? WHERE record_id = ?"),
        { QString::fromUtf8(QJsonDocument(answer).toJson()), op.recordId })
                .ok());

    REQUIRE(OutboxStore::attentionCount(*f.t.db).value() == 1);
    AttentionDialog dialog(f.ctx->writer(), Actor::user(QStringLiteral("王五"), Role::Supervisor));
    dialog.show();
    auto* view = dialog.findChild<QTableView*>(QStringLiteral("attentionTable"));
    REQUIRE(UiFixture::waitFor([&] { return view->model()->rowCount() == 1; }));
    const auto text = [&](int column) { return view->model()->index(0, column).data().toString(); };
    CHECK(text(AttentionModel::Record) == QStringLiteral("LZ-LN-20261125-0001"));
    CHECK(text(AttentionModel::Change).contains(CaseStatuses::label(CaseStatus::Escalated).local));
    CHECK(text(AttentionModel::Reason).contains(CaseStatuses::label(CaseStatus::Closed).local));
    CHECK_FALSE(text(AttentionModel::WhatToDo).isEmpty());

    auto* resolve = dialog.findChild<QPushButton*>(QStringLiteral("resolveButton"));
    view->selectRow(0);
    REQUIRE(resolve->isEnabled());
    QTest::mouseClick(resolve, Qt::LeftButton);
    REQUIRE(UiFixture::waitFor([&] { return view->model()->rowCount() == 0; }));
    CHECK_FALSE(resolve->isEnabled());
    CHECK(OutboxStore::attentionCount(*f.t.db).value() == 0);
    auto kept
        = Sql::one(*f.t.db, QStringLiteral("SELECT resolved_by FROM outbox WHERE record_id = ?"), { op.recordId });
    REQUIRE(kept.ok());
    REQUIRE(kept->has_value()); // kept, with who dealt with it
    CHECK((**kept).at(0).toString() == QStringLiteral("王五"));
    CHECK(ModelTesters::testedKinds().contains(
        QStringLiteral("AttentionModel"))); // under QAbstractItemModelTester throughout
}
