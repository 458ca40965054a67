#include "validation/DeliveryWay.h"

#include "validation/TextRules.h"

Result<QString> DeliveryWay::check(const QString& how, const QString& field)
{
    const QString way = how.trimmed().toLower();
    if (way != QLatin1String("paper") && way != QLatin1String("sms") && way != QLatin1String("phone"))
        return Error::badInput(field,
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 must be paper, sms or phone."))
                .arg(Fields::label(field)));
    return way;
}

QString DeliveryWay::chinese(const QString& key)
{
    if (key == QLatin1String("paper"))
        return QStringLiteral("书面");
    if (key == QLatin1String("sms"))
        return QStringLiteral("短信");
    if (key == QLatin1String("phone"))
        return QStringLiteral("电话");
    return key;
}
