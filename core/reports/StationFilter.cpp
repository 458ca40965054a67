#include "reports/StationFilter.h"

#include "storage/Sql.h"

#include <QCoreApplication>

Result<StationFilter> StationFilter::find(Database& db, const QString& code)
{
    if (code.isEmpty())
        return StationFilter {};
    auto row = Sql::one(db, QStringLiteral("SELECT seq, name FROM stations WHERE code = ?"), { code.toUpper() });
    if (!row)
        return row.error();
    if (!*row)
        return Error::notFound(
            UiText::of("Report", QT_TRANSLATE_NOOP("Report", "Station: no station %1 in this database.")).arg(code));
    return StationFilter { (**row).at(0).toLongLong(), code.toUpper(), (**row).at(1).toString() };
}
