#pragma once

#include "common/Result.h"

#include <QString>
#include <optional>

// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character
// set; character 18 is a weighted check over the first 17, and characters 9–17 are the
// organisation code of GB 11714 with a check character of its own.
namespace Uscc {
// Full-width characters, lower case and white space anywhere are normalised away first.
QString normalise(const QString& input);
// The normalised code, or an error naming the field and the reason. Only GB 32100 is enforced: the
// organisation-code check of GB 11714 fails on some codes really issued (79 of 1.1 million company
// codes surveyed, one of them in Liuzhou), so that one is a warning, see below.
Result<QString> validate(const QString& input, const QString& field = QStringLiteral("uscc"));
// A warning when characters 9–17 fail the GB 11714 check; nothing when they pass.
std::optional<UiText> organisationCodeWarning(const QString& normalisedCode);
// Whether a normalised text of 2-18 characters could begin a code: characters of the code's set,
// a registration authority (1-9, A, N, Y) first and an organisation category (1-9) second.
bool couldBegin(const QString& normalisedText);
// The check character (character 18) for 17 valid leading characters; '\0' if they are not valid.
QChar checkCharacter(const QString& first17);
// The GB 11714 check character for an 8-character organisation code body; '\0' if not valid.
QChar organisationCheckCharacter(const QString& body8);
} // namespace Uscc
