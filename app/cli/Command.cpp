#include "cli/Command.h"

#include "cli/AgencyCommands.h"
#include "cli/ArchiveCommand.h"
#include "cli/AuditCommands.h"
#include "cli/BackupCommands.h"
#include "cli/CalendarCommand.h"
#include "cli/CaseCommands.h"
#include "cli/CheckCommand.h"
#include "cli/ClientCommands.h"
#include "cli/ComplaintCommands.h"
#include "cli/DemoCommand.h"
#include "cli/FeedbackCommands.h"
#include "cli/ImprovementCommands.h"
#include "cli/InitCommand.h"
#include "cli/NoticeCommands.h"
#include "cli/PasswordPrompt.h"
#include "cli/ReportCommand.h"
#include "cli/SurveyCommand.h"
#include "cli/SyncCommand.h"
#include "cli/UserCommands.h"
#include "cli/VisitCommands.h"
#include "common/CurrentUser.h"
#include "domain/Catalog.h"
#include "domain/WorkCalendar.h"
#include "security/Authentication.h"
#include "storage/Database.h"

CliContext::CliContext(QString path, QTextStream& o, QTextStream& e)
    : dbPath(std::move(path))
    , out(o)
    , err(e)
{ }

CliContext::~CliContext() = default;

std::unique_ptr<Database> CliContext::openDatabase(int& exitCode)
{
    auto db = Database::open(dbPath);
    if (!db) {
        exitCode = fail(db.error());
        return nullptr;
    }
    // With --user, even a command that only reads needs the password first.
    if (!logIn(**db, exitCode))
        return nullptr;
    return std::move(db).value();
}

const WorkCalendar* CliContext::calendar(int& exitCode)
{
    if (!m_calendar) {
        auto loaded = WorkCalendar::load(WorkCalendar::adminFile());
        if (!loaded) {
            exitCode = fail(loaded.error());
            return nullptr;
        }
        m_calendar = std::make_unique<WorkCalendar>(std::move(loaded).value());
    }
    return m_calendar.get();
}

QString Command::t(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

const Catalog* CliContext::catalog(int& exitCode)
{
    if (!m_catalog) {
        auto loaded = Catalog::loadBuiltIn();
        if (!loaded) {
            exitCode = fail(loaded.error());
            return nullptr;
        }
        m_catalog = std::make_unique<Catalog>(std::move(loaded).value());
    }
    return m_catalog.get();
}

bool CliContext::logIn(Database& db, int& exitCode)
{
    if (m_actor)
        return true;
    if (userName.isEmpty()) {
        m_actor = Actor::operatingSystemAccount(CurrentUser::login());
        return true;
    }
    QString password = qEnvironmentVariable("QSDESK_PASSWORD");
    if (password.isEmpty())
        password = PasswordPrompt::ask(QCoreApplication::translate("Cli", "Password for %1: ").arg(userName));
    auto loggedIn = Authentication(db).logIn(userName, password);
    password.fill(QLatin1Char(' '));
    if (!loggedIn) {
        exitCode = fail(loggedIn.error());
        return false;
    }
    m_actor = *loggedIn;
    return true;
}

bool CliContext::allowedTo(Permission permission, int& exitCode)
{
    if (Status s = Permissions::require(actor(), permission); !s) {
        exitCode = fail(s.error());
        return false;
    }
    return true;
}

namespace {
// "错误 / Error: 中文\n  English" in Chinese; in English "Error: English", the English once.
void report(QTextStream& err, const QString& label, const char* englishLabel, const UiText& message)
{
    if (label == QLatin1String(englishLabel))
        err << label << QStringLiteral(": ") << message.english;
    else
        err << label << QStringLiteral(" / ") << englishLabel << QStringLiteral(": ") << message.local;
    if (label != QLatin1String(englishLabel) && message.english != message.local)
        err << QStringLiteral("\n  ") << message.english;
    err << Qt::endl;
}
} // namespace

int CliContext::fail(const Error& error)
{
    report(err, QCoreApplication::translate("Cli", "Error"), "Error", error.message);
    return int(error.code);
}

void CliContext::warn(const UiText& warning)
{
    report(err, QCoreApplication::translate("Cli", "Warning"), "Warning", warning);
}

int CliContext::usage(const QString& message)
{
    err << message << Qt::endl;
    return int(ErrorCode::BadInput);
}

int Command::subcommand(
    CliContext& ctx, const QStringList& args, const QList<QPair<QString, Sub>>& subs, const QString& usage)
{
    const QString sub = args.value(1);
    for (const auto& [name, run] : subs)
        if (sub == name)
            return run(ctx, args.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        ctx.out << usage << Qt::endl;
        return 0;
    }
    return ctx.usage(usage);
}

bool Command::parse(CliContext& ctx, QCommandLineParser& parser, const QStringList& args, int& exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        exitCode = ctx.usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        exitCode = 0;
        return false;
    }
    return true;
}

QList<std::shared_ptr<Command>> allCommands()
{
    return { std::make_shared<InitCommand>(),
        std::make_shared<ClientCommand>(),
        std::make_shared<CaseCommand>(),
        std::make_shared<DemoCommand>(),
        std::make_shared<CheckCommand>(),
        std::make_shared<SyncCommand>(),
        std::make_shared<CalendarCommand>(),
        std::make_shared<AgencyCommand>(),
        std::make_shared<NoticeCommand>(),
        std::make_shared<VisitCommand>(),
        std::make_shared<BackupCommand>(),
        std::make_shared<RestoreCommand>(),
        std::make_shared<AuditCommand>(),
        std::make_shared<UserCommand>(),
        std::make_shared<ArchiveCommand>(),
        std::make_shared<ReportCommand>(),
        std::make_shared<FeedbackCommand>(),
        std::make_shared<ReturnVisitCommand>(),
        std::make_shared<ComplaintCommand>(),
        std::make_shared<SurveyCommand>(),
        std::make_shared<EvaluationCommand>(),
        std::make_shared<ImprovementCommand>() };
}
