// Issue 6: every command in core checks the actor's role, whatever the GUI shows. One row per
// command, one column per role; the expected table is written out here again, so a slip in
// security/Permissions.cpp shows. A refused command says who may do it and changes nothing.
#include "security/Permissions.h"

#include "domain/WorkCalendar.h"
#include "security/UserAccounts.h"
#include "storage/OutboxStore.h"
#include "storage/Sql.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/AgencyArchive.h"
#include "workflow/AgencyImport.h"
#include "workflow/CaseActions.h"
#include "workflow/CaseArchive.h"
#include "workflow/ClientArchive.h"
#include "workflow/Complaints.h"
#include "workflow/Dispatch.h"
#include "workflow/Handoff.h"
#include "workflow/HandoffProgress.h"
#include "workflow/Improvement.h"
#include "workflow/InstructionRequests.h"
#include "workflow/OneTimeNotice.h"
#include "workflow/Registration.h"
#include "workflow/ReturnVisits.h"
#include "workflow/ServiceFeedback.h"
#include "workflow/StationSettings.h"
#include "workflow/VisitRecording.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <functional>

namespace {
const Actor kAdmin = testActor(QStringLiteral("admin"), Role::StationAdmin);

struct Fixture
{
    TestDatabase t;
    WorkCalendar calendar = WorkCalendar::load().value();
    QString caseNumber;
    QString agencyId;
    QString complaintNumber;

