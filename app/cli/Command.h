#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "security/Permissions.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

class Database;
class Catalog;
class WorkCalendar;

// What every command gets: the database path, where to write, and shared helpers. Output goes to
// the given streams, never straight to stdout, so tests can read it.
struct CliContext
{
    CliContext(QString dbPath, QTextStream& out, QTextStream& err);
    ~CliContext();

    QString dbPath;
    QString userName; // --user: act as this station account instead of as the file's owner
    QTextStream& out;
    QTextStream& err;

    // Opens (and upgrades) the database and settles who acts on it (actor()); on failure reports and
    // returns the exit code in `exitCode`.
    std::unique_ptr<Database> openDatabase(int& exitCode);
    // Loads the built-in catalog; nullptr after reporting when it is broken.
    const Catalog* catalog(int& exitCode);
    // The holiday calendar, shipped years and the administrator's; nullptr after reporting.
    const WorkCalendar* calendar(int& exitCode);
    // Who the command acts as (issue 6), once openDatabase() succeeded: without --user, the
    // operating-system account running it, as the station administrator; with --user NAME, that
    // account after its password (QSDESK_PASSWORD or a prompt).
    const Actor& actor() const { return *m_actor; }
    // Whether the actor's role has `permission` (else reports it: exit 4), for commands whose core
    // call takes no actor of its own (backup, restore, audit, demo).
    bool allowedTo(Permission permission, int& exitCode);
    int fail(const Error& error); // prints the error in Chinese and English, returns its exit code
    void warn(const UiText& warning); // the same for a warning; the command goes on
    int usage(const QString& message); // a bad command line: exit 2
    // A paper written to the PDF file `path` (PagedDocument): its page count on stderr, the path
    // as the last line of stdout; the error's exit code if it could not be written.
    int writePaper(const QString& html, const QString& path, const QString& title);
    // A new password for `login`: QSDESK_NEW_PASSWORD for scripts, else asked twice on the terminal;
    // none after reporting that the two differ.
    std::optional<QString> newPassword(const QString& login);

private:
    bool logIn(Database& db, int& exitCode);

    std::optional<Actor> m_actor;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<WorkCalendar> m_calendar;
};

// One class per command (KeePassXC's pattern): a name, a one-line help and execute().
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int execute(CliContext& ctx, const QStringList& args) = 0;

    // A text of the command line in the chosen language (context "Cli"; mark literals with
    // QT_TRANSLATE_NOOP("Cli", …) for lupdate).
    static QString t(const char* text);

    // Shared by commands and by the pieces of a command kept in files of their own (SyncAttention).
    using Sub = std::function<int(CliContext&, const QStringList&)>;
    // Runs the subcommand named by args[1] with args from it on; --help (or none) prints `usage`
    // (exit 0 for --help, 2 otherwise).
    static int subcommand(
        CliContext& ctx, const QStringList& args, const QList<QPair<QString, Sub>>& subs, const QString& usage);
    // Parses `args` (args[0] is the command name) with the given options; on error reports it.
    static bool parse(CliContext& ctx, QCommandLineParser& parser, const QStringList& args, int& exitCode);
};

QList<std::shared_ptr<Command>> allCommands();
