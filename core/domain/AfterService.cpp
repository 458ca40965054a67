#include "domain/AfterService.h"

UiText Satisfaction::label(int rating)
{
    static const char* const kLevels[] = {
        QT_TRANSLATE_NOOP("AfterService", "Very dissatisfied"),
        QT_TRANSLATE_NOOP("AfterService", "Dissatisfied"),
        QT_TRANSLATE_NOOP("AfterService", "Neutral"),
        QT_TRANSLATE_NOOP("AfterService", "Satisfied"),
        QT_TRANSLATE_NOOP("AfterService", "Very satisfied"),
    };
    if (rating < 1 || rating > 5)
        return UiText::of("AfterService", QT_TRANSLATE_NOOP("AfterService", "Not rated"));
    return UiText::of("AfterService", kLevels[rating - 1]);
}
