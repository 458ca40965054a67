// The qsdesk-cli contract of DESIGN.md §7, run as a user runs it: a real process on a real file.
#include "common/Clock.h"
#include "security/PasswordPolicy.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/Sql.h"
#include "support/QtCatch.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
struct Run
{
    int code;
    QString out;
    QString err;
    QString lastLine() const { return out.trimmed().section(QLatin1Char('\n'), -1); }
};

struct Cli
{
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("cli.db")); }

    Run operator()(
        QStringList args, const QString& lang = QStringLiteral("en"), const QProcessEnvironment& env = {}) const
    {
        return withoutLang(QStringList { QStringLiteral("--lang"), lang } + args, env);
    }
    // Only --db in front of the arguments: the language is the system's, or what `args` say.
    Run withoutLang(const QStringList& args, const QProcessEnvironment& env = {}, const QByteArray& input = {}) const
    {
        QProcess p;
        if (!env.isEmpty())
            p.setProcessEnvironment(env);
        p.start(QStringLiteral(QSDESK_CLI), QStringList { QStringLiteral("--db"), db() } + args);
        REQUIRE(p.waitForStarted());
        p.write(input);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(60000));
        return {
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())
        };
    }

    Cli()
    {
        REQUIRE((*this)({ QStringLiteral("init"),
                            QStringLiteral("--city"),
                            QStringLiteral("LZ"),
                            QStringLiteral("--station"),
                            QStringLiteral("LN"),
                            QStringLiteral("--station-name"),
                            QStringLiteral("柳南区") })
                    .code
            == 0);
    }
};
} // namespace

TEST_CASE("client add, case register, list and show", "[cli]")
{
    Cli cli;
    const Run added = cli({ QStringLiteral("client"),
        QStringLiteral("add"),
        QStringLiteral("--name"),
        QStringLiteral("华为技术有限公司"),
        QStringLiteral("--uscc"),
        QStringLiteral("914403001922038216"),
        QStringLiteral("--phone"),
        QStringLiteral("0772-2881234") });
    REQUIRE(added.code == 0);
    const QString id = added.lastLine();
    CHECK(id.size() == 36);
    const Run reg = cli({ QStringLiteral("case"),
        QStringLiteral("register"),
        QStringLiteral("--client"),
        id,
        QStringLiteral("--channel"),
        QStringLiteral("window"),
        QStringLiteral("--item"),
        QStringLiteral("5.2.2"),
        QStringLiteral("--summary"),
        QStringLiteral("查询企业标准有效性") });
    REQUIRE(reg.code == 0);
    const QString number = reg.lastLine();
    CHECK(QRegularExpression(QStringLiteral("^LZ-LN-\\d{8}-0001$")).match(number).hasMatch());

    const Run show = cli({ QStringLiteral("case"), QStringLiteral("show"), number, QStringLiteral("--json") });
    REQUIRE(show.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(show.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("summary")).toString() == QStringLiteral("查询企业标准有效性"));
    CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("registered"));
    CHECK(o.value(QStringLiteral("client")).toObject().value(QStringLiteral("uscc")).toString()
        == QStringLiteral("914403001922038216"));

    const Run list = cli({ QStringLiteral("case"),
        QStringLiteral("list"),
        QStringLiteral("--search"),
        QStringLiteral("标准"),
        QStringLiteral("--json") });
    REQUIRE(list.code == 0);
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 1);
    const Run clients = cli({ QStringLiteral("client"),
        QStringLiteral("list"),
        QStringLiteral("--search"),
        QStringLiteral("华为"),
        QStringLiteral("--json") });
    CHECK(QJsonDocument::fromJson(clients.out.toUtf8()).array().at(0).toObject().value(QStringLiteral("cases")).toInt()
        == 1);
    CHECK(cli({ QStringLiteral("check") }).code == 0);
}

