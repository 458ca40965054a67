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

namespace {
QString& documentCode()
{
    static QString code = Language::defaultCode();
    return code;
}
} // namespace

void Language::setDocumentCode(const QString& code)
{
    documentCode() = code;
}

Language::ForDocuments::ForDocuments()
{
    if (!documentCode().startsWith(QLatin1String("zh")) || isChinese())
        return; // the UI reads as the documents do already
    m_uiLocale = QLocale();
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    m_translator = new QTranslator;
    if (m_translator->load(QStringLiteral(":/i18n/qsdesk_zh_CN.qm")))
        QCoreApplication::installTranslator(m_translator);
}

Language::ForDocuments::~ForDocuments()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }
    if (m_uiLocale)
        QLocale::setDefault(*m_uiLocale);
}

bool Language::isChinese()
{
    return QLocale().language() == QLocale::Chinese;
}
