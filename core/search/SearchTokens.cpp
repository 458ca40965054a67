#include "search/SearchTokens.h"

#include <QChar>
#include <QList>

namespace {
enum class Kind
{
    Separator,
    Cjk,
    Word,
};

Kind kindOf(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
    case QChar::Script_Yi:
        return QChar::isLetterOrNumber(c) ? Kind::Cjk : Kind::Separator;
    default:
        return QChar::isLetterOrNumber(c) ? Kind::Word : Kind::Separator;
    }
}

struct Run
{
    Kind kind;
    QList<char32_t> chars;
};

QList<Run> runsOf(const QString& text)
{
    // NFKC folds full-width letters and digits (ＡＢ１) into plain ones, as users type both.
    const QList<uint> ucs4 = text.normalized(QString::NormalizationForm_KC).toLower().toUcs4();
    QList<Run> split; // a separator ends a run
    Kind previous = Kind::Separator;
    for (uint u : ucs4) {
        const Kind k = kindOf(u);
        if (k == Kind::Separator) {
            previous = Kind::Separator;
            continue;
        }
        if (k != previous)
            split.append({ k, {} });
        split.last().chars.append(u);
        previous = k;
    }
    return split;
}

QString str(const QList<char32_t>& chars, qsizetype from, qsizetype n)
{
    return QString::fromUcs4(chars.constData() + from, n);
}

void append(QString& column, const QString& token)
{
    if (!column.isEmpty())
        column += QLatin1Char(' ');
    column += token;
}
} // namespace

QString SearchTokens::forDocument(const QStringList& texts)
{
    QString tokens;
    for (const QString& text : texts) {
        for (const Run& run : runsOf(text)) {
            if (run.kind == Kind::Word) {
                append(tokens, str(run.chars, 0, run.chars.size()));
                continue;
            }
            for (qsizetype i = 0; i + 1 < run.chars.size(); ++i)
                append(tokens, str(run.chars, i, 2));
            for (qsizetype i = 0; i < run.chars.size(); ++i)
                append(tokens, str(run.chars, i, 1));
        }
    }
    return tokens;
}

QList<SearchTokens::Term> SearchTokens::terms(const QString& query)
{
    QList<Term> out;
    for (const Run& run : runsOf(query)) {
        const qsizetype n = run.chars.size();
        if (run.kind == Kind::Word) {
            // Tokens hold only letters and digits, so they need no escaping inside the quotes.
            const QString token = str(run.chars, 0, n);
            out << Term { n >= 2 ? QStringLiteral("\"%1\"*").arg(token) : QStringLiteral("\"%1\"").arg(token),
                token.toUpper() };
        } else if (n == 1) {
            out << Term { QStringLiteral("\"%1\"").arg(str(run.chars, 0, 1)), {} };
        } else {
            QStringList bigrams;
            for (qsizetype i = 0; i + 1 < n; ++i)
                bigrams << str(run.chars, i, 2);
            out << Term { QStringLiteral("\"%1\"").arg(bigrams.join(QLatin1Char(' '))), {} };
        }
    }
    return out;
}

QString SearchTokens::matchExpression(const QString& query)
{
    QStringList parts;
    for (const Term& t : terms(query))
        parts << t.match;
    return parts.join(QStringLiteral(" AND "));
}

QString SearchTokens::anyOfExpression(const QString& text, int maxTerms)
{
    QStringList terms;
    const auto add = [&](const QString& term) {
        if (terms.size() < maxTerms && !terms.contains(term))
            terms << term;
    };
    for (const Run& run : runsOf(text)) {
        const qsizetype n = run.chars.size();
        if (run.kind == Kind::Word || n == 1)
            add(str(run.chars, 0, n));
        else
            for (qsizetype i = 0; i + 1 < n; ++i)
                add(str(run.chars, i, 2));
    }
    for (QString& term : terms)
        term = QStringLiteral("\"%1\"").arg(term);
    return terms.join(QStringLiteral(" OR "));
}
