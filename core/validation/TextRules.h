#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

// Field labels and the generic rules every text input follows: trimmed, required or not, at most
// so many characters (counted as people count them, so 柳州 is two).
namespace Fields {
UiText label(const QString& field); // "uscc" -> 统一社会信用代码 / Unified social credit code
// "Date "2026-13-01" is not valid.": a value that cannot be read as what the field holds.
UiText invalid(const QString& field, const QString& value);
// A period of days, both ends included: BadInput ("period") unless both are dates and from <= to.
Status period(const QDate& from, const QDate& to);
} // namespace Fields

namespace TextRules {
// Collapses inner runs of white space to one space and trims the ends.
QString clean(const QString& text);
// The cleaned text, or an error naming `field` when empty (if required) or longer than maxChars.
Result<QString> check(const QString& field, const QString& text, bool required, int maxChars);
int visibleLength(const QString& text);
} // namespace TextRules
