#include "validation/Uscc.h"

#include "validation/TextRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
const QString kCharset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY"); // GB 32100 table 1
const int kWeights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
const int kOrgWeights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 }; // GB 11714

UiText v(const char* text)
{
    return UiText::of("Validation", text);
}
} // namespace

QString Uscc::normalise(const QString& input)
{
    QString s = input.normalized(QString::NormalizationForm_KC).toUpper();
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('\t'));
    s.remove(QChar(0x3000));
    return s.trimmed();
}

bool Uscc::couldBegin(const QString& text)
{
    if (text.size() < 2 || text.size() > 18 || !QStringLiteral("123456789ANY").contains(text.at(0))
        || text.at(1) < QLatin1Char('1') || text.at(1) > QLatin1Char('9'))
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return kCharset.contains(c); });
}

QChar Uscc::checkCharacter(const QString& first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = int(kCharset.indexOf(first17.at(i)));
        if (value < 0)
            return {};
        sum += value * kWeights[i];
    }
    return kCharset.at((31 - sum % 31) % 31);
}

QChar Uscc::organisationCheckCharacter(const QString& body8)
{
    if (body8.size() != 8)
        return {};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body8.at(i);
        int value;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            value = c.unicode() - '0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            value = c.unicode() - 'A' + 10;
        else
            return {};
        sum += value * kOrgWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QLatin1Char('X');
    if (check == 11)
        return QLatin1Char('0');
    return QChar(u'0' + check);
}

Result<QString> Uscc::validate(const QString& input, const QString& field)
{
    const QString code = normalise(input);
    const UiText label = Fields::label(field);
    if (code.isEmpty())
        return Error::badInput(field, v(QT_TRANSLATE_NOOP("Validation", "%1 is required.")).arg(label));
    if (code.size() != 18)
        return Error::badInput(field,
            v(QT_TRANSLATE_NOOP("Validation", "%1 must have 18 characters; this one has %2."))
                .arg(label, TextRules::visibleLength(code)));
    for (int i = 0; i < 18; ++i) {
        if (!kCharset.contains(code.at(i)))
            return Error::badInput(field,
                v(QT_TRANSLATE_NOOP("Validation",
                      "%1: character %2 (\"%3\") is not allowed; only digits and the capital letters "
                      "A–Y without I, O, S, V and Z are used."))
                    .arg(label, i + 1, QString(code.at(i))));
    }
    for (int i = 2; i < 8; ++i) {
        if (!code.at(i).isDigit())
            return Error::badInput(field,
                v(QT_TRANSLATE_NOOP(
                      "Validation", "%1: characters 3 to 8 are the administrative division code and must be digits."))
                    .arg(label));
    }
    const QChar expected = checkCharacter(code.left(17));
    if (expected != code.at(17))
        return Error::badInput(field,
            v(QT_TRANSLATE_NOOP("Validation",
                  "%1 fails its check: the last character should be %2 for the 17 before it. "
                  "Please compare it with the business licence; one character is probably mistyped."))
                .arg(label, QString(expected)));
    return code;
}

std::optional<UiText> Uscc::organisationCodeWarning(const QString& code)
{
    if (code.size() != 18 || organisationCheckCharacter(code.mid(8, 8)) == code.at(16))
        return std::nullopt;
    return UiText::of("Validation",
        QT_TRANSLATE_NOOP("Validation",
            "Characters 9 to 17 of the unified social credit code (the organisation "
            "code) fail their own check. A few real codes were issued like this; please "
            "compare it with the business licence."));
}
