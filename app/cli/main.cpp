// qsdesk-cli: the headless, scriptable side of QSDesk (DESIGN.md §7). Exit codes: 0 ok, 2 bad input,
// 3 not found, 4 not allowed, 5 network, 6 storage, 7 the platform refused the station's credential, 1 internal.
#include "cli/Command.h"
#include "common/BrokenPipes.h"
#include "common/Language.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <cstdio>

namespace {
// Commands that lay out documents need fonts, which only a QGuiApplication provides; without a
// display they run on the offscreen platform. The others start without any of that.
bool laysOutDocuments(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray word(argv[i]);
        if (word == "--db" || word == "--lang" || word == "--user") {
            ++i;
            continue;
        }
        if (word.startsWith("--"))
            continue;
        if (word == "case") { // only its receipt and the clock's notices are documents
            const QByteArray sub = i + 1 < argc ? QByteArray(argv[i + 1]) : QByteArray();
            return sub == "receipt" || sub == "pause-notice" || sub == "urge-notice" || sub == "extension-notice";
        }
        if (word == "client") // only its file (客户档案) is a document
            return i + 1 < argc && QByteArray(argv[i + 1]) == "file";
        return word == "notice" || word == "visit" || word == "report" || word == "survey";
    }
    return false;
}

std::unique_ptr<QCoreApplication> application(int& argc, char* argv[])
{
    if (!laysOutDocuments(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}
} // namespace

int main(int argc, char* argv[])
{
    BrokenPipes::ignore();
    const std::unique_ptr<QCoreApplication> application = ::application(argc, argv);
    QCoreApplication& app = *application;
    // Progress chatter stays out of scripts' way; QT_LOGGING_RULES can turn it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("qsdesk.*.info=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("QSDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("QSDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QSDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options come before the command: --db FILE, --user NAME, --lang zh_CN|en.
    QStringList args = app.arguments().mid(1);
    QString dbPath = Database::defaultPath();
    QString user;
    QString lang = QLocale::system().language() == QLocale::Chinese ? Language::defaultCode() : QStringLiteral("en");
    bool langChosen = false;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if ((option == QLatin1String("--db") || option == QLatin1String("--lang")) && !args.isEmpty()) {
            langChosen = langChosen || option == QLatin1String("--lang");
            (option == QLatin1String("--db") ? dbPath : lang) = args.takeFirst();
        } else if (option == QLatin1String("--user") && !args.isEmpty())
            user = args.takeFirst();
        else if (option.startsWith(QLatin1String("--user=")))
            user = option.mid(7);
        else if (option.startsWith(QLatin1String("--db=")))
            dbPath = option.mid(5);
        else if (option.startsWith(QLatin1String("--lang="))) {
            lang = option.mid(7);
            langChosen = true;
        } else if (option == QLatin1String("--help"))
            args.clear();
        else if (option == QLatin1String("--version")) {
            out << QStringLiteral("qsdesk-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
            return 0;
        } else {
            err << QCoreApplication::translate("Cli", "Unknown option %1").arg(option) << Qt::endl;
            return 2;
        }
    }
    // --lang is a global option, but people type it after the command too (`case list --lang en`):
    // taken from anywhere before a "--", so the command's own options do not refuse it.
    for (qsizetype i = 1; i < args.size() && args.at(i) != QLatin1String("--");) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args.at(i + 1);
            args.remove(i, 2);
            langChosen = true;
        } else if (args.at(i).startsWith(QLatin1String("--lang="))) {
            lang = args.takeAt(i).mid(7);
            langChosen = true;
        } else {
            ++i;
        }
    }
    Language::install(lang);
    // Papers are Chinese whatever the machine's locale; in English only when --lang en says so.
    Language::setDocumentCode(langChosen ? lang : Language::defaultCode());

    const auto commands = allCommands();
    if (args.isEmpty()) {
        out << QCoreApplication::translate(
            "Cli", "Usage: qsdesk-cli [--db FILE] [--user NAME] [--lang zh_CN|en] COMMAND [options]")
            << Qt::endl;
        for (const auto& c : commands)
            out << QStringLiteral("  %1  %2").arg(c->name(), -8).arg(c->summary()) << Qt::endl;
        return app.arguments().contains(QStringLiteral("--help")) ? 0 : 2;
    }
    CliContext ctx { dbPath, out, err };
    ctx.userName = user;
    for (const auto& c : commands)
        if (c->name() == args.first())
            return c->execute(ctx, args);
    err << QCoreApplication::translate("Cli", "Unknown command %1").arg(args.first()) << Qt::endl;
    return 2;
}
