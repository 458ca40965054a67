#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct DemandTerm
{
    QString term;
    qint64 requests = 0; // requests that use it (each counted once)
};

// The topics of a period's requests, found without a dictionary (7.1.3, issue 21). A request is cut
// into runs of Chinese at the characters and words that only say how it is asked (的, 如何, 咨询,
// 办理 …); the 2- to 4-character grams of a run are the candidates, and its words of letters and
// digits (GB, 19001). A candidate is a term when it stands on its own: over the period, what comes
// before it and what comes after it vary (accessor variety; the edge of a run counts as a neighbour
// of its own each time). A fragment does not: 费标 always has 收 before it and 准 after it, so
// 收费标准 is a term and 费标 is not, however often both are seen.
class DemandTerms
{
public:
    // One request, counted in `group` (its category) besides the whole period.
    void add(const QString& request, const QString& group);
    // The terms used in most requests, best first.
    QList<DemandTerm> top(int n) const;
    QList<DemandTerm> top(const QString& group, int n) const;

    // The candidates of one request, each once.
    static QStringList candidatesOf(const QString& request);

private:
    struct Side
    {
        QChar seen; // the first neighbour; QChar() for a run's edge
        bool any = false;
        bool varies = false;
        void add(QChar neighbour); // QChar() for the edge
    };
    struct Candidate
    {
        qint64 requests = 0;
        qint64 lastRequest = -1;
        Side left;
        Side right;
        bool standsAlone() const { return left.varies && right.varies; }
    };
    QList<DemandTerm> best(const QHash<QString, qint64>& counts, int n) const;

    QHash<QString, Candidate> m_candidates;
    QHash<QString, QHash<QString, qint64>> m_byGroup;
    qint64 m_requests = 0;
};
