#pragma once

#include "common/Result.h"
#include "common/UiText.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// 7.6.2: service agencies and expert teams that take handed-off cases, with their qualifications.

enum class AgencyKind
{
    Agency, // 服务机构
    ExpertTeam, // 专家团队
};

namespace AgencyKinds {
QList<AgencyKind> all();
QString key(AgencyKind k); // stored, imported and used by the CLI: "agency", "expert_team"
std::optional<AgencyKind> fromKey(const QString& key);
UiText label(AgencyKind k); // 服务机构 / Service agency
// What was typed or imported for `field`: a key (any case), or the label in either language.
Result<AgencyKind> parse(const QString& field, const QString& text);
} // namespace AgencyKinds

// 资质: a certificate, valid between two dates, for some or all of the agency's items.
struct Qualification
{
    QString id;
    QString name;
    QString number;
    QString issuer;
    QDate validFrom; // null: valid from any time
    QDate validTo; // null: no end
    QStringList items; // empty: the agency's whole scope

    enum class State
    {
        Valid,
        ExpiringSoon, // within kWarningDays
        Expired,
        NotYetValid,
    };
    static constexpr int kWarningDays = 30;
    State stateOn(const QDate& day) const;
    bool covers(const QString& itemCode) const;
    bool validFor(const QString& itemCode, const QDate& day) const;
};

namespace Qualifications {
UiText stateLabel(Qualification::State s);
}

struct Agency
{
    qint64 seq = 0;
    QString id;
    AgencyKind kind = AgencyKind::Agency;
    QString name;
    QString uscc;
    QString contactName;
    QString phone;
    QString address;
    QString capability;
    QStringList items; // scope: catalog item codes
    QList<Qualification> qualifications;
    int openHandoffs = 0; // current load
    int doneHandoffs = 0; // service record
    int returnedHandoffs = 0; // 退回 (issue 20)
    int lateSignFors = 0; // 签收 after its day, or not yet and the day is past
    int urgedHandoffs = 0; // urgings (督办) of its handoffs

    bool serves(const QString& itemCode) const { return items.contains(itemCode); }
    bool qualifiedFor(const QString& itemCode, const QDate& day) const;
    // The last day a qualification valid on `day` covers the item; null when one has no end (or none is valid).
    QDate qualifiedUntil(const QString& itemCode, const QDate& day) const;
    // Qualifications expired or expiring within 30 days, for warnings.
    QList<Qualification> needingRenewal(const QDate& day) const;
};

// Input for a new agency, as typed or imported.
struct NewAgency
{
    QString kind; // "agency" (default) or "expert_team"
    QString name;
    QString uscc;
    QString contactName;
    QString phone;
    QString address;
    QString capability;
    QStringList items;
    QList<Qualification> qualifications;
};
