// 4.2 客户档案, 7.6.1: a client's file gathers every case of the client and every step on them
// (notice, merge, handoff, on-site visit, repeat contact, feedback, closing, return visit,
// complaint) into one list in time order, staff by name; on A4 it reads back with pdftotext.
#include "reports/ClientFile.h"

#include "common/Clock.h"
#include "common/Language.h"
#include "domain/WorkCalendar.h"
#include "reports/ClientFileOutput.h"
#include "storage/UserStore.h"
#include "support/ClockOverride.h"
#include "support/PdfReading.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/AgencyArchive.h"
#include "workflow/CaseActions.h"
#include "workflow/CaseMerge.h"
#include "workflow/ClientArchive.h"
#include "workflow/Complaints.h"
#include "workflow/Handoff.h"
#include "workflow/OneTimeNotice.h"
#include "workflow/Registration.h"
#include "workflow/RepeatContact.h"
#include "workflow/ReturnVisits.h"
#include "workflow/ServiceFeedback.h"
#include "workflow/VisitRecording.h"

#include <QImage>

namespace {
const Actor kClerk = Actor::user(QStringLiteral("zhangli"), Role::Clerk, QStringLiteral("张丽"));
const Actor kField = Actor::user(QStringLiteral("wangqiang"), Role::FieldStaff, QStringLiteral("王强"));
const Actor kSupervisor = Actor::user(QStringLiteral("liming"), Role::Supervisor, QStringLiteral("黎明"));
const QString kUscc = QStringLiteral("91450200198229141F");

// Monday 23 November 2026, 10:00 in China, plus `minutes`.
QDateTime at(int minutes)
{
    return QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC).addSecs(60 * minutes);
}

void addAccount(TestDatabase& t, const Actor& a)
{
    UserAccount u;
    u.id = QStringLiteral("u-") + a.login;
    u.login = a.login;
    u.name = a.name;
    u.role = a.role;
    u.passwordChangedAt = u.createdAt = Clock::nowUtc();
    REQUIRE(UserStore::insert(*t.db, u, QStringLiteral("x")).ok());
}

// One client with three cases and everything that happens to them, a few minutes apart.
struct ClientFileFixture
{
    ClockOverride clock { at(0) };
    TestDatabase t;
    WorkCalendar calendar = WorkCalendar::load().value();
    QString clientId;
    QString first, duplicate, answered;

    QString registerCase(const QString& summary, const QString& answer = {})
    {
        NewCase c { clientId, QStringLiteral("window"), QStringLiteral("5.10.1"), summary, answer, {} };
        c.outcome = answer.isEmpty() ? Outcome::FollowUp : Outcome::AnswerAndClose;
        auto r = Registration(*t.db, t.catalog).registerCase(c, kClerk);
        REQUIRE(r.ok());
        return r->number;
    }

