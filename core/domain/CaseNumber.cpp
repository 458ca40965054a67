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

std::optional<CaseNumber::Tail> CaseNumber::tailOf(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:([A-Z0-9]{1,8})\\s*-\\s*(?=\\d{8}\\b))?(\\d{1,8})\\s*(?:-|\\s)\\s*(\\d{2,6})$"));
    const auto m = re.match(text.normalized(QString::NormalizationForm_KC).trimmed().toUpper());
    if (!m.hasMatch())
        return std::nullopt;
    // The end of a day as yyyyMMdd: "9001-2015" (ISO 9001) is a standard's number, not a tail.
    const QString day = m.captured(2);
    const int dd = day.right(2).toInt();
    if (day.size() >= 2 && (dd < 1 || dd > 31))
        return std::nullopt;
    const int mm = day.size() >= 4 ? day.right(4).left(2).toInt() : 1;
    if (mm < 1 || mm > 12)
        return std::nullopt;
    return Tail { m.captured(1), day, m.captured(3) };
}

QString CaseNumber::Tail::text() const
{
    const QString end = day + QLatin1Char('-') + sequence;
    return station.isEmpty() ? end : station + QLatin1Char('-') + end;
}
