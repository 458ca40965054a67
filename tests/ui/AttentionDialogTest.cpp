// "Needs attention" (DESIGN.md §6): what the platform refused or found in conflict, with what to do,
// until a person marks it dealt with.
#include "AttentionDialog.h"

#include "ModelTesters.h"
#include "UiFixture.h"
#include "domain/CaseStatus.h"
#include "storage/OutboxStore.h"
#include "storage/QuarantineStore.h"
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

TEST_CASE("a record pulled but not saved here is listed with why, and a supervisor dismisses it", "[ui][sync]")
{
    UiFixture f;
    const QJsonObject change { { QStringLiteral("seq"), 42 },
        { QStringLiteral("entity"), QStringLiteral("case") },
        { QStringLiteral("record_id"), QStringLiteral("c-1") },
        { QStringLiteral("rev"), 2 },
        { QStringLiteral("payload"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("c-1") },
                { QStringLiteral("number"), QStringLiteral("LZ-LJ-20261125-0003") } } } };
    const Error why = Error::badInput(QStringLiteral("client_id"),
        UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "Its client is not at this station (held back, or never sent).")));
    REQUIRE(QuarantineStore::hold(*f.t.db, change, why).ok());
    AttentionDialog dialog(f.ctx->writer(), Actor::user(QStringLiteral("liming"), Role::Supervisor));
    dialog.show();
    auto* held = dialog.findChild<QTableView*>(QStringLiteral("heldTable"));
    REQUIRE(held);
    REQUIRE(UiFixture::waitFor([&] { return held->model()->rowCount() == 1; }));
    CHECK(held->model()->index(0, 1).data().toString().contains(QStringLiteral("LZ-LJ-20261125-0003")));
    CHECK(held->model()->index(0, 3).data().toString().contains(QStringLiteral("客户")));
    auto* dismiss = dialog.findChild<QPushButton*>(QStringLiteral("dismissHeldButton"));
    CHECK_FALSE(dismiss->isEnabled());
    held->selectRow(0);
    REQUIRE(dismiss->isEnabled());
    QTest::mouseClick(dismiss, Qt::LeftButton);
    REQUIRE(UiFixture::waitFor([&] { return held->model()->rowCount() == 0; }));
    CHECK(QuarantineStore::heldCount(*f.t.db).value() == 0);
    CHECK(f.t.count(QStringLiteral("audit_log WHERE action = 'sync.held_dismissed'")) == 1);
}
