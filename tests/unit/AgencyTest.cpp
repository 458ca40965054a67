// 7.6.2 the agency archive, 7.2.4 matching and handoff with working-day deadlines.
#include "common/Clock.h"
#include "domain/WorkCalendar.h"
#include "search/CaseQuery.h"
#include "storage/AgencyStore.h"
#include "storage/CaseStore.h"
#include "storage/Sql.h"
#include "support/ClockOverride.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/AgencyArchive.h"
#include "workflow/AgencyMatching.h"
#include "workflow/CaseActions.h"
#include "workflow/Handoff.h"
#include "workflow/HandoffProgress.h"
#include "workflow/Registration.h"

namespace {
Qualification qualification(const QString& name, const QDate& from, const QDate& to, const QStringList& items = {})
{
    Qualification q;
    q.name = name;
    q.number = QStringLiteral("（桂）法计（2024）%1").arg(name.size());
    q.issuer = QStringLiteral("广西壮族自治区市场监督管理局");
    q.validFrom = from;
    q.validTo = to;
    q.items = items;
    return q;
}

struct AgencyFixture
{
    TestDatabase t;
    WorkCalendar calendar = WorkCalendar::load().value();
    QDate today = QDate(2026, 11, 23); // a Monday

    ClockOverride clock { QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC) };

    QString add(const QString& name, const QStringList& items, const QList<Qualification>& quals = {})
    {
        NewAgency a;
        a.name = name;
        a.items = items;
        a.qualifications = quals;
        auto added = AgencyArchive(*t.db, t.catalog).add(a, testActor(QStringLiteral("admin")));
        REQUIRE(added.ok());
        return added->id;
    }
    QString registerCase(const QString& item, const QString& answer = {})
    {
        const QString client = t.addClient(QStringLiteral("柳州某厂%1").arg(t.count(QStringLiteral("clients"))));
        auto c = Registration(*t.db, t.catalog)
                     .registerCase({ client, QStringLiteral("window"), item, QStringLiteral("送检咨询"), answer, {} },
                         testActor(QStringLiteral("clerk")));
        REQUIRE(c.ok());
        return c->number;
    }
    Result<CaseRecord> handOff(const HandoffRequest& r)
    {
        return Handoff(*t.db, t.catalog, calendar).handOff(r, testActor(QStringLiteral("clerk")));
    }
};
} // namespace

TEST_CASE("an agency is checked field by field and added with its scope and qualifications", "[agency]")
{
    AgencyFixture f;
    AgencyArchive archive(*f.t.db, f.t.catalog);
    NewAgency a;
    a.name = QStringLiteral("柳州市计量技术测试研究所");
    a.uscc = QStringLiteral("12450200498512345X");
    a.items = { QStringLiteral("5.1.2") };
    auto badUscc = archive.add(a, testActor(QStringLiteral("admin")));
    REQUIRE_FALSE(badUscc.ok());
    CHECK(badUscc.error().field == QStringLiteral("uscc"));
    a.uscc.clear();
    a.items = { QStringLiteral("5.1.2"), QStringLiteral("5.99") };
    auto badItem = archive.add(a, testActor(QStringLiteral("admin")));
    REQUIRE_FALSE(badItem.ok());
    CHECK(badItem.error().field == QStringLiteral("items"));
    CHECK(badItem.error().message.english.contains(QStringLiteral("5.99")));
    a.items = { QStringLiteral("5.1.2") };
    a.qualifications = { qualification(QStringLiteral("计量授权"), QDate(2026, 5, 1), QDate(2025, 5, 1)) };
    auto backwards = archive.add(a, testActor(QStringLiteral("admin")));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().field == QStringLiteral("qualification"));
    a.qualifications = { qualification(
        QStringLiteral("计量授权"), QDate(2024, 5, 1), QDate(2027, 5, 1), { QStringLiteral("5.4") }) };
    CHECK(archive.add(a, testActor(QStringLiteral("admin"))).error().field
        == QStringLiteral("qualification")); // 5.4 not in scope
    CHECK(f.t.count(QStringLiteral("agencies")) == 0);

    a.qualifications = { qualification(QStringLiteral("计量授权"), QDate(2024, 5, 1), QDate(2027, 5, 1)) };
    a.uscc = QStringLiteral("91450200198229141F");
    auto added = archive.add(a, testActor(QStringLiteral("admin")));
    REQUIRE(added.ok());
    auto stored = AgencyStore::byId(*f.t.db, added->id);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->items == QStringList { QStringLiteral("5.1.2") });
    REQUIRE((*stored)->qualifications.size() == 1);
    CHECK((*stored)->qualifications.first().validTo == QDate(2027, 5, 1));
    CHECK(
        archive.add(a, testActor(QStringLiteral("admin"))).error().field == QStringLiteral("uscc")); // already archived
}

