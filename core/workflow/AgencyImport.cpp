#include "workflow/AgencyImport.h"

#include "common/Logging.h"
#include "importing/CsvFile.h"
#include "security/Permissions.h"
#include "storage/Transaction.h"
#include "validation/TextRules.h"
#include "validation/Uscc.h"
#include "workflow/AgencyArchive.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace {
// Header names, Chinese and English, to the column's key.
const QHash<QString, QString>& headerKeys()
{
    static const QHash<QString, QString> keys {
        { QStringLiteral("名称"), QStringLiteral("name") },
        { QStringLiteral("机构名称"), QStringLiteral("name") },
        { QStringLiteral("类别"), QStringLiteral("kind") },
        { QStringLiteral("统一社会信用代码"), QStringLiteral("uscc") },
        { QStringLiteral("联系人"), QStringLiteral("contact") },
        { QStringLiteral("电话"), QStringLiteral("phone") },
        { QStringLiteral("联系电话"), QStringLiteral("phone") },
        { QStringLiteral("地址"), QStringLiteral("address") },
        { QStringLiteral("技术能力"), QStringLiteral("capability") },
        { QStringLiteral("服务事项"), QStringLiteral("items") },
        { QStringLiteral("服务范围"), QStringLiteral("items") },
        { QStringLiteral("资质名称"), QStringLiteral("qualification") },
        { QStringLiteral("资质编号"), QStringLiteral("qualification_number") },
        { QStringLiteral("发证机关"), QStringLiteral("issuer") },
        { QStringLiteral("有效期起"), QStringLiteral("valid_from") },
        { QStringLiteral("有效期止"), QStringLiteral("valid_to") },
    };
    return keys;
}

// 2026-12-31, 2026/12/31, 2026.12.31 and 2026年12月31日, as Excel writes them.
QDate parseDate(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    const auto m = re.match(text.trimmed());
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
}

} // namespace

int ImportReport::rejected() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const ImportRow& r) { return !r.accepted; }));
}

AgencyImport::AgencyImport(Database& db, const Catalog& catalog)
    : m_db(db)
    , m_catalog(catalog)
{ }

Result<ImportReport> AgencyImport::importFile(const QString& path, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageAgencies); !s)
        return s.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(
            UiText::of("Import", QT_TRANSLATE_NOOP("Import", "Cannot open %1: %2")).arg(path, f.errorString()));
    constexpr qint64 kMaxBytes = 20 << 20;
    if (f.size() > kMaxBytes)
        return Error::badInput(QStringLiteral("file"),
            UiText::of("Import", QT_TRANSLATE_NOOP("Import", "The file cannot be read as CSV: %1"))
                .arg(QStringLiteral("larger than 20 MB")));
    return importBytes(f.readAll(), actor);
}

