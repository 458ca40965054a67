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
#include "cli/KnowledgeCommands.h"
#include "cli/LimitsCommand.h"
#include "cli/NoticeCommands.h"
#include "cli/PasswordPrompt.h"
#include "cli/ReportCommand.h"
#include "cli/SurveyCommand.h"
#include "cli/SyncCommand.h"
#include "cli/UserCommands.h"
#include "cli/VisitCommands.h"
#include "common/CurrentUser.h"
#include "documents/PagedDocument.h"
#include "domain/Catalog.h"
#include "domain/WorkCalendar.h"
#include "security/Authentication.h"
#include "security/UserAccounts.h"
#include "storage/Database.h"

#include <QScopeGuard>

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
        m_actor = Actor::operatingSystemAccount(CurrentUser::login(), CurrentUser::fullName());
        return true;
    }
    QString password = qEnvironmentVariable("QSDESK_PASSWORD");
    if (password.isEmpty())
        password = PasswordPrompt::ask(QCoreApplication::translate("Cli", "Password for %1: ").arg(userName));
    // The typed password is wiped however this ends.
    const auto wipe = qScopeGuard([&password] { password.fill(QLatin1Char(' ')); });
    Authentication auth(db);
    auto loggedIn = auth.logIn(userName, password);
    if (!loggedIn) {
        exitCode = fail(loggedIn.error());
        return false;
    }
    // A password that has run out under the station's setting is changed before anything else.
    auto expired = auth.passwordExpired(*loggedIn);
    if (!expired) {
        exitCode = fail(expired.error());
        return false;
    }
    if (*expired) {
        warn(Authentication::passwordExpiredMessage());
        const auto next = newPassword(loggedIn->login);
        if (!next) {
            exitCode = int(ErrorCode::BadInput);
            return false;
        }
        if (Status changed = UserAccounts(db).changeOwnPassword(*loggedIn, password, *next); !changed) {
            exitCode = fail(changed.error());
            return false;
        }
        err << QCoreApplication::translate("Cli", "The password of %1 was changed.").arg(loggedIn->login) << Qt::endl;
    }
    m_actor = *loggedIn;
    return true;
}

std::optional<QString> CliContext::newPassword(const QString& login)
{
    const QString fromEnv = qEnvironmentVariable("QSDESK_NEW_PASSWORD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString first = PasswordPrompt::ask(Command::t(QT_TRANSLATE_NOOP("Cli", "New password for %1: ")).arg(login));
    const QString again = PasswordPrompt::ask(Command::t(QT_TRANSLATE_NOOP("Cli", "The same password again: ")));
    if (first != again) {
        usage(Command::t(QT_TRANSLATE_NOOP("Cli", "The two passwords differ. Nothing was changed.")));
        return std::nullopt;
    }
    return first;
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

int CliContext::writePaper(const QString& html, const QString& path, const QString& title)
{
    auto pages = PagedDocument::writePdf(html, path, title);
    if (!pages)
        return fail(pages.error());
    err << QCoreApplication::translate("Cli", "%1: %2 page(s)").arg(path).arg(*pages) << Qt::endl;
    out << path << Qt::endl;
    return 0;
}

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
        std::make_shared<LimitsCommand>(),
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
        std::make_shared<ImprovementCommand>(),
        std::make_shared<KnowledgeCommand>() };
}
