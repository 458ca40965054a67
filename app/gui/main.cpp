// qsdesk: the desktop program. Parses options, sets the language, loads the catalog and starts the
// window; the database opens in the background (ui/Startup).
#include "AppContext.h"
#include "MainWindow.h"
#include "Startup.h"
#include "TextSize.h"
#include "common/BrokenPipes.h"
#include "common/Language.h"
#include "domain/Catalog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char* argv[])
{
    BrokenPipes::ignore();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QSDesk"));
    QApplication::setApplicationName(QStringLiteral("QSDesk"));
    QApplication::setApplicationVersion(QStringLiteral(QSDESK_VERSION));
    // The installed desktop entry's name (installer/), so Wayland matches the window to its icon.
    QApplication::setDesktopFileName(QStringLiteral("cn.gov.liuzhou.qsdesk"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        { QStringLiteral("db"), QStringLiteral("Database file"), QStringLiteral("file"), Database::defaultPath() });
    parser.addOption({ QStringLiteral("lang"), QStringLiteral("zh_CN or en"), QStringLiteral("code") });
    parser.process(app);

    QSettings settings;
    const QString lang = parser.isSet(QStringLiteral("lang"))
        ? parser.value(QStringLiteral("lang"))
        : settings.value(QStringLiteral("ui/language"), Language::defaultCode()).toString();
    Language::install(lang);

    auto catalog = Catalog::loadBuiltIn();
    if (!catalog) {
        QMessageBox::critical(nullptr, QStringLiteral("QSDesk"), catalog.error().message.bilingual());
        return 1;
    }
    TextSize::apply(TextSize::saved()); // the user's text size (issue 18), before any window exists
    AppContext ctx(parser.value(QStringLiteral("db")), std::move(catalog).value());
    MainWindow window(ctx);
    window.showFitted();
    Startup::begin(ctx, window);
    return app.exec();
}