Result<ImportReport> AgencyImport::importBytes(const QByteArray& csv, const Actor& actor)
{
    if (Status s = Permissions::require(actor, Permission::ManageAgencies); !s)
        return s.error();
    auto table = CsvFile::parse(csv);
    if (!table)
        return table.error();
    ImportReport report;
    report.encoding = table->encoding;
    // The header row names the columns.
    QHash<QString, int> column;
    const QStringList header = table->rows.first();
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed();
        const QString key = headerKeys().value(h, h.toLower());
        if (!column.contains(key))
            column.insert(key, i);
    }
    if (!column.contains(QStringLiteral("name")) || !column.contains(QStringLiteral("items")))
        return Error::badInput(QStringLiteral("file"),
            UiText::of("Import",
                QT_TRANSLATE_NOOP(
                    "Import", "The first row must name the columns; 名称 (name) and 服务事项 (items) are required.")));

    AgencyArchive archive(m_db, m_catalog);
    QList<NewAgency> agencies; // as read, to check again when a later row adds a qualification
    QList<Agency> prepared; // the same, checked, as they will be stored
    QHash<QString, int> byKey; // name + credit code -> index in both
    QHash<QString, int> usccLine;
    for (int r = 1; r < table->rows.size(); ++r) {
        const QStringList row = table->rows.at(r);
        auto cell = [&](const char* key) { return row.value(column.value(QLatin1String(key), -1)).trimmed(); };
        ImportRow result;
        result.line = table->lines.at(r);
        result.name = cell("name");
        auto reject = [&](const QString& field, const UiText& message) {
            result.field = field;
            result.message = message;
            report.rows << result;
        };
        Qualification q;
        q.name = cell("qualification");
        q.number = cell("qualification_number");
        q.issuer = cell("issuer");
        bool datesOk = true;
        for (const char* key : { "valid_from", "valid_to" }) {
            const QString text = cell(key);
            const QDate d = parseDate(text);
            if (!text.isEmpty() && !d.isValid()) {
                reject(QStringLiteral("qualification"), Fields::invalid(QStringLiteral("date"), text));
                datesOk = false;
                break;
            }
            (qstrcmp(key, "valid_from") == 0 ? q.validFrom : q.validTo) = d;
        }
        if (!datesOk)
            continue;
        const QString uscc = cell("uscc").isEmpty() ? QString() : Uscc::normalise(cell("uscc"));
        const QString key = result.name + QLatin1Char('|') + uscc;
        if (byKey.contains(key) && !q.name.isEmpty()) { // another qualification of an agency above
            const int k = byKey.value(key);
            agencies[k].qualifications << q;
            auto checked = archive.prepare(agencies.at(k));
            if (!checked) {
                agencies[k].qualifications.removeLast();
                reject(checked.error().field, checked.error().message);
                continue;
            }
            prepared[k] = *checked;
            result.accepted = true;
            report.rows << result;
            continue;
        }
        NewAgency a;
        a.name = result.name;
        a.kind = cell("kind") == QStringLiteral("专家团队") ? QStringLiteral("expert_team") : cell("kind");
        if (a.kind == QStringLiteral("服务机构"))
            a.kind = QStringLiteral("agency");
        a.uscc = cell("uscc");
        a.contactName = cell("contact");
        a.phone = cell("phone");
        a.address = cell("address");
        a.capability = cell("capability");
        a.items = cell("items").split(QRegularExpression(QStringLiteral("[,，;；、\\s]+")), Qt::SkipEmptyParts);
        if (!q.name.isEmpty())
            a.qualifications << q;
        auto checked = archive.prepare(a);
        if (!checked) {
            reject(checked.error().field, checked.error().message);
            continue;
        }
        if (!checked->uscc.isEmpty()) {
            if (usccLine.contains(checked->uscc)) {
                reject(QStringLiteral("uscc"),
                    UiText::of("Import", QT_TRANSLATE_NOOP("Import", "%1 %2 is also on line %3."))
                        .arg(Fields::label(QStringLiteral("uscc")),
                            checked->uscc,
                            qlonglong(usccLine.value(checked->uscc))));
                continue;
            }
            if (Status fresh = archive.checkNotArchived(*checked); !fresh) {
                if (fresh.error().code == ErrorCode::Internal)
                    return fresh.error();
                reject(fresh.error().field, fresh.error().message);
                continue;
            }
            usccLine.insert(checked->uscc, result.line);
        }
        byKey.insert(key, int(agencies.size()));
        agencies << a;
        prepared << *checked;
        result.accepted = true;
        report.rows << result;
    }
    if (report.rejected() > 0 || agencies.isEmpty())
        return report;

    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    for (const Agency& a : std::as_const(prepared))
        if (auto inserted = archive.insertPrepared(a, actor); !inserted)
            return inserted.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    report.agencies = int(agencies.size());
    report.imported = true;
    qCInfo(lcWorkflow) << "imported" << report.agencies << "agencies," << report.encoding;
    return report;
}
