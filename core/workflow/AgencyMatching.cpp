#include "workflow/AgencyMatching.h"

#include <algorithm>

UiText AgencyMatching::whyNotOffered(const Agency& agency, const QString& itemCode, const QDate& today)
{
    if (!agency.serves(itemCode))
        return UiText::of("Agency", QT_TRANSLATE_NOOP("Agency", "This item is not in its scope."));
    if (!agency.qualifiedFor(itemCode, today))
        return UiText::of("Agency", QT_TRANSLATE_NOOP("Agency", "It holds no valid qualification for this item."));
    return {};
}

QList<AgencyCandidate> AgencyMatching::rank(const QList<Agency>& agencies, const QString& itemCode, const QDate& today)
{
    QList<AgencyCandidate> candidates;
    for (const Agency& a : agencies) {
        AgencyCandidate c { a, false, whyNotOffered(a, itemCode, today) };
        c.offered = c.whyNotOffered.isEmpty();
        candidates << c;
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](const AgencyCandidate& x, const AgencyCandidate& y) {
        if (x.offered != y.offered)
            return x.offered;
        const bool xs = x.agency.serves(itemCode), ys = y.agency.serves(itemCode);
        if (xs != ys)
            return xs;
        if (x.agency.openHandoffs != y.agency.openHandoffs)
            return x.agency.openHandoffs < y.agency.openHandoffs;
        return x.agency.doneHandoffs > y.agency.doneHandoffs;
    });
    return candidates;
}
