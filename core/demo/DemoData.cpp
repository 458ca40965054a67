#include "demo/DemoData.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/CaseNumber.h"
#include "domain/Channel.h"
#include "domain/WorkCalendar.h"
#include "search/SearchTokens.h"
#include "security/PasswordHash.h"
#include "security/UserAccounts.h"
#include "storage/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/Sql.h"
#include "storage/StationStore.h"
#include "storage/Transaction.h"
#include "storage/UserStore.h"
#include "sync/SyncPayload.h"
#include "validation/Uscc.h"

#include <QSet>
#include <random>

namespace {
// Chinese text pools, written out once; the generator only picks from them.
const QStringList kPlaces
    = QStringLiteral("柳州市 柳州 广西柳州 柳江区 鹿寨县 柳城县 融安县 融水 三江 广西").split(u' ');
const QString kBrandChars = QStringLiteral("华盛鑫源泰达宏兴隆瑞康佳恒通力远丰安金龙凯博创新正德诚信和美嘉豪顺汇联天");
const QStringList kTrades = QStringLiteral(
    "机械制造 汽车零部件 食品 电子科技 钢铁制品 建材 化工 医疗器械 电梯工程 螺蛳粉食品 纺织 物流 五金 环保科技 "
    "检测技术 包装材料 家具 农业科技 工程机械 新能源 塑料制品 商贸 酒店管理 餐饮管理")
                                .split(u' ');
const QStringList kSuffixes = QStringLiteral("有限公司 有限公司 有限公司 有限责任公司 股份有限公司 厂").split(u' ');
const QString kSurnames = QStringLiteral("李王张刘陈杨黄赵吴周覃韦蒙莫梁蓝潘廖罗谭");
const QString kGiven = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀华平刚桂英志红梅玲海燕");
// Liuzhou's administrative divisions, for characters 3–8 of generated codes.
const QStringList kDivisions
    = QStringLiteral("450202 450203 450204 450205 450206 450222 450223 450224 450225 450226").split(u' ');
const QStringList kClerks = QStringLiteral("韦小红 覃志强 莫丽华 梁海燕 蓝天明").split(u' ');

const QStringList kInstruments = QStringLiteral("电子秤 压力表 加油机 出租车计价器 血压计 水表 电能表 燃气表 卡尺 "
                                                "千分尺 温度计 砝码")
                                     .split(u' ');
const QStringList kStandards = QStringLiteral("GB/T 19001-2016|GB 7258-2017|GB 2760-2014|GB/T 2828.1-2012|"
                                              "GB 4706.1-2005|GB/T 1.1-2020")
                                   .split(u'|');
const QStringList kProducts = QStringLiteral("电线电缆 儿童玩具 汽车座椅 电动自行车 家用电器 螺蛳粉 钢筋 "
                                             "安全帽 燃气灶 插头插座")
                                  .split(u' ');

// Per category: its share of cases and summary templates, each for one item ("5.2.2:…"); %1 is
// filled with an instrument, a standard or a product.
struct CategoryDemo
{
    const char* code;
    int weight; // share of cases, in per mille
    const char* fill; // "instrument", "standard", "product" or ""
    QStringList templates;
};

QList<CategoryDemo> categoryDemos()
{
    auto l = [](const char* s) { return QString::fromUtf8(s).split(u'|'); };
    return {
        { "5.1",
            160,
            "instrument",
            l("5.1.1:计量法律法规政策咨询：%1强制检定范围|5.1.1:咨询%1是否属于强制检定计量器具|"
              "5.1.2:咨询%1的计量检定周期和送检流程|5.1.2:申请%1计量校准，需出具校准证书|"
              "5.1.2:企业计量检测体系建设咨询，了解%1配备要求|5.1.2:%1计量检定收费标准咨询") },
        { "5.2",
            150,
            "standard",
            l("5.2.2:查询%1是否现行有效|5.2.2:购买%1标准文本|5.2.1:企业标准自我声明公开操作指导|"
              "5.2.1:企业标准符合性评价咨询，产品执行%1|5.2.3:申请企业标准化良好行为评价|"
              "5.2.4:团体标准制定程序咨询，参考%1") },
        { "5.3",
            90,
            "product",
            l("5.3.1:咨询%1CCC强制性认证要求|5.3.2:查询有资质的认证机构及其认证范围|"
              "5.3.3:ISO 9001质量管理体系认证咨询|5.3.3:了解%1自愿性认证方案") },
        { "5.4",
            120,
            "product",
            l("5.4:%1送检流程及检验周期咨询|5.4:委托检验%1，咨询收费标准|5.4:%1质量安全风险评估咨询") },
        { "5.5",
            50,
            "",
            l("5.5:质量管理培训报名咨询|5.5:卓越绩效模式导入咨询|5.5:QC小组活动指导|5.5:质量测评服务咨询") },
        { "5.6",
            130,
            "",
            l("5.6:电梯定期检验预约|5.6:压力容器使用登记咨询|5.6:锅炉安装告知办理|5.6:叉车定期检验咨询|"
              "5.6:起重机械检验报告查询|5.6:气瓶充装许可咨询|5.6:电梯维保单位资质咨询") },
        { "5.7",
            60,
            "product",
            l("5.7.1:申报柳州市市长质量奖咨询|5.7.1:%1品牌价值评价咨询|5.7.2:商标注册流程咨询|"
              "5.7.2:柳州螺蛳粉地理标志保护产品申报咨询|5.7.3:商标被侵权维权指导|5.7.4:%1专利转化运用咨询") },
        { "5.8",
            80,
            "product",
            l("5.8.1:%1发明专利申请查询|5.8.1:知识产权侵权纠纷行政保护|5.8.2:专利质押融资咨询|"
              "5.8.2:%1专利导航预警服务|5.8.3:高价值专利培育咨询") },
        { "5.9", 60, "", l("5.9:个体工商户登记注册咨询|5.9:公司设立登记材料咨询|5.9:经营范围变更登记咨询") },
        { "5.10",
            60,
            "product",
            l("5.10.1:食品生产许可咨询|5.10.1:投诉餐馆食品安全问题|5.10.1:%1预包装食品标签审核咨询|"
              "5.10.2:食品安全追溯体系建设咨询") },
        { "5.11", 20, "", l("5.11:计量人员培训信息咨询|5.11:标准化培训班报名|5.11:内审员培训信息咨询") },
        { "5.12", 20, "", l("5.12:广告合规咨询|5.12:价格监督咨询|5.12:市场监管其他事项咨询") },
    };
}

const QStringList kAnswers = QString::fromUtf8("已当场告知办理流程及所需材料|已现场解答，提供相关法规文本|"
                                               "已查询并告知结果|已提供申请表格并指导填写|已告知承办机构联系方式")
                                 .split(u'|');

// channel keys with weights in per mille (clause 6, 7.1.2)
const QList<QPair<Channel, int>> kChannelWeights = { { Channel::Window, 450 },
    { Channel::Phone, 250 },
    { Channel::Website, 150 },
    { Channel::Onsite, 70 },
    { Channel::Visit, 50 },
    { Channel::Survey, 30 } };

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_rng(seed)
    { }

