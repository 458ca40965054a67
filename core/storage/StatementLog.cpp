#include "storage/StatementLog.h"

#include <sqlite3.h>

namespace {
thread_local StatementLog* t_log = nullptr;
}

StatementLog::StatementLog()
    : m_outer(t_log)
{
    t_log = this;
}

StatementLog::~StatementLog()
{
    t_log = m_outer;
}

void StatementLog::note(const QString& sql, const QVariantList& binds)
{
    if (t_log)
        t_log->m_statements.append({ sql, binds });
}

bool StatementLog::replay(sqlite3* db, const QList<Statement>& statements)
{
    for (const Statement& s : statements) {
        sqlite3_stmt* st = nullptr;
        const QByteArray sql = s.sql.toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK)
            return false;
        QList<QByteArray> texts; // alive until the statement is done
        for (int i = 0; i < s.binds.size(); ++i) {
            const QVariant& v = s.binds.at(i);
            if (v.isNull()) {
                sqlite3_bind_null(st, i + 1);
            } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int
                || v.typeId() == QMetaType::Bool || v.typeId() == QMetaType::UInt) {
                sqlite3_bind_int64(st, i + 1, v.toLongLong());
            } else if (v.typeId() == QMetaType::Double) {
                sqlite3_bind_double(st, i + 1, v.toDouble());
            } else {
                texts << v.toString().toUtf8();
                sqlite3_bind_text(st, i + 1, texts.last().constData(), int(texts.last().size()), SQLITE_STATIC);
            }
        }
        while (sqlite3_step(st) == SQLITE_ROW) { }
        sqlite3_finalize(st);
    }
    return true;
}
