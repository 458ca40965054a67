#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Text search over Chinese without the trigram tokenizer's blind spot (DESIGN.md §5, §8): text is
// cut into runs of CJK characters and runs of letters/digits. A CJK run is indexed as its
// overlapping pairs (bigrams, in order) followed by its single characters; a letter/digit run as one
// lower-case word. The FTS5 tables use unicode61, which then only splits on our spaces.
//
// A query finds a one-character run as that character, a longer run as the phrase of its bigrams
// (计量 is one bigram; 质量服务 is "质量 量服 服务"), and a word by prefix. All parts must match.
namespace SearchTokens {
// Tokens of one record's searchable texts, space-separated; runs never join across two texts.
QString forDocument(const QStringList& texts);
// An FTS5 MATCH expression for what the user typed, or an empty string if it has nothing searchable.
QString matchExpression(const QString& query);
// The parts of that expression, one per run typed, all of which must match; `word` is a
// letter/digit run as typed (normalised, upper case), empty for a CJK run.
struct Term
{
    QString match;
    QString word;
};
QList<Term> terms(const QString& query);
// An FTS5 expression matching a record that shares any of the text's bigrams (one-character runs
// as themselves) or words, at most `maxTerms` of them, the text's first first: for suggesting what
// resembles a whole request, ranked by the caller (issue 21). Empty if nothing is searchable.
QString anyOfExpression(const QString& text, int maxTerms);
} // namespace SearchTokens