TEST_CASE("qualifications warn 30 days before they expire, and expired ones do not count", "[agency]")
{
    const QDate today(2026, 11, 23);
    CHECK(qualification(QStringLiteral("a"), {}, QDate(2026, 12, 23)).stateOn(today)
        == Qualification::State::ExpiringSoon);
    CHECK(qualification(QStringLiteral("a"), {}, QDate(2026, 12, 24)).stateOn(today) == Qualification::State::Valid);
    CHECK(qualification(QStringLiteral("a"), {}, QDate(2026, 11, 22)).stateOn(today) == Qualification::State::Expired);
    CHECK(
        qualification(QStringLiteral("a"), QDate(2026, 12, 1), {}).stateOn(today) == Qualification::State::NotYetValid);
    Agency a;
    a.items = { QStringLiteral("5.1.2"), QStringLiteral("5.4") };
    a.qualifications = { qualification(QStringLiteral("a"), {}, QDate(2026, 11, 22)) };
    CHECK_FALSE(a.qualifiedFor(QStringLiteral("5.1.2"), today));
    CHECK(a.needingRenewal(today).size() == 1);
    a.qualifications << qualification(QStringLiteral("b"), {}, QDate(2027, 1, 1), { QStringLiteral("5.4") });
    CHECK(a.qualifiedFor(QStringLiteral("5.4"), today));
    CHECK_FALSE(a.qualifiedFor(QStringLiteral("5.1.2"), today));
}

TEST_CASE("candidates: qualified and in scope first, then by open load; the rest not offered, with why", "[agency]")
{
    AgencyFixture f;
    const QList<Qualification> valid { qualification(QStringLiteral("证"), QDate(2024, 1, 1), QDate(2028, 1, 1)) };
    const QString busy = f.add(QStringLiteral("甲机构"), { QStringLiteral("5.1.2") }, valid);
    const QString idle = f.add(QStringLiteral("乙机构"), { QStringLiteral("5.1.2") }, valid);
    const QString unqualified = f.add(QStringLiteral("丙机构"), { QStringLiteral("5.1.2") });
    const QString elsewhere = f.add(QStringLiteral("丁机构"), { QStringLiteral("5.4") }, valid);
    REQUIRE(f.handOff({ f.registerCase(QStringLiteral("5.1.2")), busy }).ok());
    auto ranked = AgencyMatching::rank(AgencyStore::list(*f.t.db).value(), QStringLiteral("5.1.2"), f.today);
    REQUIRE(ranked.size() == 4);
    CHECK(ranked.at(0).agency.id == idle);
    CHECK(ranked.at(1).agency.id == busy);
    CHECK(ranked.at(1).agency.openHandoffs == 1);
    CHECK(ranked.at(2).agency.id == unqualified);
    CHECK_FALSE(ranked.at(2).offered);
    CHECK(ranked.at(2).whyNotOffered.english.contains(QStringLiteral("qualification")));
    CHECK(ranked.at(3).agency.id == elsewhere);
    CHECK(ranked.at(3).whyNotOffered.english.contains(QStringLiteral("scope")));
}

