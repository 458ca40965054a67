#include "domain/Agency.h"

#include <algorithm>

Qualification::State Qualification::stateOn(const QDate& day) const
{
    if (validFrom.isValid() && day < validFrom)
        return State::NotYetValid;
    if (validTo.isValid() && day > validTo)
        return State::Expired;
    if (validTo.isValid() && day.daysTo(validTo) <= kWarningDays)
        return State::ExpiringSoon;
    return State::Valid;
}

bool Qualification::covers(const QString& itemCode) const
{
    return items.isEmpty() || items.contains(itemCode);
}

bool Qualification::validFor(const QString& itemCode, const QDate& day) const
{
    const State s = stateOn(day);
    return covers(itemCode) && (s == State::Valid || s == State::ExpiringSoon);
}

UiText Qualifications::stateLabel(Qualification::State s)
{
    switch (s) {
    case Qualification::State::Valid:
        return UiText::of("Agency", QT_TRANSLATE_NOOP("Agency", "Valid"));
    case Qualification::State::ExpiringSoon:
        return UiText::of("Agency", QT_TRANSLATE_NOOP("Agency", "Expires within 30 days"));
    case Qualification::State::Expired:
        return UiText::of("Agency", QT_TRANSLATE_NOOP("Agency", "Expired"));
    case Qualification::State::NotYetValid:
        return UiText::of("Agency", QT_TRANSLATE_NOOP("Agency", "Not yet valid"));
    }
    return {};
}

bool Agency::qualifiedFor(const QString& itemCode, const QDate& day) const
{
    for (const Qualification& q : qualifications)
        if (q.validFor(itemCode, day))
            return true;
    return false;
}

QDate Agency::qualifiedUntil(const QString& itemCode, const QDate& day) const
{
    QDate last;
    for (const Qualification& q : qualifications) {
        if (!q.validFor(itemCode, day))
            continue;
        if (!q.validTo.isValid())
            return {};
        last = std::max(last, q.validTo);
    }
    return last;
}

QList<Qualification> Agency::needingRenewal(const QDate& day) const
{
    QList<Qualification> list;
    for (const Qualification& q : qualifications) {
        const auto s = q.stateOn(day);
        if (s == Qualification::State::Expired || s == Qualification::State::ExpiringSoon)
            list << q;
    }
    return list;
}