TEST_CASE("exit codes: 2 bad input, 3 not found; a refused command changes nothing", "[cli]")
{
    Cli cli;
    const Run bad = cli({ QStringLiteral("client"),
        QStringLiteral("add"),
        QStringLiteral("--name"),
        QStringLiteral("坏码"),
        QStringLiteral("--uscc"),
        QStringLiteral("914403001922038217") });
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("Unified social credit code")));
    const Run zh = cli({ QStringLiteral("client"),
                           QStringLiteral("add"),
                           QStringLiteral("--name"),
                           QStringLiteral("坏码"),
                           QStringLiteral("--uscc"),
                           QStringLiteral("914403001922038217") },
        QStringLiteral("zh_CN"));
    CHECK(zh.code == 2);
    CHECK(zh.err.contains(QStringLiteral("统一社会信用代码"))); // Chinese first …
    CHECK(zh.err.contains(QStringLiteral("Unified social credit code"))); // … and English beside it
    CHECK(cli({ QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("LZ-LN-20200101-0001") }).code == 3);
    CHECK(cli({ QStringLiteral("case"),
                  QStringLiteral("register"),
                  QStringLiteral("--client"),
                  QStringLiteral("nope"),
                  QStringLiteral("--channel"),
                  QStringLiteral("window"),
                  QStringLiteral("--item"),
                  QStringLiteral("5.2.2"),
                  QStringLiteral("--summary"),
                  QStringLiteral("x") })
              .code
        == 3);
    CHECK(
        cli({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("nonsense") })
            .code
        == 2);
    CHECK(cli({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--item"), QStringLiteral("5.99") }).code
        == 2);
    CHECK(cli({ QStringLiteral("frobnicate") }).code == 2);
    CHECK(cli({ QStringLiteral("init"),
                  QStringLiteral("--city"),
                  QStringLiteral("LZ"),
                  QStringLiteral("--station"),
                  QStringLiteral("YF"),
                  QStringLiteral("--station-name"),
                  QStringLiteral("鱼峰区") })
              .code
        == 4);
    const Run list = cli({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().isEmpty());
    CHECK(cli({ QStringLiteral("client"), QStringLiteral("list") }).out.trimmed().isEmpty());
}

TEST_CASE("demo data through the CLI is searchable", "[cli]")
{
    Cli cli;
    REQUIRE(cli({ QStringLiteral("demo"),
                    QStringLiteral("--cases"),
                    QStringLiteral("3000"),
                    QStringLiteral("--seed"),
                    QStringLiteral("7") })
                .code
        == 0);
    const Run found = cli({ QStringLiteral("case"),
        QStringLiteral("list"),
        QStringLiteral("--search"),
        QStringLiteral("计量"),
        QStringLiteral("--limit"),
        QStringLiteral("20"),
        QStringLiteral("--json") });
    CHECK(QJsonDocument::fromJson(found.out.toUtf8()).array().size() == 20);
    CHECK(cli({ QStringLiteral("check") }).code == 0);
}

TEST_CASE("a demo database has the counter's other work: agencies, notices, handoffs, and no sync ops", "[cli]")
{
    Cli cli;
    const Run demo = cli({ QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("2000") });
    REQUIRE(demo.code == 0);
    CHECK(demo.out.contains(QStringLiteral("8 service agencies")));
    auto count = [&](const char* status) {
        return QJsonDocument::fromJson(cli({ QStringLiteral("case"),
                                               QStringLiteral("list"),
                                               QStringLiteral("--status"),
                                               QString::fromLatin1(status),
                                               QStringLiteral("--json") })
                                           .out.toUtf8())
            .array()
            .size();
    };
    CHECK(count("noticed") >= 5);
    CHECK(count("handed_off") + count("in_service") >= 5);
    CHECK(count("in_service") >= 1);
    const Run agencies = cli({ QStringLiteral("agency"), QStringLiteral("list") });
    CHECK(agencies.out.contains(QStringLiteral("柳州市特种设备检验研究院")));
    {
        auto sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo-outbox"));
        sql.setDatabaseName(cli.db());
        REQUIRE(sql.open());
        QSqlQuery q(QStringLiteral("SELECT count(*) FROM outbox"), sql);
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0); // demo data stays local
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo-outbox"));
    CHECK(cli({ QStringLiteral("check") }).code == 0);
}

TEST_CASE("case escalate, close and reopen; a refused move is exit 4 and changes nothing", "[cli]")
{
    Cli cli;
    const QString client
        = cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("柳州某厂") })
              .lastLine();
    const QString number = cli({ QStringLiteral("case"),
                                   QStringLiteral("register"),
                                   QStringLiteral("--client"),
                                   client,
                                   QStringLiteral("--channel"),
                                   QStringLiteral("phone"),
                                   QStringLiteral("--item"),
                                   QStringLiteral("5.4"),
                                   QStringLiteral("--summary"),
                                   QStringLiteral("跨区检验协调") })
                               .lastLine();
    auto show = [&] {
        return QJsonDocument::fromJson(
            cli({ QStringLiteral("case"), QStringLiteral("show"), number, QStringLiteral("--json") }).out.toUtf8())
            .object();
    };
    const Run noReason = cli({ QStringLiteral("case"), QStringLiteral("escalate"), number });
    CHECK(noReason.code == 2);
    CHECK(noReason.err.contains(QStringLiteral("Reason")));
    const Run up = cli({ QStringLiteral("case"),
        QStringLiteral("escalate"),
        number,
        QStringLiteral("--reason"),
        QStringLiteral("需市级协调") });
    CHECK(up.code == 0);
    CHECK(show().value(QStringLiteral("status")).toString() == QStringLiteral("escalated"));
    CHECK(cli({ QStringLiteral("case"),
                  QStringLiteral("close"),
                  number,
                  QStringLiteral("--answer"),
                  QStringLiteral("已协调") })
              .code
        == 0);
    const QJsonObject closed = show();
    const Run refused = cli({ QStringLiteral("case"),
        QStringLiteral("escalate"),
        number,
        QStringLiteral("--reason"),
        QStringLiteral("再上报") });
    CHECK(refused.code == 4);
    CHECK(refused.err.contains(QStringLiteral("Closed")));
    CHECK(show() == closed);
    CHECK(cli({ QStringLiteral("case"),
                  QStringLiteral("reopen"),
                  number,
                  QStringLiteral("--reason"),
                  QStringLiteral("有异议") })
              .code
        == 0);
    CHECK(show().value(QStringLiteral("status")).toString() == QStringLiteral("reopened"));
}

