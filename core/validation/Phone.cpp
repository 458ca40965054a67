#include "validation/Phone.h"

#include "validation/TextRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// Area codes of three digits after the 0 are 010 and 02x; all other area codes have four.
int areaCodeLength(const QString& digitsFromZero)
{
    if (digitsFromZero.startsWith(QLatin1String("010")) || digitsFromZero.startsWith(QLatin1String("02")))
        return 3;
    return 4;
}

Error bad(const QString& field, const QString& original)
{
    return Error::badInput(field,
        UiText::of("Validation",
            QT_TRANSLATE_NOOP("Validation",
                "%1 \"%2\" is not a mainland China number: give an 11-digit mobile number "
                "(13812345678) or a landline with its area code (0772-2881234)."))
            .arg(Fields::label(field), original));
}
} // namespace

Result<QString> Phone::validate(const QString& input, const QString& field)
{
    const QString original = input.trimmed();
    if (original.isEmpty())
        return Error::badInput(field,
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 is required.")).arg(Fields::label(field)));

    QString s = original.normalized(QString::NormalizationForm_KC).toLower();
    // Split off an extension: "转806", "ext 806", "x806", or a trailing "-806" after a full number.
    QString extension;
    static const QRegularExpression extRe(QStringLiteral("(?:转|ext\\.?|x)\\s*(\\d{1,6})$"));
    if (auto m = extRe.match(s); m.hasMatch()) {
        extension = m.captured(1);
        s.truncate(m.capturedStart());
    }
    static const QRegularExpression allowed(QStringLiteral("^[+\\d\\s\\-()]+$"));
    if (!allowed.match(s).hasMatch())
        return bad(field, original);
    const bool international = s.startsWith(QLatin1Char('+')) || s.startsWith(QLatin1String("0086"));
    QStringList groups = s.split(QRegularExpression(QStringLiteral("[\\s\\-()+]+")), Qt::SkipEmptyParts);
    QString digits = groups.join(QString());
    if (international || (digits.startsWith(QLatin1String("86")) && digits.size() >= 12)) {
        digits.remove(0, digits.startsWith(QLatin1String("0086")) ? 4 : 2);
        if (!digits.startsWith(QLatin1Char('1')))
            digits.prepend(QLatin1Char('0')); // +86 772 … drops the area code's leading 0
    }

    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    if (mobile.match(digits).hasMatch() && extension.isEmpty())
        return digits;

    static const QRegularExpression service(QStringLiteral("^[48]00\\d{7}$"));
    if (service.match(digits).hasMatch())
        return QStringLiteral("%1-%2-%3").arg(digits.left(3), digits.mid(3, 3), digits.mid(6));

    if (digits.startsWith(QLatin1Char('0'))) {
        // A trailing dash group after a complete number is an extension: 0772-2881234-806.
        const int area = areaCodeLength(digits);
        if (extension.isEmpty() && groups.size() >= 3 && groups.last().size() <= 6) {
            const QString withoutLast = digits.left(digits.size() - groups.last().size());
            const int localLength = int(withoutLast.size()) - area;
            if (localLength == 7 || localLength == 8) {
                extension = groups.last();
                digits = withoutLast;
            }
        }
        const int localLength = int(digits.size()) - area;
        if ((localLength == 7 || localLength == 8) && digits.at(area) != QLatin1Char('0')
            && digits.at(area) != QLatin1Char('1')) {
            QString normalised = digits.left(area) + QLatin1Char('-') + digits.mid(area);
            if (!extension.isEmpty())
                normalised += QLatin1Char('-') + extension;
            return normalised;
        }
    }
    return bad(field, original);
}