    int below(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    bool chance(int perMille) { return below(1000) < perMille; }
    QChar pick(const QString& s) { return s.at(below(int(s.size()))); }
    const QString& pick(const QStringList& l) { return l.at(below(int(l.size()))); }

    QString uuid()
    {
        const quint64 a = m_rng(), b = m_rng();
        QString hex = QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
        hex[12] = QLatin1Char('4');
        hex[16] = QLatin1Char("89ab"[b >> 62]);
        return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' + hex.mid(20);
    }

    QString uscc()
    {
        static const QString chars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
        for (;;) {
            QString body = QStringLiteral("MA");
            for (int i = 0; i < 6; ++i)
                body += pick(chars);
            const QString first17
                = QStringLiteral("91") + pick(kDivisions) + body + Uscc::organisationCheckCharacter(body);
            const QString code = first17 + Uscc::checkCharacter(first17);
            if (code.size() == 18 && !m_usccs.contains(code)) {
                m_usccs.insert(code);
                return code;
            }
        }
    }

    QString personName()
    {
        return QString(pick(kSurnames)) + pick(kGiven) + (chance(600) ? QString(pick(kGiven)) : QString());
    }

    QString enterpriseName()
    {
        QString brand = QString(pick(kBrandChars)) + pick(kBrandChars);
        if (chance(40))
            brand = QStringLiteral("五菱") + pick(kBrandChars);
        return pick(kPlaces) + brand + pick(kTrades) + pick(kSuffixes);
    }

    QString mobile()
    {
        return QStringLiteral("1%1%2").arg(3 + below(7)).arg(below(1000000000), 9, 10, QLatin1Char('0'));
    }

private:
    std::mt19937_64 m_rng;
    QSet<QString> m_usccs;
};

// A "create" op as if the record had been registered by hand (deterministic op id from the seed).
OutboxOp createOp(const QString& opId,
    const QString& entity,
    const QString& recordId,
    const QJsonObject& payload,
    const QString& actor,
    const QDateTime& at)
{
    OutboxOp op;
    op.opId = opId;
    op.entity = entity;
    op.recordId = recordId;
    op.kind = QStringLiteral("create");
    op.payload = payload;
    op.actor = actor;
    op.deviceTime = at;
    return op;
}

struct Prepared
{
    QSqlQuery client, kase, event, counter, returnVisit, complaint, complaintEvent;
};

// What clients say on a return visit (7.4.2), and what some complain about (7.5).
const QStringList kClientSaid = QString::fromUtf8("问题已解决，感谢平台的帮助|办理及时，材料一次说清|"
                                                  "专家上门指导很有用|希望缩短检测周期|电话咨询很方便|"
                                                  "收费标准希望更透明|整体满意，下次还会来|等待时间有点长")
                                    .split(u'|');
const QStringList kComments = QString::fromUtf8("建议在网站公开办理进度|希望增加周末服务|工作人员很耐心|"
                                                "希望一次性告知再详细一些|检测报告出得慢")
                                  .split(u'|');
const QStringList kComplaints = QString::fromUtf8("窗口人员态度生硬|超过承诺时限仍未办结|检测机构报告错误|"
                                                  "收费与公示标准不一致|电话多次无人接听")
                                    .split(u'|');
const char* const kComplaintClasses[] = { "attitude", "timeliness", "quality", "fees", "timeliness" };

// Mostly satisfied, as return visits usually find: 5 55 %, 4 30 %, 3 10 %, 2 4 %, 1 1 %.
template<typename G>
int demoRating(G& g)
{
    const int r = g.below(100);
    return r < 55 ? 5 : r < 85 ? 4 : r < 95 ? 3 : r < 99 ? 2 : 1;
}

Status prepare(QSqlQuery& q, const QString& sql)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::internal(sql);
    return success();
}
} // namespace

