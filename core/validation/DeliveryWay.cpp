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

UiText DeliveryWay::label(const QString& key)
{
    if (key == QLatin1String("paper"))
        return UiText::of("DeliveryWay", QT_TRANSLATE_NOOP("DeliveryWay", "in writing"));
    if (key == QLatin1String("sms"))
        return UiText::of("DeliveryWay", QT_TRANSLATE_NOOP("DeliveryWay", "by SMS"));
    if (key == QLatin1String("phone"))
        return UiText::of("DeliveryWay", QT_TRANSLATE_NOOP("DeliveryWay", "by phone"));
    return { key, key };
}
