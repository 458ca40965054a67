#include "validation/DeliveryWay.h"

#include "validation/TextRules.h"

Result<QString> DeliveryWay::check(const QString& how)
{
    const QString way = how.trimmed().toLower();
    if (way != QLatin1String("paper") && way != QLatin1String("sms") && way != QLatin1String("phone"))
        return Error::badInput(QStringLiteral("delivered_how"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 must be paper, sms or phone."))
                .arg(Fields::label(QStringLiteral("delivered_how"))));
    return way;
}
