#include "common/UiText.h"

#include <QCoreApplication>

UiText UiText::of(const char* context, const char* sourceText)
{
    return { QCoreApplication::translate(context, sourceText), QString::fromUtf8(sourceText) };
}

UiText::Filled UiText::arg(const UiText& a) const
{
    return Filled({ local.arg(a.local), english.arg(a.english) });
}

UiText::Filled UiText::arg(const QString& a) const
{
    return Filled({ local.arg(a), english.arg(a) });
}

UiText::Filled UiText::arg(qlonglong n) const
{
    return Filled({ local.arg(n), english.arg(n) });
}

QString UiText::bilingual() const
{
    if (local == english)
        return local;
    return QStringLiteral("%1 (%2)").arg(local, english);
}
