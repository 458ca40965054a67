#include "domain/ReturnReason.h"

#include "domain/KeyedEnum.h"

#include <QCoreApplication>

namespace {
const KeyedEnumEntry<ReturnReason> kEntries[] = {
    { ReturnReason::OutOfScope, "out_of_scope", QT_TRANSLATE_NOOP("ReturnReason", "Outside its services") },
    { ReturnReason::NotQualified, "not_qualified", QT_TRANSLATE_NOOP("ReturnReason", "Not qualified for it") },
    { ReturnReason::MaterialsIncomplete, "materials", QT_TRANSLATE_NOOP("ReturnReason", "Materials incomplete") },
    { ReturnReason::WrongAgency, "wrong_agency", QT_TRANSLATE_NOOP("ReturnReason", "Sent to the wrong agency") },
    { ReturnReason::Other, "other", QT_TRANSLATE_NOOP("ReturnReason", "Other") },
};
const KeyedEnum kTable("ReturnReason", kEntries);
// As clerks type them, whatever language the program speaks (the translations say the same).
const char16_t* const kChinese[] = { u"超出服务范围", u"不具备相应资质", u"材料不全", u"转交对象有误", u"其他" };
} // namespace

QList<ReturnReason> ReturnReasons::all()
{
    return kTable.all();
}

QString ReturnReasons::key(ReturnReason r)
{
    return kTable.key(r);
}

std::optional<ReturnReason> ReturnReasons::fromKey(const QString& key)
{
    return kTable.fromKey(key);
}

UiText ReturnReasons::label(ReturnReason r)
{
    return kTable.label(r);
}

Result<ReturnReason> ReturnReasons::parse(const QString& field, const QString& text)
{
    const QString t = text.trimmed();
    const QList<ReturnReason> reasons = all();
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        const UiText l = label(reasons.at(i));
        if (t.compare(key(reasons.at(i)), Qt::CaseInsensitive) == 0 || t == l.local
            || t.compare(l.english, Qt::CaseInsensitive) == 0 || t == QString::fromUtf16(kChinese[i]))
            return reasons.at(i);
    }
    return kTable.parse(field, t);
}
