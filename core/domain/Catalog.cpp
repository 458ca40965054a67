#include "domain/Catalog.h"

#include "common/Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

UiText catalogError(const QString& detail)
{
    return UiText::of("Catalog", QT_TRANSLATE_NOOP("Catalog", "The service catalog is broken: %1")).arg(detail);
}

Error broken(const QString& detail)
{
    qCWarning(lcCatalog) << "catalog rejected:" << detail;
    return { ErrorCode::Internal, QStringLiteral("catalog"), catalogError(detail) };
}

// A clause number of the standard's chapter 5: "5.1", "5.12" or "5.1.2" (one or two digits a part).
// Spelt out rather than a regular expression: compiling one cost every process that loads the catalog.
bool isClauseCode(const QString& code)
{
    const QStringList parts = code.split(QLatin1Char('.'));
    if (parts.size() < 2 || parts.size() > 3 || parts.first() != QLatin1String("5"))
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString& p = parts.at(i);
        if (p.isEmpty() || p.size() > 2)
            return false;
        for (QChar c : p)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
    }
    return true;
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}
} // namespace

QString CatalogItem::displayName() const
{
    return chineseUi() || nameEn.isEmpty() ? nameZh : nameEn;
}

QString CatalogCategory::displayName() const
{
    return chineseUi() || nameEn.isEmpty() ? nameZh : nameEn;
}

QString CatalogCategory::shortName() const
{
    if (chineseUi() || nameEn.isEmpty())
        return shortZh.isEmpty() ? nameZh : shortZh;
    return shortEn.isEmpty() ? nameEn : shortEn;
}

Result<Catalog> Catalog::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return broken(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return parse(f.readAll());
}

Result<Catalog> Catalog::loadBuiltIn()
{
    return load(QStringLiteral(":/catalog/catalog.json"));
}

Result<Catalog> Catalog::parse(const QByteArray& json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return broken(QStringLiteral("JSON error at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return broken(QStringLiteral("the top level is not an object"));
    const QJsonArray cats = doc.object().value(QLatin1String("categories")).toArray();
    if (cats.isEmpty())
        return broken(QStringLiteral("no categories"));

    Catalog catalog;
    for (const QJsonValue& cv : cats) {
        const QJsonObject co = cv.toObject();
        CatalogCategory cat {
            str(co, "code"), str(co, "name_zh"), str(co, "name_en"), {}, str(co, "short_zh"), str(co, "short_en")
        };
        if (!isClauseCode(cat.code) || cat.nameZh.isEmpty())
            return broken(QStringLiteral("category '%1' has a bad code or no Chinese name").arg(cat.code));
        if (catalog.category(cat.code))
            return broken(QStringLiteral("category %1 appears twice").arg(cat.code));
        const QJsonArray items = co.value(QLatin1String("items")).toArray();
        if (items.isEmpty())
            return broken(QStringLiteral("category %1 has no items").arg(cat.code));
        for (const QJsonValue& iv : items) {
            const QJsonObject io = iv.toObject();
            CatalogItem item;
            item.code = str(io, "code");
            item.categoryCode = cat.code;
            item.nameZh = str(io, "name_zh");
            item.nameEn = str(io, "name_en");
            item.textZh = str(io, "text_zh");
            for (const QJsonValue& k : io.value(QLatin1String("keywords_zh")).toArray())
                item.keywordsZh << k.toString();
            for (const QJsonValue& m : io.value(QLatin1String("materials")).toArray()) {
                const QJsonObject mo = m.toObject();
                item.materials.append({ str(mo, "zh"), str(mo, "en") });
            }
            item.handoffDays = io.value(QLatin1String("handoff_days")).toInt(CatalogItem::kDefaultHandoffDays);
            if (item.handoffDays < 1 || item.handoffDays > 120)
                return broken(QStringLiteral("item %1: handoff_days must be 1 to 120").arg(item.code));
            item.responseDays = io.value(QLatin1String("response_days")).toInt(1);
            item.closeDays = io.value(QLatin1String("close_days")).toInt(item.handoffDays + 5);
            if (item.responseDays < 1 || item.closeDays < item.responseDays || item.closeDays > 240)
                return broken(QStringLiteral("item %1: response_days must be at least 1 and close_days from "
                                             "response_days to 240")
                                  .arg(item.code));
            const bool inCategory = item.code == cat.code || item.code.startsWith(cat.code + QLatin1Char('.'));
            if (!isClauseCode(item.code) || !inCategory)
                return broken(QStringLiteral("item '%1' does not belong to category %2").arg(item.code, cat.code));
            if (item.nameZh.isEmpty())
                return broken(QStringLiteral("item %1 has no Chinese name").arg(item.code));
            if (catalog.m_itemIndex.contains(item.code))
                return broken(QStringLiteral("item %1 appears twice").arg(item.code));
            catalog.m_itemIndex.insert(item.code, { int(catalog.m_categories.size()), int(cat.items.size()) });
            cat.items.append(item);
        }
        catalog.m_categories.append(cat);
    }
    qCDebug(lcCatalog) << "catalog loaded:" << catalog.m_categories.size() << "categories," << catalog.itemCount()
                       << "items";
    return catalog;
}

const CatalogItem* Catalog::item(const QString& code) const
{
    const auto it = m_itemIndex.constFind(code);
    if (it == m_itemIndex.constEnd())
        return nullptr;
    return &m_categories.at(it->first).items.at(it->second);
}

QString Catalog::itemNames(const QStringList& codes) const
{
    QStringList names;
    for (const QString& code : codes)
        names << (item(code) ? item(code)->displayName() : code);
    return names.join(QStringLiteral("、"));
}

QString Catalog::itemsWithClauses(const QStringList& codes) const
{
    QStringList lines;
    for (const QString& code : codes)
        lines << (item(code) ? QStringLiteral("%1 %2").arg(code, item(code)->displayName()) : code);
    return lines.join(QLatin1Char('\n'));
}

const CatalogCategory* Catalog::category(const QString& code) const
{
    for (const auto& c : m_categories)
        if (c.code == code)
            return &c;
    return nullptr;
}

QList<const CatalogItem*> Catalog::findItems(const QString& text) const
{
    const QString needle = text.trimmed();
    QList<const CatalogItem*> found;
    for (const auto& c : m_categories) {
        for (const auto& i : c.items) {
            bool hit = needle.isEmpty() || i.code.startsWith(needle) || i.nameZh.contains(needle, Qt::CaseInsensitive)
                || i.nameEn.contains(needle, Qt::CaseInsensitive) || i.textZh.contains(needle)
                || c.nameZh.contains(needle) || c.nameEn.contains(needle, Qt::CaseInsensitive);
            for (const auto& k : i.keywordsZh)
                hit = hit || k.contains(needle);
            if (hit)
                found << &i;
        }
    }
    return found;
}