Result<DemoSummary> DemoData::generate(
    Database& db, const Catalog& catalog, const DemoOptions& options, const std::function<void(int, int)>& progress)
{
    if (options.cases < 0 || options.cases > 20'000'000)
        return Error::badInput(QStringLiteral("cases"),
            UiText::of(
                "Validation", QT_TRANSLATE_NOOP("Validation", "The number of demo cases must be 0 to 20000000.")));
    auto station = StationStore::local(db);
    if (!station)
        return station.error();
    const qint64 stationSeq = station->seq;
    const QList<CategoryDemo> categories = categoryDemos();
    for (const auto& c : categories)
        for (const QString& t : c.templates)
            if (!catalog.item(t.section(u':', 0, 0)))
                return Error::internal(QStringLiteral("demo template for %1 not in the catalog").arg(t));

    Generator g(options.seed);
    const QDate until = options.until.isValid() ? options.until : Clock::chinaDate(Clock::nowUtc());
    QList<QDate> workdays;
    for (QDate d = until.addYears(-options.years).addDays(1); d <= until; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            workdays << d;

    // Bulk load: durability of each batch is not needed, the file is thrown away on failure. At
    // millions of cases the fifteen indexes of cases outgrow the usual cache; a gigabyte keeps
    // their inner pages in memory while the load lasts.
    db.execScript(QStringLiteral("PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000;"));
    Prepared p { QSqlQuery(db.sql()),
        QSqlQuery(db.sql()),
        QSqlQuery(db.sql()),
        QSqlQuery(db.sql()),
        QSqlQuery(db.sql()),
        QSqlQuery(db.sql()),
        QSqlQuery(db.sql()) };
    const Status prepared[] = {
        prepare(p.client,
            QStringLiteral("INSERT INTO clients(id, kind, name, uscc, contact_name, phone, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")),
        prepare(p.kase,
            QStringLiteral("INSERT INTO cases(id, number, station_seq, client_seq, channel, category_code, "
                           "item_code, summary, status, received_at, received_by, answer, closed_at, "
                           "created_at, updated_at, response_days, close_days, due_response, due_close) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        prepare(p.event,
            QStringLiteral("INSERT INTO case_events(id, case_seq, kind, actor, at, detail) "
                           "VALUES (?, ?, ?, ?, ?, ?)")),
        prepare(p.counter,
            QStringLiteral("INSERT INTO case_counters(station_seq, day, last) VALUES (?, ?, ?) "
                           "ON CONFLICT(station_seq, day) DO UPDATE SET last = excluded.last")),
        prepare(p.returnVisit,
            QStringLiteral("INSERT INTO return_visits(id, case_seq, method, visited_at, visited_by, contact, "
                           "client_said, rating_matching, rating_level, rating_attitude, rating_complaint, comment, "
                           "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        prepare(p.complaint,
            QStringLiteral("INSERT INTO complaints(id, number, station_code, channel, received_at, received_by, "
                           "complainant, contact, about_kind, staff_login, case_seq, case_number, category, summary, "
                           "state, valid, assessment, answer, ack_due, answer_due, closed_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        prepare(p.complaintEvent,
            QStringLiteral("INSERT INTO complaint_events(complaint_seq, from_state, to_state, note, at, actor) "
                           "VALUES (?, ?, ?, ?, ?, ?)")),
    };
    for (const Status& s : prepared)
        if (!s)
            return s.error();

    // The search rows of a batch are written together before its commit: FTS5 writes out what it
    // holds at every savepoint, and the statements between one case's row and the next take one.
    auto begin = [&] {
        Status s = db.execScript(QStringLiteral("BEGIN IMMEDIATE;"));
        if (s)
            db.searchRows().hold();
        return s;
    };
    auto commit = [&] {
        if (Status s = db.searchRows().write(db); !s)
            return s;
        return db.execScript(QStringLiteral("COMMIT;"));
    };
    auto fail = [&](const Error& e) {
        db.searchRows().discard();
        db.execScript(QStringLiteral("ROLLBACK; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32000;"));
        return e;
    };
    if (Status s = begin(); !s)
        return s.error();

    // Every record gets the audit entry its real registration would have written (issue 6).
    auto opened = AuditLog::Appender::open(db);
    if (!opened)
        return fail(opened.error());
    AuditLog::Appender audit = std::move(opened).value();

    // Clients: one for about every twenty cases; nine in ten are enterprises.
    DemoSummary summary;
    const int clientCount = std::max(options.cases > 0 ? 10 : 0, options.cases / 20);
    QList<qint64> clientSeqs;
    QList<QPair<QString, QString>> clientNames; // name, uscc
    QStringList clientIds;
    const QString createdAt = Clock::toStorage(QDateTime(workdays.value(0, until), QTime(8, 0), Clock::chinaZone()));
    for (int i = 0; i < clientCount; ++i) {
        const bool enterprise = g.chance(900);
        const QString name = enterprise ? g.enterpriseName() : g.personName();
        const QString uscc = enterprise ? g.uscc() : QString();
        const QString contact = enterprise ? g.personName() : QString();
        const QString phone = g.mobile();
        const QString id = g.uuid();
        if (Status s = Sql::exec(p.client,
                { id,
                    ClientKinds::key(enterprise ? ClientKind::Enterprise : ClientKind::Person),
                    name,
                    Sql::orNull(uscc),
                    Sql::orNull(contact),
                    phone,
                    createdAt,
                    createdAt });
            !s)
            return fail(s.error());
        const qint64 seq = p.client.lastInsertId().toLongLong();
        const auto t = SearchTokens::forDocument({ name, uscc, contact, phone });
        if (Status s = db.searchRows().add(db, "client_search", seq, t); !s)
            return fail(s.error());
        if (Status s = audit.append(Clock::fromStorage(createdAt),
                QStringLiteral("demo"),
                {},
                QStringLiteral("client.add"),
                QStringLiteral("client"),
                id,
                { { QStringLiteral("name"), name }, { QStringLiteral("uscc"), uscc } });
            !s)
            return fail(s.error());
        clientSeqs << seq;
        clientNames.append({ name, uscc });
        clientIds << id;
        if (options.withOutbox) {
            Client c;
            c.id = id;
            c.kind = enterprise ? ClientKind::Enterprise : ClientKind::Person;
            c.name = name;
            c.uscc = uscc;
            c.contactName = contact;
            c.phone = phone;
            c.createdAt = Clock::fromStorage(createdAt);
            if (Status s = OutboxStore::append(db,
                    createOp(
                        g.uuid(), QStringLiteral("client"), id, SyncPayload::client(c), QStringLiteral("demo"), {}));
                !s)
                return fail(s.error());
        }
    }
    summary.clients = clientCount;

    int categoryTotal = 0;
    for (const auto& c : categories)
        categoryTotal += c.weight;
    const QDateTime now = Clock::nowUtc();
    // After-service records draw from their own generator, so the cases stay as they were.
    Generator after(options.seed ^ 0x5a5a5a5aULL);
    QHash<QDate, int> complaintsOnDay;
    QDate currentDay;
    int sequence = 0;
    auto saveCounter = [&]() -> Status {
        if (!currentDay.isValid())
            return success();
        return Sql::exec(p.counter, { stationSeq, currentDay.toString(Qt::ISODate), sequence });
    };
    // 7.4.2: about one closed case in seven gets a return visit a few days later; 7.5: about one in
    // three hundred a complaint, handled to the end when it is a month old.
    auto afterService
        = [&](qint64 caseSeq, const QString& caseNumber, const QDateTime& closedAt, const QString& clerk) -> Status {
        if (after.chance(140)) {
            const QDateTime visited = closedAt.addSecs(86400 * (2 + after.below(8)));
            if (visited < now) {
                const int ratings[] = { demoRating(after), demoRating(after), demoRating(after) };
                const QString id = after.uuid();
                const bool comment = after.chance(200);
                if (Status s = Sql::exec(p.returnVisit,
                        { id,
                            caseSeq,
                            after.chance(300) ? QStringLiteral("onsite") : QStringLiteral("phone"),
                            Clock::toStorage(visited),
                            clerk,
                            after.personName(),
                            after.pick(kClientSaid),
                            ratings[0],
                            ratings[1],
                            ratings[2],
                            QVariant(QMetaType::fromType<int>()),
                            comment ? QVariant(after.pick(kComments)) : QVariant(QMetaType::fromType<QString>()),
                            Clock::toStorage(visited) });
                    !s)
                    return s;
                if (Status s = audit.append(visited,
                        clerk,
                        QStringLiteral("clerk"),
                        QStringLiteral("case.return_visit"),
                        QStringLiteral("return_visit"),
                        id);
                    !s)
                    return s;
            }
        }
        if (!after.chance(3))
            return success();
        const QDateTime received = closedAt.addSecs(3600 * (2 + after.below(200)));
        if (received >= now)
            return success();
        const QDate day = Clock::chinaDate(received);
        const int n = ++complaintsOnDay[day];
        const QString number = QStringLiteral("TS-%1-%2-%3")
                                   .arg(station->code, day.toString(QStringLiteral("yyyyMMdd")))
                                   .arg(n, 4, 10, QLatin1Char('0'));
        const int which = after.below(int(kComplaints.size()));
        const bool done = received.daysTo(now) > 30;
        const bool valid = after.chance(400);
        const QString state = done ? QStringLiteral("closed") : QStringLiteral("acknowledged");
        const QString closedOn = done ? Clock::toStorage(received.addDays(10)) : QString();
        const QString id = after.uuid();
        if (Status s = Sql::exec(p.complaint,
                { id,
                    number,
                    station->code,
                    after.chance(600) ? QStringLiteral("phone") : QStringLiteral("window"),
                    Clock::toStorage(received),
                    clerk,
                    after.personName(),
                    after.mobile(),
                    which == 0 ? QStringLiteral("staff") : QStringLiteral("platform"),
                    which == 0 ? QVariant(clerk) : QVariant(QMetaType::fromType<QString>()),
                    caseSeq,
                    caseNumber,
                    QString::fromLatin1(kComplaintClasses[which]),
                    kComplaints.at(which),
                    state,
                    done ? QVariant(valid ? 1 : 0) : QVariant(QMetaType::fromType<int>()),
                    done ? QVariant(valid ? QStringLiteral("经核实属实") : QStringLiteral("经核实不属实"))
                         : QVariant(QMetaType::fromType<QString>()),
                    done ? QVariant(QStringLiteral("已电话告知投诉人处理结果"))
                         : QVariant(QMetaType::fromType<QString>()),
                    day.addDays(1).toString(Qt::ISODate),
                    day.addDays(21).toString(Qt::ISODate),
                    Sql::orNull(closedOn),
                    done ? closedOn : Clock::toStorage(received) });
            !s)
            return s;
        const qint64 seq = p.complaint.lastInsertId().toLongLong();
        if (Status s = Sql::exec(p.complaintEvent,
                { seq,
                    QVariant(QMetaType::fromType<QString>()),
                    QStringLiteral("received"),
                    kComplaints.at(which),
                    Clock::toStorage(received),
                    clerk });
            !s)
            return s;
        if (Status s = Sql::exec(p.complaintEvent,
                { seq,
                    QStringLiteral("received"),
                    state,
                    QVariant(QMetaType::fromType<QString>()),
                    done ? closedOn : Clock::toStorage(received.addSecs(3600)),
                    clerk });
            !s)
            return s;
        return audit.append(received,
            clerk,
            QStringLiteral("clerk"),
            QStringLiteral("complaint.register"),
            QStringLiteral("complaint"),
            id,
            { { QStringLiteral("number"), number } });
    };
    QHash<qint64, QString> dueDays; // (day, working days) -> the due date: a few hundred of them
    for (int i = 0; i < options.cases; ++i) {
        // Spread evenly over the working days, in time order, from 08:30 to 17:30 China time.
        const qint64 slot = qint64(i) * workdays.size();
        const QDate day = workdays.at(int(slot / options.cases));
        if (day != currentDay) {
            if (Status s = saveCounter(); !s)
                return fail(s.error());
            currentDay = day;
            auto existing = Sql::run(db.sql(),
                QStringLiteral("SELECT last FROM case_counters WHERE station_seq = ? AND day = ?"),
                { stationSeq, day.toString(Qt::ISODate) });
            if (!existing)
                return fail(existing.error());
            QSqlQuery e = std::move(existing).value();
            sequence = e.next() ? e.value(0).toInt() : 0;
        }
        const double fraction = double(slot % options.cases) / options.cases;
        const QDateTime received
            = QDateTime(day, QTime(8, 30), Clock::chinaZone()).addSecs(qint64(fraction * 9 * 3600));
        const QString number = CaseNumber::format(station->cityCode, station->code, day, ++sequence);

        int r = g.below(categoryTotal);
        const CategoryDemo* cat = &categories.first();
        for (const auto& c : categories) {
            if (r < c.weight) {
                cat = &c;
                break;
            }
            r -= c.weight;
        }
        const QString& chosen = g.pick(cat->templates);
        const CatalogItem* item = catalog.item(chosen.section(u':', 0, 0));
        QString text = chosen.section(u':', 1);
        if (text.contains(QLatin1String("%1"))) {
            const QString fill = QLatin1String(cat->fill);
            text = text.arg(fill == QLatin1String("instrument") ? g.pick(kInstruments)
                    : fill == QLatin1String("standard")         ? g.pick(kStandards)
                                                                : g.pick(kProducts));
        }
        int cr = g.below(1000);
        Channel channel = Channel::Window;
        for (const auto& [ch, w] : kChannelWeights) {
            if (cr < w) {
                channel = ch;
                break;
            }
            cr -= w;
        }
        const int clientIndex = g.below(int(clientSeqs.size()));
        const bool answered = g.chance(450); // 7.2.2: answered on the spot
        const bool old = received.daysTo(now) > 30;
        const bool closed = answered || (old && g.chance(900));
        const QString answer = answered ? g.pick(kAnswers) : QString();
        const QString clerk = g.pick(kClerks);
        const QString at = Clock::toStorage(received);
        const QString closedAt
            = closed ? Clock::toStorage(received.addSecs(answered ? 600 : 86400 * (3 + g.below(20)))) : QString();
        const QString caseId = g.uuid();
        // Issue 20: on the clock of its item's limits, as Registration puts it (no facts yet).
        auto dueAfter = [&](int days) {
            const qint64 key = day.toJulianDay() * 1000 + days;
            auto found = dueDays.constFind(key);
            if (found == dueDays.cend())
                found = dueDays.insert(key, WorkCalendar::standard().addWorkingDays(day, days).toString(Qt::ISODate));
            return *found;
        };
        if (Status s = Sql::exec(p.kase,
                { caseId,
                    number,
                    stationSeq,
                    clientSeqs.at(clientIndex),
                    Channels::key(channel),
                    item->categoryCode,
                    item->code,
                    text,
                    closed ? QStringLiteral("closed") : QStringLiteral("registered"),
                    at,
                    clerk,
                    Sql::orNull(answer),
                    Sql::orNull(closedAt),
                    at,
                    closed ? closedAt : at,
                    item->responseDays,
                    item->closeDays,
                    dueAfter(item->responseDays),
                    dueAfter(item->closeDays) });
            !s)
            return fail(s.error());
        const qint64 caseSeq = p.kase.lastInsertId().toLongLong();
        if (Status s = audit.append(received,
                clerk,
                QStringLiteral("clerk"),
                QStringLiteral("case.register"),
                QStringLiteral("case"),
                caseId,
                { { QStringLiteral("number"), number },
                    { QStringLiteral("status"), closed ? QStringLiteral("closed") : QStringLiteral("registered") } });
            !s)
            return fail(s.error());
        if (options.withOutbox) {
            CaseRecord c;
            c.id = caseId;
            c.number = number;
            c.clientId = clientIds.at(clientIndex);
            c.channel = channel;
            c.itemCode = item->code;
            c.responseDays = item->responseDays;
            c.closeDays = item->closeDays;
            c.categoryCode = item->categoryCode;
            c.summary = text;
            c.status = closed ? CaseStatus::Closed : CaseStatus::Registered;
            c.receivedAt = received;
            c.receivedBy = clerk;
            c.answer = answer;
            if (Status s = OutboxStore::append(db,
                    createOp(g.uuid(),
                        QStringLiteral("case"),
                        caseId,
                        SyncPayload::caseRecord(c, *station),
                        clerk,
                        received));
                !s)
                return fail(s.error());
        }
        CaseRecord forIndex;
        forIndex.number = number;
        forIndex.summary = text;
        forIndex.clientName = clientNames.at(clientIndex).first;
        forIndex.clientUscc = clientNames.at(clientIndex).second;
        const auto t = SearchTokens::forDocument(CaseStore::searchTexts(forIndex));
        if (Status s = db.searchRows().add(db, "case_search", caseSeq, t); !s) // with its words' bitmaps
            return fail(s.error());
        if (answered || closed) {
            const CaseEvent event { g.uuid(),
                answered ? QStringLiteral("answered") : QStringLiteral("closed"),
                clerk,
                Clock::fromStorage(closedAt),
                answered ? answer : QString() };
            if (Status s = Sql::exec(p.event,
                    { event.id, caseSeq, event.kind, clerk, closedAt, answered ? QVariant(answer) : QVariant() });
                !s)
                return fail(s.error());
            // The event goes to the platform with its case, as a real closing's does.
            if (options.withOutbox)
                if (Status s = OutboxStore::append(db,
                        createOp(g.uuid(),
                            QStringLiteral("case_event"),
                            event.id,
                            SyncPayload::caseEvent(caseId, event),
                            clerk,
                            event.at));
                    !s)
                    return fail(s.error());
        }
        if (closed) {
            if (Status s = afterService(caseSeq, number, Clock::fromStorage(closedAt), clerk); !s)
                return fail(s.error());
        }
        if ((i + 1) % 50000 == 0) {
            if (Status s = commit(); !s)
                return fail(s.error());
            if (progress)
                progress(i + 1, options.cases);
            if (Status s = begin(); !s)
                return s.error();
        }
    }
    if (Status s = saveCounter(); !s)
        return fail(s.error());
    summary.cases = options.cases;
    if (Status a = AuditLog::record(db,
            QStringLiteral("demo"),
            QStringLiteral("demo.generate"),
            QStringLiteral("database"),
            station->id,
            { { QStringLiteral("cases"), options.cases },
                { QStringLiteral("clients"), clientCount },
                { QStringLiteral("seed"), QString::number(options.seed) } });
        !a)
        return fail(a.error());
    if (Status s = commit(); !s)
        return fail(s.error());
    db.execScript(QStringLiteral("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32000; PRAGMA optimize;"));
    if (progress)
        progress(options.cases, options.cases);
    qCInfo(lcDemo) << "demo data:" << summary.clients << "clients," << summary.cases << "cases";
    return summary;
}

Result<int> DemoData::createAccounts(Database& db)
{
    UserAccounts accounts(db);
    if (accounts.hasAnyAccount())
        return 0;
    // The accounts are made as any others (with a password the rules accept, never used), then get
    // the documented kDemoPassword. It is weaker than the rules for a password someone sets ask
    // (issue 16), on purpose: README tells everyone, and says to change it before real use.
    const QString unused = QStringLiteral("Demo-%1").arg(Sql::newId());
    auto admin = accounts.createFirstAdministrator(
        { QStringLiteral("admin"), QStringLiteral("韦建国"), Role::StationAdmin, unused });
    if (!admin)
        return admin.error();
    const Actor actor = Actor::user(admin->login, admin->role, admin->name);
    const QList<NewUser> staff = {
        { QStringLiteral("zhangli"), QStringLiteral("张丽"), Role::Clerk, unused },
        { QStringLiteral("wangqiang"), QStringLiteral("王强"), Role::FieldStaff, unused },
        { QStringLiteral("liming"), QStringLiteral("黎明"), Role::Supervisor, unused },
    };
    QStringList ids { admin->id };
    for (const NewUser& u : staff) {
        auto added = accounts.add(u, actor);
        if (!added)
            return added.error();
        ids << added->id;
    }
    auto hash = PasswordHash::make(QString::fromLatin1(kDemoPassword));
    if (!hash)
        return hash.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    for (const QString& id : ids)
        if (Status s = UserStore::setPassword(db, id, *hash); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(ids.size());
}
