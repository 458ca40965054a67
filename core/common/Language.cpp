#include "common/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString Language::defaultCode()
{
    return QStringLiteral("zh_CN");
}

bool Language::install(const QString& code)
{
    if (!code.startsWith(QLatin1String("zh"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* own = new QTranslator(QCoreApplication::instance());
    const bool loaded = own->load(QStringLiteral(":/i18n/qsdesk_zh_CN.qm"));
    if (loaded)
        QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, context menus), if Debian's qt6-translations-l10n is there.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China),
            QStringLiteral("qtbase"),
            QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

bool Language::isChinese()
{
    return QLocale().language() == QLocale::Chinese;
}
