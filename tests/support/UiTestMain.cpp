// Catch2 main for widget tests: a QApplication on the offscreen platform, in Chinese as the users see it.
// The offscreen screen is a county office's laptop, 1366×768, unless QSDESK_TEST_SCREEN names
// another size (WIDTHxHEIGHT; ctest also runs the [fit] tests at 1280x720). With QT_QPA_PLATFORM=xcb
// (tests/ui/in-xvfb) the windows are real X windows instead, on a screen that must be that size. Settings are written
// to a fresh folder, so nothing a user (or an earlier run) remembered changes what a test sees.
#define CATCH_CONFIG_RUNNER
#include "common/BrokenPipes.h"
#include "common/Language.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    const QString wanted = qEnvironmentVariableIsSet("QSDESK_TEST_SCREEN")
        ? QString::fromLocal8Bit(qgetenv("QSDESK_TEST_SCREEN"))
        : QStringLiteral("1366x768");
    const auto size = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(wanted);
    if (!size.hasMatch() || !home.isValid()) {
        fprintf(stderr, "QSDESK_TEST_SCREEN must be WIDTHxHEIGHT, not %s\n", qPrintable(wanted));
        return 2;
    }
    const QJsonObject screen { { QStringLiteral("name"), QStringLiteral("Laptop") },
        { QStringLiteral("x"), 0 },
        { QStringLiteral("y"), 0 },
        { QStringLiteral("width"), size.captured(1).toInt() },
        { QStringLiteral("height"), size.captured(2).toInt() },
        { QStringLiteral("logicalDpi"), 96 },
        { QStringLiteral("logicalBaseDpi"), 96 },
        { QStringLiteral("dpr"), 1 } };
    const QString config = home.filePath(QStringLiteral("offscreen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject { { QStringLiteral("screens"), QJsonArray { screen } } }).toJson()) < 0)
        return 2;
    file.close();
    // Under a real X server (tests/ui/in-xvfb) the windows are real ones, on a screen of that size.
    const bool realWindows = qgetenv("QT_QPA_PLATFORM") == "xcb";
    if (!realWindows)
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=") + QFile::encodeName(config));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.filePath(QStringLiteral("settings")));
    BrokenPipes::ignore();
    QApplication app(argc, argv);
    const QSize screenSize = QGuiApplication::primaryScreen()->size();
    if (screenSize != QSize(size.captured(1).toInt(), size.captured(2).toInt())) {
        fprintf(stderr,
            "the screen is %dx%d, not the %s asked for\n",
            screenSize.width(),
            screenSize.height(),
            qPrintable(wanted));
        return 2;
    }
    Language::install(Language::defaultCode());
    return Catch::Session().run(argc, argv);
}