TEST_CASE("agency add and list, case handoff, notice issue, pdf and deliver", "[cli]")
{
    Cli cli;
    const QString client = cli({ QStringLiteral("client"),
                                   QStringLiteral("add"),
                                   QStringLiteral("--name"),
                                   QStringLiteral("柳州测试机械有限公司"),
                                   QStringLiteral("--uscc"),
                                   QStringLiteral("9144030071526726XG") })
                               .lastLine();
    auto registerCase = [&](const QString& answer) {
        QStringList args { QStringLiteral("case"),
            QStringLiteral("register"),
            QStringLiteral("--client"),
            client,
            QStringLiteral("--channel"),
            QStringLiteral("window"),
            QStringLiteral("--item"),
            QStringLiteral("5.1.2"),
            QStringLiteral("--summary"),
            QStringLiteral("计量器具校准咨询") };
        if (!answer.isEmpty())
            args << QStringLiteral("--answer") << answer;
        return cli(args).lastLine();
    };
    const QString number = registerCase({});

    const Run badAgency = cli({ QStringLiteral("agency"),
        QStringLiteral("add"),
        QStringLiteral("--name"),
        QStringLiteral("某所"),
        QStringLiteral("--items"),
        QStringLiteral("5.77") });
    CHECK(badAgency.code == 2);
    CHECK(badAgency.err.contains(QStringLiteral("5.77")));
    const QString agency
        = cli({ QStringLiteral("agency"),
                  QStringLiteral("add"),
                  QStringLiteral("--name"),
                  QStringLiteral("柳州市计量技术测试研究所"),
                  QStringLiteral("--items"),
                  QStringLiteral("5.1.2"),
                  QStringLiteral("--qualification"),
                  QStringLiteral("计量授权证书|（桂）法计（2024）001|广西壮族自治区市场监督管理局|2024-01-01|")
                      + Clock::chinaToday().addYears(3).toString(Qt::ISODate) })
              .lastLine();
    const QJsonArray listed = QJsonDocument::fromJson(cli({ QStringLiteral("agency"),
                                                              QStringLiteral("list"),
                                                              QStringLiteral("--item"),
                                                              QStringLiteral("5.1.2"),
                                                              QStringLiteral("--json") })
                                                          .out.toUtf8())
                                  .array();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().toObject().value(QStringLiteral("id")).toString() == agency);
    CHECK(listed.first().toObject().value(QStringLiteral("offered")).toBool());

    // A notice as a PDF; a second one only with its reason.
    const QString pdf = cli.dir.filePath(QStringLiteral("n.pdf"));
    const Run notice = cli({ QStringLiteral("notice"),
        QStringLiteral("issue"),
        number,
        QStringLiteral("--pdf"),
        pdf,
        QStringLiteral("--item"),
        QStringLiteral("校准需求说明") });
    REQUIRE(notice.code == 0);
    CHECK(notice.lastLine().startsWith(QStringLiteral("LZ-LN-GZ-")));
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(cli({ QStringLiteral("notice"), QStringLiteral("issue"), number }).code == 2);
    CHECK(cli({ QStringLiteral("notice"),
                  QStringLiteral("issue"),
                  number,
                  QStringLiteral("--again"),
                  QStringLiteral("企业更换了设备") })
              .code
        == 0);
    CHECK(cli({ QStringLiteral("notice"),
                  QStringLiteral("deliver"),
                  notice.lastLine(),
                  QStringLiteral("--how"),
                  QStringLiteral("paper") })
              .code
        == 0);
    const QString again = cli.dir.filePath(QStringLiteral("again.pdf"));
    CHECK(
        cli({ QStringLiteral("notice"), QStringLiteral("pdf"), notice.lastLine(), QStringLiteral("--pdf"), again }).code
        == 0);
    CHECK(QFileInfo::exists(again));

    // Handoff; a closed case is refused with exit 4 and nothing changes.
    const Run handed
        = cli({ QStringLiteral("case"), QStringLiteral("handoff"), number, QStringLiteral("--agency"), agency });
    CHECK(handed.code == 0);
    CHECK(handed.out.contains(QStringLiteral("15")));
    const QString closed = registerCase(QStringLiteral("已当场答复"));
    const QString before
        = cli({ QStringLiteral("case"), QStringLiteral("show"), closed, QStringLiteral("--json") }).out;
    CHECK(cli({ QStringLiteral("case"), QStringLiteral("handoff"), closed, QStringLiteral("--agency"), agency }).code
        == 4);
    CHECK(cli({ QStringLiteral("case"), QStringLiteral("show"), closed, QStringLiteral("--json") }).out == before);
    CHECK(cli({ QStringLiteral("case"),
                  QStringLiteral("handoff"),
                  registerCase({}),
                  QStringLiteral("--agency"),
                  QStringLiteral("no-such-agency") })
              .code
        == 3);
}

