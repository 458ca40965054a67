#include "demo/DemoCounterWork.h"

#include "common/Clock.h"
#include "domain/Catalog.h"
#include "storage/AgencyStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "validation/Uscc.h"
#include "workflow/AgencyArchive.h"
#include "workflow/AgencyMatching.h"
#include "workflow/Handoff.h"
#include "workflow/HandoffProgress.h"
#include "workflow/OneTimeNotice.h"

namespace {
struct DemoAgency
{
    const char* kind;
    const char* name;
    const char* body; // eight characters of the credit code after 91/12 and the division
    const char* contact;
    const char* phone;
    const char* items;
    const char* qualification;
    int validDays; // from today; negative: expired that long ago
};

// Liuzhou's usual partners of the platform, by the items they take (DESIGN.md §1).
const DemoAgency kAgencies[] = {
    { "agency", "柳州市计量技术测试研究所", "45793021", "覃建平", "0772-2821345", "5.1.1 5.1.2", "计量授权证书", 900 },
    { "agency",
        "广西壮族自治区柳州市产品质量检验所",
        "45793118",
        "莫文华",
        "0772-2836610",
        "5.4 5.3.1",
        "检验检测机构资质认定证书",
        700 },
    { "agency", "柳州市特种设备检验研究院", "45793206", "梁志刚", "0772-3152288", "5.6", "特种设备检验机构核准证", 12 },
    { "agency",
        "柳州市标准化研究中心",
        "45793354",
        "韦秀英",
        "0772-2807731",
        "5.2.1 5.2.2 5.2.3 5.2.4",
        "标准化服务机构备案证明",
        500 },
    { "expert_team",
        "柳州市质量管理专家服务团",
        "45793463",
        "蓝天明",
        "13907721234",
        "5.5 5.7.1",
        "专家聘任文件",
        365 },
    { "agency",
        "柳州市知识产权保护中心",
        "45793571",
        "黄丽娟",
        "0772-2668123",
        "5.8.1 5.8.2 5.8.3 5.7.2 5.7.3 5.7.4",
        "专利代理机构执业许可证",
        800 },
    { "agency", "柳州恒信认证咨询有限公司", "4579368X", "潘海燕", "18977201234", "5.3.2 5.3.3", "认证机构批准书", -20 },
    { "agency",
        "柳州市食品药品检验检测中心",
        "45793792",
        "罗志强",
        "0772-2813456",
        "5.10.1 5.10.2",
        "食品检验机构资质认定证书",
        600 },
};

QString creditCode(const char* kind, const char* body)
{
    const QString b = QString::fromLatin1(body);
    const QString first17 = QString::fromLatin1(qstrcmp(kind, "agency") == 0 ? "91" : "12") + QStringLiteral("450200")
        + b + Uscc::organisationCheckCharacter(b);
    return first17 + Uscc::checkCharacter(first17);
}

struct OpenCase
{
    QString number;
    QString item;
};

Result<QList<OpenCase>> recentOpenCases(Database& db, int limit)
{
    auto q = Sql::run(db.sql(),
        QStringLiteral("SELECT number, item_code FROM cases WHERE status = 'registered' "
                       "ORDER BY received_at DESC, number DESC LIMIT ?"),
        { limit });
    if (!q)
        return q.error();
    QList<OpenCase> cases;
    for (QSqlQuery r = std::move(q).value(); r.next();)
        cases << OpenCase { r.value(0).toString(), r.value(1).toString() };
    return cases;
}
} // namespace

Result<DemoCounterSummary> DemoCounterWork::add(
    Database& db, const Catalog& catalog, const WorkCalendar& calendar, bool withOutbox)
{
    auto before = Sql::one(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox"));
    if (!before)
        return before.error();
    const qint64 lastOp = (*before)->at(0).toLongLong();
    const Actor admin = Actor::user(QStringLiteral("admin"), Role::StationAdmin, QStringLiteral("韦建国"));
    const Actor clerk = Actor::user(QStringLiteral("zhangli"), Role::Clerk, QStringLiteral("张丽"));
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    DemoCounterSummary summary;

    AgencyArchive archive(db, catalog);
    QStringList agencyItems;
    for (const DemoAgency& d : kAgencies) {
        NewAgency a;
        a.kind = QString::fromLatin1(d.kind);
        a.name = QString::fromUtf8(d.name);
        a.uscc = creditCode(d.kind, d.body);
        a.contactName = QString::fromUtf8(d.contact);
        a.phone = QString::fromLatin1(d.phone);
        a.items = QString::fromLatin1(d.items).split(u' ');
        Qualification q;
        q.name = QString::fromUtf8(d.qualification);
        q.number = QStringLiteral("（桂）%1号").arg(QString::fromLatin1(d.body).left(6));
        q.issuer = QStringLiteral("广西壮族自治区市场监督管理局");
        q.validFrom = today.addYears(-3);
        q.validTo = today.addDays(d.validDays);
        a.qualifications << q;
        auto added = archive.add(a, admin);
        if (!added)
            return added.error();
        agencyItems << a.items;
        ++summary.agencies;
    }

    auto open = recentOpenCases(db, 60);
    if (!open)
        return open.error();
    OneTimeNotice notices(db, catalog, calendar);
    Handoff handoff(db, catalog, calendar);
    HandoffProgress progress(db);
    // 7.2.3 and 7.2.4: of the newest open cases, one in three gets a notice and one in three is
    // handed to the agency that serves its item; every other notice was handed over on paper,
    // every other handoff accepted.
    for (qsizetype i = 0; i < open->size(); ++i) {
        const OpenCase& c = open->at(i);
        if (i % 3 == 0) {
            NewNotice n;
            n.caseNumber = c.number;
            n.extraItems << QStringLiteral("法定代表人身份证复印件（加盖公章）");
            auto issued = notices.issue(n, clerk);
            if (!issued)
                return issued.error();
            if (summary.notices % 2 == 0)
                if (auto told = notices.recordDelivery(issued->number, QStringLiteral("paper"), clerk); !told)
                    return told.error();
            ++summary.notices;
        } else if (i % 3 == 1 && agencyItems.contains(c.item)) {
            auto agencies = AgencyStore::list(db); // their load changes with every handoff
            if (!agencies)
                return agencies.error();
            const QList<AgencyCandidate> ranked = AgencyMatching::rank(*agencies, c.item, today);
            HandoffRequest r { c.number, ranked.first().agency.id, 0, {}, {} };
            if (!ranked.first().offered) // its qualification ran out: the clerk says why it still goes there
                r.overrideReason = QStringLiteral("客户指定该机构，已告知其资质到期情况");
            auto handed = handoff.handOff(r, clerk);
            if (!handed)
                return handed.error();
            if (summary.handoffs % 2 == 0)
                if (auto accepted = progress.accepted(c.number, clerk); !accepted)
                    return accepted.error();
            ++summary.handoffs;
        }
    }
    if (!withOutbox)
        if (Status s = Sql::write(db, QStringLiteral("DELETE FROM outbox WHERE seq > ?"), { lastOp }); !s)
            return s.error();
    return summary;
}