TEST_CASE("a handoff is due in the item's working days; another limit or agency needs its reason", "[agency][handoff]")
{
    AgencyFixture f;
    const QList<Qualification> valid { qualification(QStringLiteral("证"), QDate(2024, 1, 1), QDate(2028, 1, 1)) };
    const QString good = f.add(QStringLiteral("甲机构"), { QStringLiteral("5.1.2") }, valid);
    const QString unqualified = f.add(QStringLiteral("丙机构"), { QStringLiteral("5.1.2") });
    const QString number = f.registerCase(QStringLiteral("5.1.2"));

    // 5.1.2's usual limit is 15 working days: from Monday 23 November, 14 December.
    const qint64 handoffs = f.t.count(QStringLiteral("handoffs"));
    auto noReason = f.handOff({ number, good, 20 });
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().field == QStringLiteral("reason"));
    auto noOverride = f.handOff({ number, unqualified });
    REQUIRE_FALSE(noOverride.ok());
    CHECK(noOverride.error().field == QStringLiteral("override"));
    CHECK(noOverride.error().message.english.contains(QStringLiteral("qualification")));
    CHECK(f.t.count(QStringLiteral("handoffs")) == handoffs);
    CHECK(CaseStore::byNumber(*f.t.db, number, false)->status == CaseStatus::Registered);

    auto done = f.handOff({ number, good });
    REQUIRE(done.ok());
    CHECK(done->status == CaseStatus::HandedOff);
    CHECK(done->events.last().kind == QStringLiteral("handed_off"));
    auto row = Sql::one(*f.t.db, QStringLiteral("SELECT due_days, due_date FROM handoffs ORDER BY seq DESC LIMIT 1"));
    REQUIRE(row.ok());
    CHECK((**row).at(0).toInt() == 15);
    CHECK((**row).at(1).toString() == QStringLiteral("2026-12-14"));
    CHECK(Sql::one(*f.t.db, QStringLiteral("SELECT due_date FROM cases WHERE number = ?"), { number })
              .value()
              ->at(0)
              .toString()
        == QStringLiteral("2026-12-14"));

    // Handed off already: a second handoff is refused by the state machine, changing nothing.
    auto again = f.handOff({ number, good });
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::NotAllowed);

    // With a recorded override and a shorter limit, across the 2026 National Day holiday.
    f.clock.set(QDateTime(QDate(2026, 9, 30), QTime(2, 0), Qt::UTC));
    const QString second = f.registerCase(QStringLiteral("5.1.2"));
    HandoffRequest r { second, unqualified, 3, QStringLiteral("企业急需"), QStringLiteral("唯一有该设备的机构") };
    REQUIRE(f.handOff(r).ok());
    auto overridden = Sql::one(*f.t.db,
        QStringLiteral("SELECT due_date, due_reason, override_reason FROM handoffs ORDER BY seq DESC LIMIT 1"));
    CHECK((**overridden).at(0).toString() == QStringLiteral("2026-10-10")); // 8, 9 and Saturday 10 October
    CHECK((**overridden).at(1).toString() == QStringLiteral("企业急需"));
    CHECK((**overridden).at(2).toString() == QStringLiteral("唯一有该设备的机构"));
}

TEST_CASE("handed-off cases past or near their deadline are found by dueBy, closed ones are not", "[agency][handoff]")
{
    AgencyFixture f;
    const QList<Qualification> valid { qualification(QStringLiteral("证"), QDate(2024, 1, 1), QDate(2028, 1, 1)) };
    const QString agency = f.add(QStringLiteral("甲机构"), { QStringLiteral("5.1.2") }, valid);
    const QString early = f.registerCase(QStringLiteral("5.1.2"));
    REQUIRE(f.handOff({ early, agency, 1, QStringLiteral("加急") }).ok()); // due Tuesday 24 November
    const QString later = f.registerCase(QStringLiteral("5.1.2"));
    REQUIRE(f.handOff({ later, agency }).ok()); // due 14 December
    const QString closed = f.registerCase(QStringLiteral("5.1.2"));
    REQUIRE(f.handOff({ closed, agency, 1, QStringLiteral("加急") }).ok());
    REQUIRE(CaseActions(*f.t.db).close(closed, QStringLiteral("已办结"), testActor(QStringLiteral("clerk"))).ok());

    CaseFilter overdue;
    overdue.dueBy = QDate(2026, 11, 30);
    auto found = CaseQuery::page(*f.t.db, overdue, 0, 10);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().number == early);
    CHECK(found->first().dueDate == QDate(2026, 11, 24));
    CHECK(CaseQuery::count(*f.t.db, overdue).value() == 1);
    overdue.dueBy = QDate(2026, 12, 31);
    CHECK(CaseQuery::count(*f.t.db, overdue).value() == 2);
}