TEST_CASE("the CLI acts as the station administrator, or with --user as that account and its role", "[cli]")
{
    Cli cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QSDESK_NEW_PASSWORD"), QStringLiteral("Counter-2026"));
    REQUIRE(cli({ QStringLiteral("user"),
                    QStringLiteral("add"),
                    QStringLiteral("--login"),
                    QStringLiteral("zhangli"),
                    QStringLiteral("--name"),
                    QStringLiteral("张丽"),
                    QStringLiteral("--role"),
                    QStringLiteral("clerk") },
                QStringLiteral("en"),
                env)
                .code
        == 0);
    CHECK(QFileInfo(cli.db()).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    QProcessEnvironment clerk = QProcessEnvironment::systemEnvironment();
    clerk.insert(QStringLiteral("QSDESK_PASSWORD"), QStringLiteral("Counter-2026"));
    const QStringList asClerk { QStringLiteral("--user"), QStringLiteral("zhangli") };
    const Run added = cli(asClerk
            + QStringList { QStringLiteral("client"),
                QStringLiteral("add"),
                QStringLiteral("--name"),
                QStringLiteral("柳州银行股份有限公司") },
        QStringLiteral("en"),
        clerk);
    CHECK(added.code == 0);
    // A clerk may not back up, add users or verify the audit log: exit 4, saying why.
    const Run backup = cli(asClerk + QStringList { QStringLiteral("backup"), cli.dir.filePath(QStringLiteral("b.db")) },
        QStringLiteral("en"),
        clerk);
    CHECK(backup.code == 4);
    CHECK(backup.err.contains(QStringLiteral("Counter clerk")));
    CHECK_FALSE(QFileInfo::exists(cli.dir.filePath(QStringLiteral("b.db"))));
    CHECK(
        cli(asClerk + QStringList { QStringLiteral("user"), QStringLiteral("list") }, QStringLiteral("en"), clerk).code
        == 4);
    CHECK(cli(asClerk + QStringList { QStringLiteral("audit"), QStringLiteral("verify") }, QStringLiteral("en"), clerk)
              .code
        == 4);

    // A wrong password refuses even a command that only reads.
    QProcessEnvironment wrong = QProcessEnvironment::systemEnvironment();
    wrong.insert(QStringLiteral("QSDESK_PASSWORD"), QStringLiteral("not-the-password"));
    const Run refused
        = cli(asClerk + QStringList { QStringLiteral("client"), QStringLiteral("list") }, QStringLiteral("en"), wrong);
    CHECK(refused.code == 4);
    CHECK(refused.out.isEmpty());

    // The audit log names who did it and in which role; the administrator's entries name the OS account.
    const Run audit = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json") });
    CHECK(audit.code == 0);
    CHECK(QJsonDocument::fromJson(audit.out.toUtf8()).object().value(QStringLiteral("holds")).toBool());
}

TEST_CASE("complaint add, advance (a skipped step is exit 4), list; returnvisit; survey report", "[cli]")
{
    Cli cli;
    REQUIRE(cli({ QStringLiteral("demo"),
                    QStringLiteral("--cases"),
                    QStringLiteral("1500"),
                    QStringLiteral("--seed"),
                    QStringLiteral("5") })
                .code
        == 0);
    CHECK(cli({ QStringLiteral("complaint"), QStringLiteral("--help") }).code == 0);
    const Run added = cli({ QStringLiteral("complaint"),
        QStringLiteral("add"),
        QStringLiteral("--channel"),
        QStringLiteral("phone"),
        QStringLiteral("--summary"),
        QStringLiteral("窗口人员态度差"),
        QStringLiteral("--category"),
        QStringLiteral("attitude") });
    REQUIRE(added.code == 0);
    const QString number = added.lastLine();
    CHECK(number.startsWith(QLatin1String("TS-LN-")));
    auto advance = [&](const QStringList& more) {
        return cli(QStringList { QStringLiteral("complaint"), QStringLiteral("advance"), number } + more);
    };
    const Run skipped = advance({ QStringLiteral("--to"), QStringLiteral("closed") });
    CHECK(skipped.code == 4);
    CHECK(skipped.err.contains(QLatin1String("Acknowledged")));
    CHECK(advance({ QStringLiteral("--to"), QStringLiteral("acknowledged") }).code == 0);
    CHECK(
        advance(
            { QStringLiteral("--to"), QStringLiteral("assessed"), QStringLiteral("--valid"), QStringLiteral("maybe") })
            .code
        == 2);
    CHECK(advance({ QStringLiteral("--to"),
                      QStringLiteral("assessed"),
                      QStringLiteral("--valid"),
                      QStringLiteral("no"),
                      QStringLiteral("--note"),
                      QStringLiteral("经核实不属实") })
              .code
        == 0);
    const Run shown = cli({ QStringLiteral("complaint"), QStringLiteral("show"), number, QStringLiteral("--json") });
    REQUIRE(shown.code == 0);
    const QJsonObject k = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(k.value(QStringLiteral("state")).toString() == QLatin1String("assessed"));
    CHECK(k.value(QStringLiteral("valid")).toBool(true) == false);
    CHECK(k.value(QStringLiteral("events")).toArray().size() == 3);
    const Run listed = cli({ QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--open") });
    CHECK(listed.out.contains(number));

    const Run due = cli({ QStringLiteral("returnvisit"),
        QStringLiteral("due"),
        QStringLiteral("--days"),
        QStringLiteral("3650"),
        QStringLiteral("--json") });
    REQUIRE(due.code == 0);
    const QJsonArray dueRows = QJsonDocument::fromJson(due.out.toUtf8()).array();
    REQUIRE_FALSE(dueRows.isEmpty());
    const QString kase = dueRows.first().toObject().value(QStringLiteral("case")).toString();
    CHECK(cli({ QStringLiteral("returnvisit"),
                  QStringLiteral("add"),
                  kase,
                  QStringLiteral("--method"),
                  QStringLiteral("phone"),
                  QStringLiteral("--said"),
                  QStringLiteral("满意"),
                  QStringLiteral("--matching"),
                  QStringLiteral("5"),
                  QStringLiteral("--level"),
                  QStringLiteral("9"),
                  QStringLiteral("--attitude"),
                  QStringLiteral("5") })
              .code
        == 2);
    CHECK(cli({ QStringLiteral("returnvisit"),
                  QStringLiteral("add"),
                  kase,
                  QStringLiteral("--method"),
                  QStringLiteral("phone"),
                  QStringLiteral("--said"),
                  QStringLiteral("满意"),
                  QStringLiteral("--matching"),
                  QStringLiteral("5"),
                  QStringLiteral("--level"),
                  QStringLiteral("4"),
                  QStringLiteral("--attitude"),
                  QStringLiteral("5") })
              .code
        == 0);
    const QString pdf = cli.dir.filePath(QStringLiteral("survey.pdf"));
    const Run survey = cli({ QStringLiteral("survey"),
        QStringLiteral("report"),
        QStringLiteral("--from"),
        QStringLiteral("2020-01-01"),
        QStringLiteral("--to"),
        Clock::chinaToday().addDays(2).toString(Qt::ISODate),
        QStringLiteral("--pdf"),
        pdf,
        QStringLiteral("--json") });
    REQUIRE(survey.code == 0);
    CHECK(QJsonDocument::fromJson(survey.out.toUtf8()).object().value(QStringLiteral("visits")).toInt() > 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(words.contains(QStringLiteral("服务对象满意度调查报告")));
    CHECK(words.contains(QStringLiteral("非常满意")));
    CHECK(words.contains(QStringLiteral("审核人")));
}

TEST_CASE("a failed log-in through the CLI leaks nothing: no typed text stored, locked answers as unknown", "[cli]")
{
    Cli cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QSDESK_NEW_PASSWORD"), QStringLiteral("Zl-pass-2026"));
    REQUIRE(cli({ QStringLiteral("user"),
                    QStringLiteral("add"),
                    QStringLiteral("--login"),
                    QStringLiteral("zhangli"),
                    QStringLiteral("--name"),
                    QStringLiteral("张丽"),
                    QStringLiteral("--role"),
                    QStringLiteral("clerk") },
                QStringLiteral("en"),
                env)
                .code
        == 0);
    auto logIn = [&](const QString& login, const QString& password) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QSDESK_PASSWORD"), password);
        return cli({ QStringLiteral("--user"), login, QStringLiteral("case"), QStringLiteral("list") },
            QStringLiteral("zh_CN"),
            e);
    };
    CHECK(logIn(QStringLiteral("Typed-Secret-7Q"), QStringLiteral("x")).code == 4);
    QFile file(cli.db());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("Typed-Secret-7Q"));
    QFile wal(cli.db() + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        CHECK_FALSE(wal.readAll().contains("Typed-Secret-7Q"));

    for (int i = 0; i < 6; ++i)
        logIn(QStringLiteral("zhangli"), QStringLiteral("wrong"));
    const Run locked = logIn(QStringLiteral("zhangli"), QStringLiteral("wrong"));
    const Run unknown = logIn(QStringLiteral("lisi"), QStringLiteral("wrong"));
    CHECK(locked.code == unknown.code);
    CHECK(QString(locked.err).replace(QStringLiteral("zhangli"), QStringLiteral("LOGIN"))
        == QString(unknown.err).replace(QStringLiteral("lisi"), QStringLiteral("LOGIN")));
}

namespace {
QProcessEnvironment systemLanguage(const QString& locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}
} // namespace

TEST_CASE("the language may follow the subcommand (--lang); an English system gets its messages once", "[cli]")
{
    Cli cli;
    const Run count = cli.withoutLang({ QStringLiteral("case"),
        QStringLiteral("list"),
        QStringLiteral("--count"),
        QStringLiteral("--lang"),
        QStringLiteral("en") });
    CHECK(count.code == 0);
    CHECK(count.out.trimmed() == QStringLiteral("Matching cases: 0")); // in English, as asked
    CHECK(
        cli.withoutLang({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--lang=zh_CN") }).code == 0);

    const QStringList missing { QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("LZ-LN-20260101-0999") };
    const Run english = cli.withoutLang(missing, systemLanguage(QStringLiteral("C")));
    CHECK(english.code == 3);
    CHECK(english.err.startsWith(QStringLiteral("Error: ")));
    CHECK_FALSE(english.err.contains(QStringLiteral("Error / Error")));
    const Run chinese = cli.withoutLang(missing + QStringList { QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    CHECK(chinese.code == 3);
    CHECK(chinese.err.startsWith(QStringLiteral("错误 / Error: ")));
    // A language option after the command wins over the system's.
    CHECK(cli.withoutLang(missing + QStringList { QStringLiteral("--lang"), QStringLiteral("zh_CN") },
                 systemLanguage(QStringLiteral("C")))
              .err.startsWith(QStringLiteral("错误")));
}

TEST_CASE("sync --help offers the credential off the command line, and says --token VALUE is visible", "[cli]")
{
    Cli cli;
    const Run help = cli({ QStringLiteral("sync"), QStringLiteral("--help") });
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("QSDESK_SYNC_TOKEN")));
    CHECK(help.out.contains(QStringLiteral("standard input")));
    CHECK(help.out.contains(QStringLiteral("other users")));
    // Without a server nothing is read or stored, and the message names the field.
    const Run noServer = cli.withoutLang({ QStringLiteral("--lang"),
                                             QStringLiteral("en"),
                                             QStringLiteral("sync"),
                                             QStringLiteral("--token"),
                                             QStringLiteral("-") },
        {},
        "secret-token-1\n");
    CHECK(noServer.code == 2);
    CHECK_FALSE(QFileInfo::exists(cli.db() + QStringLiteral(".credential")));
}

TEST_CASE("user add refuses a weak password; a password run out is changed at the next --user log-in", "[cli]")
{
    Cli cli;
    auto withPasswords = [](const QString& current, const QString& next) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!current.isEmpty())
            env.insert(QStringLiteral("QSDESK_PASSWORD"), current);
        if (!next.isEmpty())
            env.insert(QStringLiteral("QSDESK_NEW_PASSWORD"), next);
        return env;
    };
    const QStringList add { QStringLiteral("user"),
        QStringLiteral("add"),
        QStringLiteral("--login"),
        QStringLiteral("zhangli"),
        QStringLiteral("--name"),
        QStringLiteral("张丽"),
        QStringLiteral("--role"),
        QStringLiteral("clerk") };
    const Run weak = cli(add, QStringLiteral("en"), withPasswords({}, QStringLiteral("12345678")));
    CHECK(weak.code == 2);
    CHECK(weak.err.contains(QStringLiteral("Password:")));
    REQUIRE(cli(add, QStringLiteral("en"), withPasswords({}, QStringLiteral("Zl-pass-2026"))).code == 0);

    // The station asks for a new password every 30 days, and zhangli's was set long ago.
    {
        auto db = Database::open(cli.db());
        REQUIRE(db.ok());
        REQUIRE(SettingsStore::set(
            **db, QString::fromLatin1(PasswordPolicy::kMaxAgeSetting), QStringLiteral("30"), QStringLiteral("admin"))
                    .ok());
        REQUIRE(Sql::write(**db,
            QStringLiteral("UPDATE users SET password_changed_at = '2020-01-01T00:00:00.000Z' WHERE login = 'zhangli'"))
                    .ok());
    }
    const QStringList asZhangli { QStringLiteral("--user"),
        QStringLiteral("zhangli"),
        QStringLiteral("case"),
        QStringLiteral("list"),
        QStringLiteral("--count") };
    // Without a new one the command does not run.
    const Run none = cli.withoutLang(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + asZhangli,
        withPasswords(QStringLiteral("Zl-pass-2026"), {}));
    CHECK(none.code == 2);
    CHECK(none.err.contains(QStringLiteral("run out")));
    CHECK_FALSE(none.out.contains(QStringLiteral("Matching cases")));
    // A weak new one is refused, the old one still holds.
    const Run refused = cli(
        asZhangli, QStringLiteral("en"), withPasswords(QStringLiteral("Zl-pass-2026"), QStringLiteral("zhangli")));
    CHECK(refused.code == 2);
    const Run changed = cli(
        asZhangli, QStringLiteral("en"), withPasswords(QStringLiteral("Zl-pass-2026"), QStringLiteral("Zl-pass-2027")));
    CHECK(changed.code == 0);
    CHECK(changed.out.contains(QStringLiteral("Matching cases: 0")));
    CHECK(changed.err.contains(QStringLiteral("was changed")));
    // From now on the new password, and no question.
    const Run next = cli(asZhangli, QStringLiteral("en"), withPasswords(QStringLiteral("Zl-pass-2027"), {}));
    CHECK(next.code == 0);
    CHECK(next.err.isEmpty());
    CHECK(cli(asZhangli, QStringLiteral("en"), withPasswords(QStringLiteral("Zl-pass-2026"), {})).code == 4);
}

TEST_CASE("case register keeps the caller's name and phone; a bad phone is exit 2 naming the field", "[cli]")
{
    Cli cli;
    const QString client
        = cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("柳州某厂") })
              .lastLine();
    const QStringList base { QStringLiteral("case"),
        QStringLiteral("register"),
        QStringLiteral("--client"),
        client,
        QStringLiteral("--channel"),
        QStringLiteral("phone"),
        QStringLiteral("--item"),
        QStringLiteral("5.4"),
        QStringLiteral("--summary"),
        QStringLiteral("送检流程"),
        QStringLiteral("--visitor"),
        QStringLiteral("覃明") };
    const Run bad = cli(base + QStringList { QStringLiteral("--visitor-phone"), QStringLiteral("12345") });
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("phone")));
    const Run ok = cli(base
        + QStringList { QStringLiteral("--visitor-phone"), QStringLiteral("13907721234"), QStringLiteral("--json") });
    REQUIRE(ok.code == 0);
    const QJsonObject visitor
        = QJsonDocument::fromJson(ok.out.toUtf8()).object().value(QStringLiteral("visitor")).toObject();
    CHECK(visitor.value(QStringLiteral("name")).toString() == QStringLiteral("覃明"));
    CHECK(visitor.value(QStringLiteral("phone")).toString() == QStringLiteral("13907721234"));
}