    ClientFileFixture()
    {
        for (const Actor& a : { kClerk, kField, kSupervisor })
            addAccount(t, a);
        NewClient client { QStringLiteral("柳州螺霸王食品有限公司"),
            kUscc,
            QStringLiteral("韦小红"),
            QStringLiteral("0772-2881234"),
            QStringLiteral("柳州市柳南区航岭路 12 号") };
        auto added = ClientArchive(*t.db).add(client, kClerk);
        REQUIRE(added.ok());
        clientId = added->client.id;
        t.addClient(QStringLiteral("另一家公司")); // whose file this is not

        first = registerCase(QStringLiteral("食品生产许可变更咨询"));
        clock.set(at(5));
        NewNotice notice;
        notice.caseNumber = first;
        REQUIRE(OneTimeNotice(*t.db, t.catalog, calendar).issue(notice, kClerk).ok());
        clock.set(at(10));
        duplicate = registerCase(QStringLiteral("食品生产许可变更，再次来问"));
        clock.set(at(15));
        REQUIRE(CaseMerge(*t.db).merge(first, duplicate, kSupervisor).ok());
        clock.set(at(20));
        NewAgency agency;
        agency.name = QStringLiteral("柳州市食品检验所");
        agency.items = { QStringLiteral("5.10.1") };
        auto a = AgencyArchive(*t.db, t.catalog).add(agency, testActor(QStringLiteral("admin")));
        REQUIRE(a.ok());
        REQUIRE(Handoff(*t.db, t.catalog, calendar)
                    .handOff({ first, a->id, 0, {}, QStringLiteral("该所熟悉本企业") }, kClerk)
                    .ok());
        clock.set(at(30));
        const QString signature = t.dir.filePath(QStringLiteral("sig.png"));
        QImage image(300, 90, QImage::Format_RGB32);
        image.fill(Qt::white);
        REQUIRE(image.save(signature));
        NewVisit visit;
        visit.caseNumber = first;
        visit.place = QStringLiteral("企业生产车间");
        visit.summary = QStringLiteral("现场查看生产场所");
        visit.signerName = QStringLiteral("韦小红");
        visit.signatureFile = signature;
        REQUIRE(VisitRecording(*t.db).record(visit, kField).ok());
        clock.set(at(40));
        REQUIRE(
            RepeatContact(*t.db).record(first, QStringLiteral("phone"), QStringLiteral("来电询问进度"), kClerk).ok());
        clock.set(at(50));
        REQUIRE(ServiceFeedback(*t.db)
                    .give(first, QStringLiteral("phone"), QStringLiteral("已电话告知办理结果"), kClerk)
                    .ok());
        clock.set(at(60));
        REQUIRE(CaseActions(*t.db).close(first, QStringLiteral("许可变更已办妥"), kClerk).ok());
        clock.set(at(70));
        answered = registerCase(QStringLiteral("标签标注要求"), QStringLiteral("按 GB 7718 标注"));
        clock.set(at(24 * 60));
        NewReturnVisit rv;
        rv.caseNumber = first;
        rv.method = QStringLiteral("phone");
        rv.contact = QStringLiteral("韦小红");
        rv.clientSaid = QStringLiteral("问题已解决");
        rv.matching = 5;
        rv.level = 4;
        rv.attitude = 5;
        REQUIRE(ReturnVisits(*t.db, calendar).record(rv, kClerk).ok());
        clock.set(at(24 * 60 + 30));
        NewComplaint k;
        k.channel = QStringLiteral("phone");
        k.summary = QStringLiteral("交接后等待时间较长");
        k.caseNumber = first;
        auto complaint = Complaints(*t.db, calendar).registerComplaint(k, kClerk);
        REQUIRE(complaint.ok());
        clock.set(at(24 * 60 + 60));
        REQUIRE(Complaints(*t.db, calendar)
                    .advance(complaint->number, { QStringLiteral("acknowledged"), {}, {}, {}, {} }, kSupervisor)
                    .ok());
        clock.set(at(2 * 24 * 60)); // the file is read and printed the day after
    }
};

// Where each of `kinds` (each on its case) is found in the file, in that order; -1 where missing.
QList<int> positions(const QList<ClientFileEntry>& entries, const QList<QPair<QString, QString>>& kinds)
{
    QList<int> found;
    int from = 0;
    for (const auto& [kind, number] : kinds) {
        int i = from;
        while (i < entries.size() && !(entries.at(i).kind == kind && entries.at(i).caseNumber == number))
            ++i;
        found << (i < entries.size() ? i : -1);
        from = i < entries.size() ? i + 1 : from;
    }
    return found;
}
} // namespace

