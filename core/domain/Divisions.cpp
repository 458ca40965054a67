#include "domain/Divisions.h"

#include <QHash>

const QList<QPair<QString, QString>>& Divisions::liuzhou()
{
    static const QList<QPair<QString, QString>> list {
        { QStringLiteral("450202"), QStringLiteral("城中区") },
        { QStringLiteral("450203"), QStringLiteral("鱼峰区") },
        { QStringLiteral("450204"), QStringLiteral("柳南区") },
        { QStringLiteral("450205"), QStringLiteral("柳北区") },
        { QStringLiteral("450206"), QStringLiteral("柳江区") },
        { QStringLiteral("450222"), QStringLiteral("柳城县") },
        { QStringLiteral("450223"), QStringLiteral("鹿寨县") },
        { QStringLiteral("450224"), QStringLiteral("融安县") },
        { QStringLiteral("450225"), QStringLiteral("融水苗族自治县") },
        { QStringLiteral("450226"), QStringLiteral("三江侗族自治县") },
    };
    return list;
}

QString Divisions::liuzhouName(const QString& code)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h { { QStringLiteral("450200"), QStringLiteral("柳州市") },
            { QStringLiteral("450201"), QStringLiteral("柳州市市辖区") },
            { QStringLiteral("450221"), QStringLiteral("柳江县") } }; // before it became a district (2016)
        for (const auto& [c, name] : liuzhou())
            h.insert(c, name);
        return h;
    }();
    return names.value(code);
}

bool Divisions::isCode(const QString& text)
{
    if (text.size() != 6)
        return false;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}
