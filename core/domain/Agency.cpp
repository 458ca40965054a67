#include "domain/Agency.h"

#include "domain/KeyedEnum.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
const KeyedEnumEntry<AgencyKind> kKinds[] = {
    { AgencyKind::Agency, "agency", QT_TRANSLATE_NOOP("Agency", "Service agency") },
    { AgencyKind::ExpertTeam, "expert_team", QT_TRANSLATE_NOOP("Agency", "Expert team") },
};
const KeyedEnum kKindTable("Agency", kKinds);
} // namespace

QList<AgencyKind> AgencyKinds::all()
{
    return kKindTable.all();
}

QString AgencyKinds::key(AgencyKind k)
{
    return kKindTable.key(k);
}

std::optional<AgencyKind> AgencyKinds::fromKey(const QString& key)
{
    return kKindTable.fromKey(key);
}

UiText AgencyKinds::label(AgencyKind k)
{
    return kKindTable.label(k);
}

Result<AgencyKind> AgencyKinds::parse(const QString& field, const QString& text)
{
    const QString t = text.trimmed();
    for (AgencyKind k : all()) {
        const UiText l = label(k);
        if (t == l.local || t.compare(l.english, Qt::CaseInsensitive) == 0)
            return k;
    }
    if (t.compare(QLatin1String("expert"), Qt::CaseInsensitive) == 0)
        return AgencyKind::ExpertTeam;
    return kKindTable.parse(field, t);
}

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
