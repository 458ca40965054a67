#include "domain/CaseNumber.h"

#include <QRegularExpression>

QString CaseNumber::format(const QString& cityCode, const QString& stationCode, const QDate& day, int sequence)
{
    return QStringLiteral("%1-%2-%3-%4")
        .arg(cityCode, stationCode, day.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

bool CaseNumber::looksLikePrefix(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2,4}-[A-Z0-9]{1,8}(-\\d{0,8}(-\\d{0,6})?)?$"));
    return re.match(normalisePrefix(text)).hasMatch();
}

QString CaseNumber::normalisePrefix(const QString& text)
{
    return text.trimmed().toUpper();
}