TEST_CASE("after a handoff: client told, accepted, result, follow-ups; a decline frees the case", "[agency][handoff]")
{
    AgencyFixture f;
    const QList<Qualification> valid { qualification(QStringLiteral("证"), QDate(2024, 1, 1), QDate(2028, 1, 1)) };
    const QString agency = f.add(QStringLiteral("甲机构"), { QStringLiteral("5.1.2") }, valid);
    const QString other = f.add(QStringLiteral("乙机构"), { QStringLiteral("5.1.2") }, valid);
    const QString number = f.registerCase(QStringLiteral("5.1.2"));
    HandoffProgress progress(*f.t.db);
    CHECK(progress.accepted(number, testActor(QStringLiteral("clerk"))).error().code
        == ErrorCode::NotAllowed); // none yet
    REQUIRE(f.handOff({ number, agency }).ok());

    CHECK(progress.clientTold(number, QStringLiteral("fax"), testActor(QStringLiteral("clerk"))).error().field
        == QStringLiteral("delivered_how"));
    REQUIRE(progress.clientTold(number, QStringLiteral("phone"), testActor(QStringLiteral("clerk"))).ok());
    CHECK(progress.result(number, QStringLiteral("检定完成"), testActor(QStringLiteral("clerk"))).error().code
        == ErrorCode::NotAllowed);
    auto accepted = progress.accepted(number, testActor(QStringLiteral("clerk")));
    REQUIRE(accepted.ok());
    CHECK(accepted->status == CaseStatus::InService);
    REQUIRE(progress.followUp(number, QStringLiteral("机构已上门取件"), testActor(QStringLiteral("clerk"))).ok());
    auto done = progress.result(number, QStringLiteral("检定完成，出具证书"), testActor(QStringLiteral("clerk")));
    REQUIRE(done.ok());
    QStringList kinds;
    for (const CaseEvent& e : done->events)
        kinds << e.kind;
    CHECK(kinds.mid(kinds.indexOf(QStringLiteral("handed_off")))
        == QStringList { QStringLiteral("handed_off"),
            QStringLiteral("client_told"),
            QStringLiteral("handoff_accepted"),
            QStringLiteral("follow_up"),
            QStringLiteral("service_result") });
    auto row = Sql::one(*f.t.db, QStringLiteral("SELECT state, client_told, result FROM handoffs"));
    CHECK((**row).at(0).toString() == QStringLiteral("done"));
    CHECK((**row).at(1).toString() == QStringLiteral("phone"));
    CHECK(AgencyStore::byId(*f.t.db, agency).value()->doneHandoffs == 1);
    CHECK(Sql::one(*f.t.db, QStringLiteral("SELECT due_date FROM cases WHERE number = ?"), { number })
              .value()
              ->at(0)
              .isNull());

    // Declined: registered again, and handed to another agency.
    const QString second = f.registerCase(QStringLiteral("5.1.2"));
    REQUIRE(f.handOff({ second, agency }).ok());
    CHECK(progress.declined(second, QStringLiteral(" "), testActor(QStringLiteral("clerk"))).error().field
        == QStringLiteral("reason"));
    auto declined = progress.declined(second, QStringLiteral("设备检修中"), testActor(QStringLiteral("clerk")));
    REQUIRE(declined.ok());
    CHECK(declined->status == CaseStatus::Registered);
    REQUIRE(f.handOff({ second, other }).ok());
    CHECK(AgencyStore::byId(*f.t.db, other).value()->openHandoffs == 1);
    CHECK(AgencyStore::byId(*f.t.db, agency).value()->openHandoffs == 0);
}