TEST_CASE("the command list and the case list name things; a clause number is only a reference", "[cli][names]")
{
    Cli cli;
    // Each command's line says what it is in words; a clause number stands only in brackets after them.
    const Run help = cli({ QStringLiteral("--help") }, QStringLiteral("zh_CN"));
    REQUIRE(help.code == 0);
    static const QRegularExpression bracketed(QStringLiteral("[（(][^）)]*[）)]"));
    static const QRegularExpression clause(QStringLiteral("\\b\\d+\\.\\d+(\\.\\d+)?\\b"));
    const QStringList lines = help.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1);
    REQUIRE(lines.size() > 10);
    for (QString line : lines) {
        INFO(line.toStdString());
        line.remove(bracketed);
        CHECK_FALSE(clause.match(line).hasMatch());
    }

    const Run added = cli(
        { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("柳州某厂") });
    REQUIRE(added.code == 0);
    REQUIRE(cli({ QStringLiteral("case"),
                    QStringLiteral("register"),
                    QStringLiteral("--client"),
                    added.lastLine(),
                    QStringLiteral("--channel"),
                    QStringLiteral("window"),
                    QStringLiteral("--item"),
                    QStringLiteral("5.2.2"),
                    QStringLiteral("--summary"),
                    QStringLiteral("查询企业标准有效性") })
                .code
        == 0);
    const Run list = cli({ QStringLiteral("case"), QStringLiteral("list") }, QStringLiteral("zh_CN"));
    REQUIRE(list.code == 0);
    INFO(list.out.toStdString());
    CHECK(list.out.contains(QStringLiteral("\t5.2.2 标准销售、信息查询及有效性确认\t")));
}

