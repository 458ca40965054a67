#pragma once

#include "domain/Agency.h"

#include <QDate>

// 7.2.4/7.3.3: which agencies to offer for a case's service item, best first. Offered: those that
// serve the item and hold a valid qualification for it, ranked by current open load (fewest first)
// and then by handoffs completed. The others follow, marked not offered with the reason; choosing
// one of them needs a recorded override.
struct AgencyCandidate
{
    Agency agency;
    bool offered = false;
    UiText whyNotOffered;
};

namespace AgencyMatching {
QList<AgencyCandidate> rank(const QList<Agency>& agencies, const QString& itemCode, const QDate& today);
// Why `agency` is not offered for the item, or empty when it is.
UiText whyNotOffered(const Agency& agency, const QString& itemCode, const QDate& today);
} // namespace AgencyMatching
