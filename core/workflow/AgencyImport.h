#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/Agency.h"

class Catalog;
class Database;

// 7.6.2: agencies imported from a CSV file exported from Excel (UTF-8 or GBK). Every row is checked
// first; if any is rejected, nothing is imported and the report says which rows and why; otherwise
// all are added in one transaction. Columns are found by their Chinese or English header:
// 名称/name, 类别/kind, 统一社会信用代码/uscc, 联系人/contact, 电话/phone, 地址/address,
// 技术能力/capability, 服务事项/items, 资质名称/qualification, 资质编号/qualification_number,
// 发证机关/issuer, 有效期起/valid_from, 有效期止/valid_to. Rows with the same name (and credit code)
// as an earlier row add a qualification to it.
struct ImportRow
{
    int line = 0;
    QString name;
    bool accepted = false;
    QString field; // the column at fault
    UiText message;
};

struct ImportReport
{
    QString encoding;
    QList<ImportRow> rows;
    int agencies = 0; // added (0 when anything was rejected)
    bool imported = false;
    int rejected() const;
};

class AgencyImport
{
public:
    AgencyImport(Database& db, const Catalog& catalog);
    // An error only when the file cannot be read at all; rejected rows are in the report.
    Result<ImportReport> importFile(const QString& path, const Actor& actor);
    Result<ImportReport> importBytes(const QByteArray& csv, const Actor& actor);

private:
    Database& m_db;
    const Catalog& m_catalog;
};
