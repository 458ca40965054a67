// "Needs attention" (DESIGN.md §6): what the platform refused or found in conflict, with what to do,
// until a person marks it dealt with.
#include "AttentionDialog.h"

#include "ModelTesters.h"
#include "UiFixture.h"
#include "domain/CaseStatus.h"
#include "storage/CaseStore.h"
#include "storage/OutboxStore.h"
#include "storage/QuarantineStore.h"
#include "storage/Sql.h"
#include "support/QtCatch.h"
#include "workflow/Registration.h"

#include <QJsonDocument>
#include <QPushButton>
#include <QTableView>
#include <QTest>

TEST_CASE(
    "a conflict is listed with what happened and what to do, until a person chooses whose change stands", "[ui][sync]")
{
    UiFixture f;
    auto kase = Registration(*f.t.db, f.t.catalog)
                    .registerCase({ f.t.addClient(QStringLiteral("柳州冲突测试有限公司")),
                                      QStringLiteral("window"),
                                      QStringLiteral("5.4"),
                                      QStringLiteral("冲突选择"),
                                      {},
                                      {} },
                        testActor(QStringLiteral("c")));
    REQUIRE(kase.ok());
    OutboxOp op;
    op.entity = QStringLiteral("case");
    op.recordId = kase->id;
    op.kind = QStringLiteral("transition");
    op.payload = { { QStringLiteral("id"), op.recordId },
        { QStringLiteral("number"), kase->number },
        { QStringLiteral("from"), QStringLiteral("registered") },
        { QStringLiteral("to"), QStringLiteral("escalated") } };
    op.actor = QStringLiteral("王五");
    REQUIRE(OutboxStore::append(*f.t.db, op).ok());
    const QJsonObject answer { { QStringLiteral("status"), QStringLiteral("conflict") },
        { QStringLiteral("current"), QJsonObject { { QStringLiteral("status"), QStringLiteral("closed") } } } };
    REQUIRE(Sql::write(*f.t.db,
        QStringLiteral("UPDATE outbox SET state = 'conflict', result = ? WHERE record_id = ? AND kind = 'transition'"),
        { QString::fromUtf8(QJsonDocument(answer).toJson()), op.recordId })
                .ok());

    REQUIRE(OutboxStore::attentionCount(*f.t.db).value() == 1);
    AttentionDialog dialog(f.ctx->writer(), Actor::user(QStringLiteral("王五"), Role::Supervisor));
    dialog.show();
    auto* view = dialog.findChild<QTableView*>(QStringLiteral("attentionTable"));
    REQUIRE(UiFixture::waitFor([&] { return view->model()->rowCount() == 1; }));
    const auto text = [&](int column) { return view->model()->index(0, column).data().toString(); };
    CHECK(text(AttentionModel::Record) == kase->number);
    CHECK(text(AttentionModel::Change).contains(CaseStatuses::label(CaseStatus::Escalated).local));
    CHECK(text(AttentionModel::Reason).contains(CaseStatuses::label(CaseStatus::Closed).local));
    CHECK_FALSE(text(AttentionModel::WhatToDo).isEmpty());

    auto* resolve = dialog.findChild<QPushButton*>(QStringLiteral("resolveButton"));
    auto* keepPlatform = dialog.findChild<QPushButton*>(QStringLiteral("keepPlatformButton"));
    auto* keepMine = dialog.findChild<QPushButton*>(QStringLiteral("keepMineButton"));
    view->selectRow(0);
    // A conflict is settled by a choice between the two sides, not by "dealt with".
    CHECK_FALSE(resolve->isEnabled());
    CHECK(keepMine->isEnabled());
    REQUIRE(keepPlatform->isEnabled());
    QTest::mouseClick(keepPlatform, Qt::LeftButton);
    REQUIRE(UiFixture::waitFor([&] { return view->model()->rowCount() == 0; }));
    CHECK_FALSE(keepPlatform->isEnabled());
    CHECK(OutboxStore::attentionCount(*f.t.db).value() == 0);
    auto settled = CaseStore::byNumber(*f.t.db, kase->number, true);
    REQUIRE(settled.ok());
    CHECK(std::any_of(settled->events.begin(), settled->events.end(), [](const CaseEvent& e) {
        return e.kind == QLatin1String("conflict_settled");
    }));
    auto kept = Sql::one(*f.t.db,
        QStringLiteral("SELECT resolved_by FROM outbox WHERE record_id = ? AND kind = 'transition'"),
        { op.recordId });
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