TEST_CASE("a client's file lists every case and every step on it, oldest first, staff by name", "[client-file]")
{
    Language::install(Language::defaultCode());
    ClientFileFixture f;
    auto file = ClientFile::collect(*f.t.db, f.t.catalog, f.clientId);
    REQUIRE(file.ok());
    CHECK(file->client.name == QStringLiteral("柳州螺霸王食品有限公司"));
    REQUIRE(file->cases.size() == 3);
    CHECK(file->cases.at(0).number == f.first);
    CHECK(file->cases.at(0).status == CaseStatus::Closed);
    CHECK(file->cases.at(1).mergedInto == f.first);
    CHECK(file->cases.at(2).status == CaseStatus::Closed);

    const QList<ClientFileEntry>& e = file->entries;
    for (int i = 1; i < e.size(); ++i)
        CHECK(e.at(i - 1).at <= e.at(i).at);
    const QList<QPair<QString, QString>> expected = {
        { QStringLiteral("registered"), f.first },
        { QStringLiteral("noticed"), f.first },
        { QStringLiteral("registered"), f.duplicate },
        { QStringLiteral("merged_into"), f.duplicate },
        { QStringLiteral("merged_from"), f.first },
        { QStringLiteral("handed_off"), f.first },
        { QStringLiteral("visit"), f.first },
        { QStringLiteral("repeat_contact"), f.first },
        { QStringLiteral("feedback"), f.first },
        { QStringLiteral("closed"), f.first },
        { QStringLiteral("registered"), f.answered },
        { QStringLiteral("answered"), f.answered },
        { QStringLiteral("return_visit"), f.first },
        { QStringLiteral("complaint_received"), f.first },
        { QStringLiteral("complaint_acknowledged"), f.first },
    };
    const QList<int> found = positions(e, expected);
    for (int i = 0; i < expected.size(); ++i) {
        INFO(expected.at(i).first.toStdString() << " on " << expected.at(i).second.toStdString());
        CHECK(found.at(i) >= 0);
    }
    // The return visit once, from its own record: its ratings in words.
    const auto returnVisits = std::count_if(
        e.begin(), e.end(), [](const ClientFileEntry& x) { return x.kind == QLatin1String("return_visit"); });
    CHECK(returnVisits == 1);

    QStringList staff;
    for (const ClientFileEntry& x : e) {
        INFO(x.kind.toStdString() << ": " << x.kindLabel.local.toStdString() << " / " << x.summary.toStdString());
        CHECK_FALSE(x.kindLabel.local.isEmpty());
        CHECK(x.kindLabel.local != x.kind); // words, never the stored key
        CHECK_FALSE(x.summary.contains(QLatin1Char('\n')));
        staff << x.staff;
    }
    CHECK(staff.contains(QStringLiteral("张丽")));
    CHECK(staff.contains(QStringLiteral("王强")));
    CHECK(staff.contains(QStringLiteral("黎明")));
    for (const QString& login : { QStringLiteral("zhangli"), QStringLiteral("wangqiang"), QStringLiteral("liming") })
        CHECK_FALSE(staff.contains(login));
    CHECK(e.at(found.at(0)).kindLabel.local == QStringLiteral("已登记"));
    CHECK(e.at(found.at(0)).summary.contains(QStringLiteral("食品生产许可变更咨询")));
    const ClientFileEntry& rv = e.at(found.at(12));
    CHECK(rv.summary.contains(QStringLiteral("问题已解决")));
    CHECK(rv.summary.contains(QStringLiteral("非常满意")));
    CHECK(e.at(found.at(13)).summary.contains(QStringLiteral("交接后等待时间较长")));

    const auto counts = ClientFile::statusCounts(file->cases);
    REQUIRE(counts.size() == 2);
    CHECK(counts.at(0).status.local == QStringLiteral("已办结"));
    CHECK(counts.at(0).cases == 2);
    CHECK(counts.at(0).key == QStringLiteral("closed"));
    CHECK(counts.at(1).key == QStringLiteral("merged"));
    CHECK(counts.at(1).cases == 1); // merged, counted apart from the closed ones
}

TEST_CASE("a case closed on the answer it had already says that answer on its closing line", "[client-file]")
{
    TestDatabase t;
    const QString client = t.addClient(QStringLiteral("柳州两面针股份有限公司"));
    NewCase input { client,
        QStringLiteral("phone"),
        QStringLiteral("5.2.2"),
        QStringLiteral("牙膏标准查询"),
        QStringLiteral("现行标准为 GB/T 8372-2017"),
        {} };
    input.outcome = Outcome::FollowUp; // the answer is an interim reply, the case stays open
    auto c = Registration(*t.db, t.catalog).registerCase(input, kClerk);
    REQUIRE(c.ok());
    REQUIRE(CaseActions(*t.db).close(c->number, {}, kClerk).ok());
    auto file = ClientFile::collect(*t.db, t.catalog, client);
    REQUIRE(file.ok());
    REQUIRE(file->entries.size() == 3);
    CHECK(file->entries.at(1).kind == QStringLiteral("interim_answer"));
    CHECK(file->entries.at(2).kind == QStringLiteral("closed"));
    CHECK(file->entries.at(2).summary == QStringLiteral("现行标准为 GB/T 8372-2017"));
}

