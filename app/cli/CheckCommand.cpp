#include "cli/CheckCommand.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StationStore.h"

#include <QCoreApplication>

int CheckCommand::execute(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    QStringList problems;
    auto lines = [&](const QString& sql) {
        QStringList out;
        auto q = Sql::run(db->sql(), sql);
        if (!q) {
            problems << q.error().message.english;
            return out;
        }
        QSqlQuery query = std::move(q).value();
        while (query.next())
            out << query.value(0).toString();
        return out;
    };
    const QStringList integrity = lines(QStringLiteral("PRAGMA integrity_check"));
    if (integrity != QStringList { QStringLiteral("ok") })
        problems << QStringLiteral("integrity_check: ") + integrity.join(QStringLiteral("; "));
    if (!lines(QStringLiteral("PRAGMA foreign_key_check")).isEmpty())
        problems << QStringLiteral("foreign_key_check found rows pointing nowhere");
    auto one = [&](const QString& sql) { return lines(sql).value(0).toLongLong(); };
    // The FTS5 indexes: their own structure check, then a sample of cases that must each be found by
    // the date and sequence words of their own number (contentless tables cannot be listed).
    // The FTS check is a write-form statement that changes nothing; an archive's connection is
    // query-only, so it is lifted for the check alone.
    if (db->isArchive())
        db->execScript(QStringLiteral("PRAGMA query_only = 0;"));
    for (const char* table : { "case_search", "client_search" })
        lines(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QLatin1String(table)));
    if (db->isArchive())
        db->execScript(QStringLiteral("PRAGMA query_only = 1;"));
    const qint64 cases = one(QStringLiteral("SELECT count(*) FROM cases"));
    const qint64 clients = one(QStringLiteral("SELECT count(*) FROM clients"));
    const QStringList sample = lines(QStringLiteral("SELECT seq || ' ' || number FROM cases WHERE seq IN "
                                                    "(SELECT seq FROM cases ORDER BY random() LIMIT 200)"));
    for (const QString& row : sample) {
        const QString seq = row.section(QLatin1Char(' '), 0, 0);
        const QString number = row.section(QLatin1Char(' '), 1);
        const QString match = QStringLiteral("\"%1\" AND \"%2\"")
                                  .arg(number.section(QLatin1Char('-'), 2, 2), number.section(QLatin1Char('-'), 3, 3));
        if (one(QStringLiteral("SELECT count(*) FROM case_search('%1') WHERE rowid = %2").arg(match, seq)) != 1)
            problems << QStringLiteral("case %1 is missing from the search index").arg(number);
    }
    auto station = StationStore::local(*db);
    if (!station)
        problems << station.error().message.english;
    auto audit = AuditLog::verify(*db);
    if (!audit)
        problems << audit.error().message.english;
    else if (!audit->holds())
        problems << audit->problem.english;
    if (!problems.isEmpty()) {
        for (const QString& problem : problems)
            ctx.err << problem << Qt::endl;
        return int(ErrorCode::Internal);
    }
    ctx.out << QCoreApplication::translate("Cli", "OK: schema version %1, %2 cases, %3 clients, station %4-%5")
                   .arg(db->schemaVersion())
                   .arg(cases)
                   .arg(clients)
                   .arg(station->cityCode, station->code)
            << Qt::endl;
    return 0;
}

QString CheckCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Check the database's integrity, schema and search index");
}