TEST_CASE("papers are Chinese on a machine without a Chinese locale; English only when asked", "[cli][papers]")
{
    Cli cli;
    REQUIRE(cli({ QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("300") }).code == 0);
    auto textOf = [&](const QStringList& langArgs) {
        const QString pdf = cli.dir.filePath(QStringLiteral("report.pdf"));
        QFile::remove(pdf);
        const Run made = cli.withoutLang(langArgs
                + QStringList { QStringLiteral("report"),
                    QStringLiteral("monthly"),
                    QStringLiteral("--month"),
                    Clock::chinaToday().toString(QStringLiteral("yyyy-MM")),
                    QStringLiteral("--pdf"),
                    pdf },
            systemLanguage(QStringLiteral("C")));
        REQUIRE(made.code == 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        REQUIRE(text.waitForFinished(30000));
        return QString::fromUtf8(text.readAllStandardOutput());
    };
    const QString chinese = textOf({});
    CHECK(chinese.contains(QStringLiteral("统计报表")));
    CHECK(chinese.contains(QStringLiteral("一、")));
    CHECK(chinese.contains(QStringLiteral("需求分析：咨询热点"))); // the demand analysis after the figures (7.1.3)
    CHECK_FALSE(chinese.contains(QStringLiteral("Statistics")));
    const QString english = textOf({ QStringLiteral("--lang"), QStringLiteral("en") });
    CHECK(english.contains(QStringLiteral("statistics")));
    CHECK(english.contains(QStringLiteral("1. ")));
    CHECK(english.contains(QStringLiteral("Demand: What clients ask about")));
}

TEST_CASE("case receipt writes the acceptance receipt in Chinese, naming the clerk; unknown is 3, no --pdf is 2",
    "[cli][receipt]")
{
    Cli cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QSDESK_NEW_PASSWORD"), QStringLiteral("Counter-2026"));
    REQUIRE(cli({ QStringLiteral("user"),
                    QStringLiteral("add"),
                    QStringLiteral("--login"),
                    QStringLiteral("zhangli"),
                    QStringLiteral("--name"),
                    QStringLiteral("张丽"),
                    QStringLiteral("--role"),
                    QStringLiteral("clerk") },
                QStringLiteral("en"),
                env)
                .code
        == 0);
    QProcessEnvironment clerk = QProcessEnvironment::systemEnvironment();
    clerk.insert(QStringLiteral("QSDESK_PASSWORD"), QStringLiteral("Counter-2026"));
    const QStringList asClerk { QStringLiteral("--user"), QStringLiteral("zhangli") };
    const QString client = cli(asClerk
            + QStringList { QStringLiteral("client"),
                QStringLiteral("add"),
                QStringLiteral("--name"),
                QStringLiteral("柳州测试机械有限公司") },
        QStringLiteral("en"),
        clerk)
                               .lastLine();
    const Run registered = cli(asClerk
            + QStringList { QStringLiteral("case"),
                QStringLiteral("register"),
                QStringLiteral("--client"),
                client,
                QStringLiteral("--channel"),
                QStringLiteral("window"),
                QStringLiteral("--item"),
                QStringLiteral("5.2.2"),
                QStringLiteral("--summary"),
                QStringLiteral("查询企业标准有效性并申请书面答复") },
        QStringLiteral("en"),
        clerk);
    REQUIRE(registered.code == 0);
    const QString number = registered.lastLine();

    const QString pdf = cli.dir.filePath(QStringLiteral("receipt.pdf"));
    const Run receipt
        = cli({ QStringLiteral("case"), QStringLiteral("receipt"), number, QStringLiteral("--pdf"), pdf });
    INFO(receipt.err.toStdString());
    REQUIRE(receipt.code == 0);
    CHECK(receipt.lastLine() == pdf);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(text.waitForFinished(30000));
    const QString t = QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(t.contains(QStringLiteral("受理回执"))); // Chinese, though the CLI speaks English
    CHECK(t.contains(number));
    CHECK(t.contains(QStringLiteral("柳州测试机械有限公司")));
    CHECK(t.contains(QStringLiteral("查询企业标准有效性并申请书面答复")));
    CHECK(t.contains(QStringLiteral("标准销售、信息查询及有效性确认")));
    CHECK(t.contains(QStringLiteral("个工作日内")));
    CHECK(t.contains(QStringLiteral("经办人：张丽")));
    CHECK_FALSE(t.contains(QStringLiteral("zhangli")));

    const QString none = cli.dir.filePath(QStringLiteral("none.pdf"));
    CHECK(cli({ QStringLiteral("case"),
                  QStringLiteral("receipt"),
                  QStringLiteral("LZ-LN-20000101-0001"),
                  QStringLiteral("--pdf"),
                  none })
              .code
        == 3);
    CHECK_FALSE(QFileInfo::exists(none));
    const Run noPdf = cli({ QStringLiteral("case"), QStringLiteral("receipt"), number });
    CHECK(noPdf.code == 2);
    CHECK(noPdf.err.contains(QStringLiteral("--pdf")));
}

TEST_CASE("case extend and extension approve --told: the applicant told as recorded, the extension notice printed",
    "[cli][clock]")
{
    Cli cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QSDESK_NEW_PASSWORD"), QStringLiteral("Counter-2026"));
    env.insert(QStringLiteral("QSDESK_PASSWORD"), QStringLiteral("Counter-2026"));
    for (const auto& [login, name, role] :
        { std::tuple { "zhangli", "张丽", "clerk" }, { "liming", "黎明", "supervisor" } })
        REQUIRE(cli({ QStringLiteral("user"),
                        QStringLiteral("add"),
                        QStringLiteral("--login"),
                        QString::fromUtf8(login),
                        QStringLiteral("--name"),
                        QString::fromUtf8(name),
                        QStringLiteral("--role"),
                        QString::fromUtf8(role) },
                    QStringLiteral("en"),
                    env)
                    .code
            == 0);
    auto as = [&](const char* login, const QStringList& args) {
        return cli(
            QStringList { QStringLiteral("--user"), QString::fromUtf8(login) } + args, QStringLiteral("en"), env);
    };
    const QString client = as("zhangli",
        { QStringLiteral("client"),
            QStringLiteral("add"),
            QStringLiteral("--name"),
            QStringLiteral("柳州测试机械有限公司") })
                               .lastLine();
    const QString number = as("zhangli",
        { QStringLiteral("case"),
            QStringLiteral("register"),
            QStringLiteral("--client"),
            client,
            QStringLiteral("--channel"),
            QStringLiteral("window"),
            QStringLiteral("--item"),
            QStringLiteral("5.1.2"),
            QStringLiteral("--summary"),
            QStringLiteral("计量器具校准") })
                               .lastLine();
    auto dueClose = [&] {
        const Run show = cli({ QStringLiteral("case"), QStringLiteral("show"), number, QStringLiteral("--json") });
        return QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("due_close")).toString();
    };
    const QString due0 = dueClose();
    REQUIRE(as("zhangli",
                { QStringLiteral("case"),
                    QStringLiteral("extend"),
                    number,
                    QStringLiteral("--days"),
                    QStringLiteral("5"),
                    QStringLiteral("--reason"),
                    QStringLiteral("需送外地检测") })
                .code
        == 0);
    const QStringList approve {
        QStringLiteral("case"), QStringLiteral("extension"), number, QStringLiteral("approve")
    };
    const Run fax = as("liming", approve + QStringList { QStringLiteral("--told"), QStringLiteral("fax") });
    CHECK(fax.code == 2);
    CHECK(fax.err.contains(QStringLiteral("How the applicant was told")));
    CHECK(dueClose() == due0); // nothing decided
    REQUIRE(as("liming", approve + QStringList { QStringLiteral("--told"), QStringLiteral("paper") }).code == 0);
    CHECK(dueClose() > due0);
    const QString pdf = cli.dir.filePath(QStringLiteral("extension.pdf"));
    REQUIRE(
        cli({ QStringLiteral("case"), QStringLiteral("extension-notice"), number, QStringLiteral("--pdf"), pdf }).code
        == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(text.waitForFinished(30000));
    const QString read = QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char(' '));
    CHECK(read.contains(QStringLiteral("延期办理告知书")));
    CHECK(read.contains(QStringLiteral("延长5个工作日")));
    CHECK(read.contains(QStringLiteral("经办人：张丽")));
}