    explicit Fixture(StationLevel level = StationLevel::County)
        : t(level == StationLevel::City ? QStringLiteral("LZ") : QStringLiteral("LN"), level)
    {
        const QString client = t.addClient(QStringLiteral("柳州五菱汽车工业有限公司"));
        auto c = Registration(*t.db, t.catalog)
                     .registerCase({ client,
                                       QStringLiteral("window"),
                                       QStringLiteral("5.1.2"),
                                       QStringLiteral("计量器具检定咨询"),
                                       {},
                                       {} },
                         kAdmin);
        REQUIRE(c.ok());
        caseNumber = c->number;
    }
    QString complaint()
    {
        NewComplaint n;
        n.channel = QStringLiteral("phone");
        n.summary = QStringLiteral("电话无人接听");
        auto k = Complaints(*t.db, calendar).registerComplaint(n, kAdmin);
        REQUIRE(k.ok());
        return k->number;
    }
    QString agency()
    {
        NewAgency a;
        a.name = QStringLiteral("柳州市计量检定所");
        a.items = { QStringLiteral("5.1.2") };
        auto added = AgencyArchive(*t.db, t.catalog).add(a, kAdmin);
        REQUIRE(added.ok());
        return added->id;
    }
};

QByteArray signaturePng()
{
    QImage image(200, 80, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).drawLine(10, 40, 190, 40);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

using Run = std::function<Status(Fixture&, const Actor&)>;

template<typename T>
Status statusOf(const Result<T>& r)
{
    if (r)
        return success();
    return r.error();
}

struct Row
{
    const char* command;
    const char* roles; // who may: C clerk, F field, S supervisor, A station admin, X city admin
    std::function<void(Fixture&)> prepare;
    Run run;
    StationLevel level = StationLevel::County;
};

const QList<Row>& rows()
{
    static const QList<Row> list = {
        { "case register",
            "CFSAX",
            {},
            [](Fixture& f, const Actor& a) {
                const QString client = f.t.addClient(QStringLiteral("广西柳州钢铁集团有限公司"));
                return statusOf(Registration(*f.t.db, f.t.catalog)
                                    .registerCase({ client,
                                                      QStringLiteral("phone"),
                                                      QStringLiteral("5.2.2"),
                                                      QStringLiteral("标准查询"),
                                                      {},
                                                      {} },
                                        a));
            } },
        { "client add",
            "CFSAX",
            {},
            [](Fixture& f, const Actor& a) {
                return statusOf(
                    ClientArchive(*f.t.db).add({ QStringLiteral("柳州市新客户有限公司"), {}, {}, {}, {} }, a));
            } },
        { "visit add",
            "CFSAX",
            {},
            [](Fixture& f, const Actor& a) {
                NewVisit v;
                v.caseNumber = f.caseNumber;
                v.place = QStringLiteral("柳州市柳南区航鹰大道");
                v.summary = QStringLiteral("现场查看计量器具");
                v.signerName = QStringLiteral("韦经理");
                v.signaturePng = signaturePng();
                return statusOf(VisitRecording(*f.t.db).record(v, a));
            } },
        { "notice issue",
            "CSAX",
            {},
            [](Fixture& f, const Actor& a) {
                NewNotice n;
                n.caseNumber = f.caseNumber;
                return statusOf(OneTimeNotice(*f.t.db, f.t.catalog, f.calendar).issue(n, a));
            } },
        { "case handoff",
            "CSAX",
            [](Fixture& f) { f.agencyId = f.agency(); },
            [](Fixture& f, const Actor& a) {
                HandoffRequest r { f.caseNumber, f.agencyId, 0, {}, QStringLiteral("测试") };
                return statusOf(Handoff(*f.t.db, f.t.catalog, f.calendar).handOff(r, a));
            } },
        { "case progress --followup",
            "CFSAX",
            {},
            [](Fixture& f, const Actor& a) {
                return statusOf(HandoffProgress(*f.t.db).followUp(f.caseNumber, QStringLiteral("电话回访"), a));
            } },
        { "case escalate",
            "CSAX",
            {},
            [](Fixture& f, const Actor& a) {
                return statusOf(CaseActions(*f.t.db).escalate(f.caseNumber, QStringLiteral("需市级协调"), a));
            } },
        { "case instruct",
            "CFSAX",
            {},
            [](Fixture& f, const Actor& a) {
                return statusOf(InstructionRequests(*f.t.db).ask(
                    f.caseNumber, QStringLiteral("如何处理？"), QStringLiteral("科长"), a));
            } },
        { "case instructed",
            "SAX",
            [](Fixture& f) {
                REQUIRE(InstructionRequests(*f.t.db)
                            .ask(f.caseNumber, QStringLiteral("如何处理？"), QStringLiteral("科长"), kAdmin)
                            .ok());
            },
            [](Fixture& f, const Actor& a) {
                return statusOf(InstructionRequests(*f.t.db).answer(f.caseNumber, QStringLiteral("按规定办理"), a));
            } },
        { "case close",
            "CSAX",
            {},
            [](Fixture& f, const Actor& a) {
                return statusOf(CaseActions(*f.t.db).close(f.caseNumber, QStringLiteral("已答复"), a));
            } },
        { "case reopen",
            "SAX",
            [](Fixture& f) {
                REQUIRE(CaseActions(*f.t.db).close(f.caseNumber, QStringLiteral("已答复"), kAdmin).ok());
            },
            [](Fixture& f, const Actor& a) {
                return statusOf(CaseActions(*f.t.db).reopen(f.caseNumber, QStringLiteral("客户不满意"), a));
            } },
        { "case dispatch",
            "SAX",
            {},
            [](Fixture& f, const Actor& a) {
                return statusOf(Dispatch(*f.t.db).dispatchCase(f.caseNumber, QStringLiteral("LB"), a));
            },
            StationLevel::City },
        { "resolve a sync problem",
            "SAX",
            [](Fixture& f) {
                REQUIRE(Sql::run(f.t.db->sql(), QStringLiteral("UPDATE outbox SET state = 'conflict'")).ok());
            },
            [](Fixture& f, const Actor& a) {
                auto seq = Sql::one(*f.t.db, QStringLiteral("SELECT min(seq) FROM outbox"));
                return OutboxStore::resolve(*f.t.db, (**seq).at(0).toLongLong(), a);
            } },
        { "agency add",
            "AX",
            {},
            [](Fixture& f, const Actor& a) {
                NewAgency n;
                n.name = QStringLiteral("广西壮族自治区特种设备检验研究院柳州分院");
                n.items = { QStringLiteral("5.1.2") };
                return statusOf(AgencyArchive(*f.t.db, f.t.catalog).add(n, a));
            } },
        { "agency import",
            "AX",
            {},
            [](Fixture& f, const Actor& a) {
                const QByteArray csv = "名称,服务事项\n柳州市质量检验中心,5.1.2\n";
                return statusOf(AgencyImport(*f.t.db, f.t.catalog).importBytes(csv, a));
            } },
        { "user add",
            "AX",
            {},
            [](Fixture& f, const Actor& a) {
                return statusOf(UserAccounts(*f.t.db).add({ QStringLiteral("newclerk"),
                                                              QStringLiteral("新窗口"),
                                                              Role::Clerk,
                                                              QStringLiteral("counter-2026") },
                    a));
            } },
        { "archive",
            "AX",
            {},
            [](Fixture& f, const Actor& a) {
                return statusOf(
                    CaseArchive(*f.t.db).archive(f.t.dir.filePath(QStringLiteral("archive.db")), QDate(2023, 1, 1), a));
            } },
        { "station settings",
            "AX",
            {},
            [](Fixture& f, const Actor& a) { return StationSettings::save(*f.t.db, StationSettingsValues {}, a); } },
        { "user list", "AX", {}, [](Fixture& f, const Actor& a) { return statusOf(UserAccounts(*f.t.db).list(a)); } },
        { "feedback add",
            "CFSAX",
            {},
            [](Fixture& f, const Actor& a) {
                return statusOf(ServiceFeedback(*f.t.db).give(
                    f.caseNumber, QStringLiteral("sms"), QStringLiteral("服务已结束"), a));
            } },
        { "returnvisit add",
            "CFSAX",
            {},
            [](Fixture& f, const Actor& a) {
                NewReturnVisit v;
                v.caseNumber = f.caseNumber;
                v.method = QStringLiteral("phone");
                v.clientSaid = QStringLiteral("满意");
                v.matching = v.level = v.attitude = 5;
                return statusOf(ReturnVisits(*f.t.db, f.calendar).record(v, a));
            } },
        { "returnvisit plan",
            "SAX",
            {},
            [](Fixture& f, const Actor& a) {
                return ReturnVisits::setPlan(*f.t.db, { 30, true, 5 }, a);
            } },
        { "complaint add",
            "CFSAX",
            {},
            [](Fixture& f, const Actor& a) {
                NewComplaint n;
                n.channel = QStringLiteral("letter");
                n.summary = QStringLiteral("办理超时");
                return statusOf(Complaints(*f.t.db, f.calendar).registerComplaint(n, a));
            } },
        { "complaint advance",
            "CSAX",
            [](Fixture& f) { f.complaintNumber = f.complaint(); },
            [](Fixture& f, const Actor& a) {
                return statusOf(Complaints(*f.t.db, f.calendar)
                                    .advance(f.complaintNumber, { QStringLiteral("acknowledged"), {}, {}, {}, {} }, a));
            } },
        { "complaint assessed as not valid",
            "SAX",
            [](Fixture& f) {
                f.complaintNumber = f.complaint();
                REQUIRE(Complaints(*f.t.db, f.calendar)
                            .advance(f.complaintNumber, { QStringLiteral("acknowledged"), {}, {}, {}, {} }, kAdmin)
                            .ok());
            },
            [](Fixture& f, const Actor& a) {
                return statusOf(Complaints(*f.t.db, f.calendar)
                                    .advance(f.complaintNumber,
                                        { QStringLiteral("assessed"), QStringLiteral("不属实"), false, {}, {} },
                                        a));
            } },
        { "evaluation add",
            "SAX",
            {},
            [](Fixture& f, const Actor& a) {
                return statusOf(Improvement(*f.t.db).addEvaluation({ QStringLiteral("self"),
                                                                       QDate(2026, 1, 1),
                                                                       QDate(2026, 6, 30),
                                                                       QStringLiteral("柳南区站"),
                                                                       QStringLiteral("总体良好"),
                                                                       -1,
                                                                       {} },
                    a));
            } },
        { "improvement plan add",
            "SAX",
            {},
            [](Fixture& f, const Actor& a) {
                return statusOf(Improvement(*f.t.db).addPlan({ QStringLiteral("等待时间长"),
                                                                 QStringLiteral("增设窗口"),
                                                                 QStringLiteral("黎明"),
                                                                 QDate(2026, 12, 31),
                                                                 {},
                                                                 {} },
                    a));
            } },
    };
    return list;
}

struct Snapshot
{
    qint64 cases, events, outbox, audit, clients, agencies, users, visits, notices, handoffs;
    qint64 feedback, returnVisits, complaintEvents, evaluations, plans;
    bool operator==(const Snapshot& o) const
    {
        return cases == o.cases && events == o.events && outbox == o.outbox && audit == o.audit && clients == o.clients
            && agencies == o.agencies && users == o.users && visits == o.visits && notices == o.notices
            && handoffs == o.handoffs && feedback == o.feedback && returnVisits == o.returnVisits
            && complaintEvents == o.complaintEvents && evaluations == o.evaluations && plans == o.plans;
    }
};

Snapshot snapshot(const TestDatabase& t)
{
    return { t.count(QStringLiteral("cases")),
        t.count(QStringLiteral("case_events")),
        t.count(QStringLiteral("outbox WHERE resolved_at IS NULL")),
        t.count(QStringLiteral("audit_log")),
        t.count(QStringLiteral("clients")),
        t.count(QStringLiteral("agencies")),
        t.count(QStringLiteral("users")),
        t.count(QStringLiteral("visits")),
        t.count(QStringLiteral("notices")),
        t.count(QStringLiteral("handoffs")),
        t.count(QStringLiteral("feedback")),
        t.count(QStringLiteral("return_visits")),
        t.count(QStringLiteral("complaint_events")),
        t.count(QStringLiteral("evaluations")),
        t.count(QStringLiteral("improvement_plans")) };
}

const QList<QPair<char, Role>> kRoles = { { 'C', Role::Clerk },
    { 'F', Role::FieldStaff },
    { 'S', Role::Supervisor },
    { 'A', Role::StationAdmin },
    { 'X', Role::CityAdmin } };
} // namespace

TEST_CASE("every command checks the role in core: roles x commands", "[permissions]")
{
    for (const Row& row : rows()) {
        for (const auto& [letter, role] : kRoles) {
            const bool expected = QByteArray(row.roles).contains(letter);
            DYNAMIC_SECTION(row.command << " as " << Roles::key(role).toStdString())
            {
                Fixture f(row.level);
                if (row.prepare)
                    row.prepare(f);
                const Snapshot before = snapshot(f.t);
                const Actor actor = testActor(QStringLiteral("u_%1").arg(Roles::key(role)), role);
                const Status s = row.run(f, actor);
                const bool refusedForRole = !s && s.error().code == ErrorCode::NotAllowed
                    && s.error().message.english.contains(QLatin1String("may not"));
                if (expected) {
                    INFO((s ? std::string("ok") : s.error().message.english.toStdString()));
                    CHECK(s.ok());
                } else {
                    CHECK(refusedForRole);
                    CHECK(snapshot(f.t) == before);
                    if (!s) {
                        CHECK_THAT(s.error().message.english.toStdString(),
                            Catch::Contains(Roles::label(role).english.toStdString()));
                        CHECK_THAT(s.error().message.english.toStdString(), Catch::Contains("Nothing was changed"));
                    }
                }
            }
        }
    }
}

TEST_CASE("the expected table and Permissions agree for every permission and role", "[permissions]")
{
    // Administrators may do everything; the others never manage users, agencies, catalog, settings,
    // backups or archives.
    for (Permission p : Permissions::all()) {
        CHECK(Permissions::allowed(Role::StationAdmin, p));
        CHECK(Permissions::allowed(Role::CityAdmin, p));
    }
    for (Permission p : { Permission::ManageUsers,
             Permission::ManageAgencies,
             Permission::ManageCatalog,
             Permission::ManageSettings,
             Permission::BackupRestore,
             Permission::ArchivePurge })
        for (Role r : { Role::Clerk, Role::FieldStaff, Role::Supervisor })
            CHECK_FALSE(Permissions::allowed(r, p));
    CHECK(Permissions::allowed(Role::Supervisor, Permission::CloseComplaintAsInvalid));
    CHECK_FALSE(Permissions::allowed(Role::Clerk, Permission::CloseComplaintAsInvalid));
    CHECK_FALSE(Permissions::allowed(Role::Clerk, Permission::ViewAudit));
    CHECK(Permissions::allowed(Role::Supervisor, Permission::ViewAudit));
    CHECK_FALSE(Permissions::mayGrant(Role::StationAdmin, Role::CityAdmin));
    CHECK(Permissions::mayGrant(Role::CityAdmin, Role::CityAdmin));
    CHECK_FALSE(Permissions::mayGrant(Role::Supervisor, Role::Clerk));
}
