#include "reports/DemandTerms.h"

#include <algorithm>

namespace {
// Characters that make a term a function word or a way of asking, not a topic.
const QString kStopChars = QStringLiteral(
    "的了是在和与及或我你他她它们这那有吗呢吧啊个为对要请能可否将把被给向从等就都也还并如何怎么什哪些该需想问下一次其此"
    "已于以及之所");
// Two characters that say how a request is made, not what it is about: they cut a run as a stop
// character does (咨询收费标准 is asked about 收费标准).
const QStringList kStopWords { QStringLiteral("咨询"),
    QStringLiteral("办理"),
    QStringLiteral("了解"),
    QStringLiteral("问题"),
    QStringLiteral("关于"),
    QStringLiteral("相关"),
    QStringLiteral("情况"),
    QStringLiteral("需要"),
    QStringLiteral("要求"),
    QStringLiteral("希望"),
    QStringLiteral("进行"),
    QStringLiteral("是否"),
    QStringLiteral("可以"),
    QStringLiteral("申请") };
constexpr int kShortestTerm = 2;
constexpr int kLongestTerm = 4;

// A run of Chinese or a word of letters and digits, as it stands in the request.
struct Piece
{
    QString text;
    bool chinese = true;
};

QList<Piece> piecesOf(const QString& request)
{
    QList<Piece> pieces;
    QString run;
    QString word;
    const auto flushRun = [&]() {
        // The ways of asking cut the run too.
        qsizetype start = 0;
        for (qsizetype i = 0; i + 1 < run.size(); ++i)
            if (kStopWords.contains(run.mid(i, 2))) {
                if (i > start)
                    pieces << Piece { run.mid(start, i - start), true };
                start = i + 2;
                ++i;
            }
        if (start < run.size())
            pieces << Piece { run.mid(start), true };
        run.clear();
    };
    const auto flushWord = [&]() {
        if (word.size() >= 2)
            pieces << Piece { word, false };
        word.clear();
    };
    for (const QChar ch : request.normalized(QString::NormalizationForm_KC).toUpper()) {
        if (ch.script() == QChar::Script_Han && !kStopChars.contains(ch)) {
            flushWord();
            run += ch;
        } else if (ch.script() != QChar::Script_Han && ch.isLetterOrNumber()) {
            flushRun();
            word += ch;
        } else {
            flushRun();
            flushWord();
        }
    }
    flushRun();
    flushWord();
    return pieces;
}
} // namespace

void DemandTerms::Side::add(QChar neighbour)
{
    if (varies)
        return;
    if (!any) {
        any = true;
        seen = neighbour;
        return;
    }
    // An edge is a neighbour of its own each time: two edges vary, as an edge and a character do.
    varies = neighbour.isNull() || seen.isNull() || neighbour != seen;
}

QStringList DemandTerms::candidatesOf(const QString& request)
{
    QStringList out;
    for (const Piece& p : piecesOf(request)) {
        if (!p.chinese) {
            if (!out.contains(p.text))
                out << p.text;
            continue;
        }
        for (int n = kShortestTerm; n <= kLongestTerm; ++n)
            for (qsizetype i = 0; i + n <= p.text.size(); ++i)
                if (const QString gram = p.text.mid(i, n); !out.contains(gram))
                    out << gram;
    }
    return out;
}

void DemandTerms::add(const QString& request, const QString& group)
{
    const qint64 id = m_requests++;
    QHash<QString, qint64>& inGroup = m_byGroup[group];
    const auto count = [&](const QString& term, QChar before, QChar after) {
        Candidate& c = m_candidates[term];
        c.left.add(before);
        c.right.add(after);
        if (c.lastRequest != id) {
            c.lastRequest = id;
            ++c.requests;
            ++inGroup[term];
        }
    };
    for (const Piece& p : piecesOf(request)) {
        if (!p.chinese) {
            count(p.text, QChar(), QChar()); // a word of letters and digits stands alone
            continue;
        }
        const QString& run = p.text;
        for (int n = kShortestTerm; n <= kLongestTerm; ++n)
            for (qsizetype i = 0; i + n <= run.size(); ++i)
                count(run.mid(i, n), i > 0 ? run.at(i - 1) : QChar(), i + n < run.size() ? run.at(i + n) : QChar());
    }
}

QList<DemandTerm> DemandTerms::best(const QHash<QString, qint64>& counts, int n) const
{
    QList<DemandTerm> terms;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (m_candidates.value(it.key()).standsAlone())
            terms << DemandTerm { it.key(), it.value() };
    const auto before = [](const DemandTerm& a, const DemandTerm& b) {
        if (a.requests != b.requests)
            return a.requests > b.requests;
        return a.term.size() != b.term.size() ? a.term.size() > b.term.size() : a.term < b.term;
    };
    std::sort(terms.begin(), terms.end(), before);
    if (terms.size() > n)
        terms.resize(n);
    return terms;
}

QList<DemandTerm> DemandTerms::top(int n) const
{
    QHash<QString, qint64> all;
    for (auto it = m_candidates.begin(); it != m_candidates.end(); ++it)
        all.insert(it.key(), it->requests);
    return best(all, n);
}

QList<DemandTerm> DemandTerms::top(const QString& group, int n) const
{
    return best(m_byGroup.value(group), n);
}