TEST_CASE(
    "client file by id or credit code: the timeline as text or JSON, the A4 file; unknown is 3", "[cli][client-file]")
{
    Cli cli;
    const QString uscc = QStringLiteral("914403001922038216");
    const QString id = cli({ QStringLiteral("client"),
                               QStringLiteral("add"),
                               QStringLiteral("--name"),
                               QStringLiteral("华为技术有限公司"),
                               QStringLiteral("--uscc"),
                               uscc })
                           .lastLine();
    const auto registerCase = [&](const QStringList& more) {
        const Run r = cli(QStringList { QStringLiteral("case"),
                              QStringLiteral("register"),
                              QStringLiteral("--client"),
                              id,
                              QStringLiteral("--channel"),
                              QStringLiteral("window"),
                              QStringLiteral("--item"),
                              QStringLiteral("5.2.2") }
            + more);
        REQUIRE(r.code == 0);
        return r.lastLine();
    };
    const QString first = registerCase({ QStringLiteral("--summary"), QStringLiteral("查询企业标准有效性") });
    const QString second = registerCase({ QStringLiteral("--summary"),
        QStringLiteral("标准备案流程"),
        QStringLiteral("--answer"),
        QStringLiteral("网上备案即可") });

    const Run json = cli({ QStringLiteral("client"), QStringLiteral("file"), uscc, QStringLiteral("--json") });
    REQUIRE(json.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("client")).toObject().value(QStringLiteral("id")).toString() == id);
    CHECK(o.value(QStringLiteral("cases")).toArray().size() == 2);
    const QJsonObject closed = o.value(QStringLiteral("by_status")).toArray().last().toObject();
    CHECK(closed.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(closed.value(QStringLiteral("cases")).toInt() == 1);
    const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 3); // two registrations, one answer on the spot
    CHECK(entries.at(0).toObject().value(QStringLiteral("case")).toString() == first);
    CHECK(entries.at(0).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("registered"));
    CHECK(entries.at(2).toObject().value(QStringLiteral("case")).toString() == second);
    CHECK(entries.at(2).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("answered"));
    CHECK_FALSE(entries.at(2).toObject().value(QStringLiteral("staff")).toString().startsWith(QStringLiteral("os:")));

    const Run text = cli({ QStringLiteral("client"), QStringLiteral("file"), id }, QStringLiteral("zh_CN"));
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("华为技术有限公司")));
    CHECK(text.out.contains(QStringLiteral("已登记")));
    CHECK(text.out.contains(second));

    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("file.pdf"));
    const Run printed = cli({ QStringLiteral("client"), QStringLiteral("file"), uscc, QStringLiteral("--pdf"), pdf },
        QStringLiteral("zh_CN"));
    REQUIRE(printed.code == 0);
    CHECK(printed.lastLine() == pdf);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    const QString paper = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(paper.contains(QStringLiteral("客户档案")));
    CHECK(paper.contains(QStringLiteral("统一社会信用代码")));
    CHECK(paper.contains(QStringLiteral("华为技术有限公司")));
    CHECK(paper.contains(first));

    CHECK(cli({ QStringLiteral("client"), QStringLiteral("file"), QStringLiteral("91450200MA5KXXXX0X") }).code == 3);
    CHECK(cli({ QStringLiteral("client"), QStringLiteral("file") }).code == 2);
}