TEST_CASE("a client's file is found by its id or credit code; another is not found", "[client-file]")
{
    ClientFileFixture f;
    auto byUscc = ClientFile::collect(*f.t.db, f.t.catalog, kUscc.toLower());
    REQUIRE(byUscc.ok());
    CHECK(byUscc->client.id == f.clientId);
    CHECK(byUscc->entries.size() == ClientFile::collect(*f.t.db, f.t.catalog, f.clientId)->entries.size());
    auto missing = ClientFile::collect(*f.t.db, f.t.catalog, QStringLiteral("91450200MA5KXXXX0X"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.local.contains(QStringLiteral("91450200MA5KXXXX0X")));
    CHECK(ClientFile::collect(*f.t.db, f.t.catalog, QStringLiteral("  ")).error().code == ErrorCode::BadInput);
}

TEST_CASE("the client file prints on A4: particulars, cases by status, the steps, page numbers", "[client-file][pdf]")
{
    Language::install(Language::defaultCode());
    ClientFileFixture f;
    auto file = ClientFile::collect(*f.t.db, f.t.catalog, f.clientId);
    REQUIRE(file.ok());
    const QString pdf = f.t.dir.filePath(QStringLiteral("client.pdf"));
    auto pages = ClientFileOutput::writePdf(*file, QStringLiteral("柳南区"), QStringLiteral("张丽"), pdf);
    REQUIRE(pages.ok());
    const QString raw = PdfReading::run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    const QString text = PdfReading::flat(
        PdfReading::run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }));
    INFO(text.toStdString());
    QStringList missing;
    for (const QString& phrase : { QStringLiteral("客户档案"),
             QStringLiteral("柳州螺霸王食品有限公司"),
             QStringLiteral("统一社会信用代码"),
             kUscc,
             QStringLiteral("韦小红"),
             QStringLiteral("0772-2881234"),
             QStringLiteral("航岭路"),
             QStringLiteral("已办结"),
             QStringLiteral("LZ-LN-GZ-2026-0001"), // the notice
             QStringLiteral("柳州市食品检验所"), // the handoff
             QStringLiteral("上门服务"),
             QStringLiteral("收到投诉"),
             QStringLiteral("回访"),
             QStringLiteral("非常满意"),
             QStringLiteral("交接后等待时间较长"),
             QStringLiteral("2026年11月23日"),
             QStringLiteral("2026年11月25日"), // printed on
             QStringLiteral("张丽"),
             QStringLiteral("王强"),
             QStringLiteral("黎明"),
             f.first,
             f.duplicate,
             f.answered })
        if (!text.contains(phrase))
            missing << phrase;
    CHECK(missing.join(QLatin1Char(' ')) == QString());
    CHECK(raw.contains(QStringLiteral("第 1 页 共 %1 页").arg(*pages)));
    for (const QString& login : { QStringLiteral("zhangli"), QStringLiteral("wangqiang"), QStringLiteral("liming") })
        CHECK_FALSE(text.contains(login));
    CHECK_FALSE(text.contains(QStringLiteral("return_visit")));
    CHECK_FALSE(text.contains(QStringLiteral("7.6.1")));
    // The steps in time order on paper too: the notice, the handoff, the complaint.
    const qsizetype notice = text.indexOf(QStringLiteral("LZ-LN-GZ-2026-0001"));
    const qsizetype handoff = text.indexOf(QStringLiteral("柳州市食品检验所"));
    const qsizetype complaint = text.indexOf(QStringLiteral("TS-LN-20261124-0001"));
    CHECK(notice >= 0);
    CHECK(notice < handoff);
    CHECK(handoff < complaint);
}
