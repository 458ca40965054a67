#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

// The service catalog of clause 5 (12 categories and their numbered items), shipped as data in
// resources/catalog/catalog.json. Items are named by their clause numbers ("5.2.2"); a category
// without numbered sub-clauses has one item that carries the category's own code ("5.4").
struct Material
{
    QString zh;
    QString en;
};

struct CatalogItem
{
    QString code;
    QString categoryCode;
    QString nameZh;
    QString nameEn;
    QString textZh; // the standard's own wording
    QStringList keywordsZh;
    QList<Material> materials; // what an applicant usually brings (7.2.3 one-time notice)
    // 7.2.4: working days an agency is usually given for it; a case may override it with a reason.
    static constexpr int kDefaultHandoffDays = 10;
    int handoffDays = kDefaultHandoffDays;
    // Issue 20 (7.2.1 及时): working days the platform promises for a first response and for closing
    // a case on it, counted from the day it is received. Shipped: one day to respond, and the
    // agency's time plus five to close, unless the catalog says otherwise.
    int responseDays = 1;
    int closeDays = kDefaultHandoffDays + 5;

    QString displayName() const; // in the UI language (Chinese unless the default locale is not)
};

struct CatalogCategory
{
    QString code;
    QString nameZh;
    QString nameEn;
    QList<CatalogItem> items;
    QString shortZh; // as staff say it: 计量, 特种设备 (chart labels, where the full name does not fit)
    QString shortEn;

    QString displayName() const;
    QString shortName() const; // in the UI language, the full name where no short one is given
};

class Catalog
{
public:
    static Result<Catalog> load(const QString& path);
    static Result<Catalog> loadBuiltIn(); // from the Qt resource :/catalog/catalog.json
    static Result<Catalog> parse(const QByteArray& json);

    const QList<CatalogCategory>& categories() const { return m_categories; }
    const CatalogItem* item(const QString& code) const;
    // Items by their names for a clerk ("计量法律法规政策咨询、…"), and with their clauses for a tooltip
    // (one per line); an unknown code stays as it is.
    QString itemNames(const QStringList& codes) const;
    QString itemsWithClauses(const QStringList& codes) const;
    const CatalogCategory* category(const QString& code) const;
    int itemCount() const { return m_itemIndex.size(); }

    // Items whose code, names or keywords contain `text` (case-insensitive); all items if empty.
    QList<const CatalogItem*> findItems(const QString& text) const;

private:
    QList<CatalogCategory> m_categories;
    QHash<QString, QPair<int, int>> m_itemIndex; // code -> (category index, item index)
};