TEST_CASE(
    "kb revise makes the next version from the fields given; the rest stay; a bad date is exit 2", "[cli][knowledge]")
{
    Cli cli;
    const Run added = cli({ QStringLiteral("kb"),
        QStringLiteral("add"),
        QStringLiteral("--question"),
        QStringLiteral("强检计量器具如何申请检定？"),
        QStringLiteral("--answer"),
        QStringLiteral("向柳南区市场监督管理局申请，携带器具和营业执照。"),
        QStringLiteral("--basis"),
        QStringLiteral("《中华人民共和国计量法》第九条"),
        QStringLiteral("--items"),
        QStringLiteral("5.1.1") });
    REQUIRE(added.code == 0);
    const QString number = added.lastLine();
    const QStringList revise { QStringLiteral("kb"), QStringLiteral("revise"), number };
    CHECK(cli(revise + QStringList { QStringLiteral("--to"), QStringLiteral("2026-13-01") }).code == 2);
    const Run revised = cli(revise
        + QStringList { QStringLiteral("--answer"),
            QStringLiteral("在线提交申请，或到窗口办理。"),
            QStringLiteral("--to"),
            QStringLiteral("2099-12-31") });
    REQUIRE(revised.code == 0);
    CHECK(revised.lastLine() == number);
    const Run shown = cli({ QStringLiteral("kb"), QStringLiteral("show"), number, QStringLiteral("--json") });
    REQUIRE(shown.code == 0);
    const QJsonObject e = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(e.value(QStringLiteral("version")).toInt() == 2);
    CHECK(e.value(QStringLiteral("answer")).toString() == QStringLiteral("在线提交申请，或到窗口办理。"));
    CHECK(e.value(QStringLiteral("basis")).toString() == QStringLiteral("《中华人民共和国计量法》第九条"));
    CHECK(e.value(QStringLiteral("valid_to")).toString() == QStringLiteral("2099-12-31"));
    CHECK(e.value(QStringLiteral("current")).toBool());
    // Nothing new: refused, exit 2.
    const Run same = cli(revise);
    CHECK(same.code == 2);
    CHECK(same.err.contains(QStringLiteral("Nothing differs from version 2")));
    const Run withdrawn = cli(revise + QStringList { QStringLiteral("--basis-withdrawn") });
    REQUIRE(withdrawn.code == 0);
    const Run after = cli({ QStringLiteral("kb"), QStringLiteral("show"), number, QStringLiteral("--json") });
    CHECK_FALSE(QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("current")).toBool());
}

TEST_CASE(
    "report monthly as JSON, CSV or Excel starts no GUI application; only --pdf lays out a document", "[cli][report]")
{
    Cli cli;
    REQUIRE(cli({ QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("50") }).code == 0);
    // A GUI application on the X11 platform without a display cannot start: the process aborts. A
    // command that starts none does not notice.
    QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
    noDisplay.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    noDisplay.remove(QStringLiteral("DISPLAY"));
    noDisplay.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QStringList month { QStringLiteral("report"),
        QStringLiteral("monthly"),
        QStringLiteral("--month"),
        Clock::chinaToday().toString(QStringLiteral("yyyy-MM")) };
    for (const QStringList& as : { QStringList { QStringLiteral("--json") },
             QStringList { QStringLiteral("--csv"), cli.dir.filePath(QStringLiteral("r.csv")) },
             QStringList { QStringLiteral("--xlsx"), cli.dir.filePath(QStringLiteral("r.xlsx")) } }) {
        INFO(as.join(QLatin1Char(' ')).toStdString());
        CHECK(cli(month + as, QStringLiteral("en"), noDisplay).code == 0);
    }
    CHECK(QFileInfo(cli.dir.filePath(QStringLiteral("r.xlsx"))).size() > 0);
    const Run pdf = cli(month + QStringList { QStringLiteral("--pdf"), cli.dir.filePath(QStringLiteral("r.pdf")) },
        QStringLiteral("en"),
        noDisplay);
    CHECK(pdf.code != 0); // it does need one (offscreen where no platform is named)
}
