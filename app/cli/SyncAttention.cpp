#include "cli/SyncAttention.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/QuarantineStore.h"
#include "sync/ConflictChoice.h"
#include "sync/HeldRecords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString t(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// "out-12" or "held-3": which list the item is on, and its number there.
struct ItemId
{
    bool held = false;
    qint64 seq = 0;
};

std::optional<ItemId> parseId(const QString& text)
{
    for (const auto& [prefix, held] :
        { std::pair { QLatin1String("out-"), false }, std::pair { QLatin1String("held-"), true } }) {
        if (!text.startsWith(prefix))
            continue;
        bool ok = false;
        const qint64 seq = text.mid(prefix.size()).toLongLong(&ok);
        if (ok && seq > 0)
            return ItemId { held, seq };
    }
    return std::nullopt;
}

int list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!Command::parse(ctx, p, args, rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto refused = OutboxStore::needingAttention(*db);
    if (!refused)
        return ctx.fail(refused.error());
    auto held = QuarantineStore::held(*db);
    if (!held)
        return ctx.fail(held.error());
    QJsonArray items;
    for (const OutboxOp& op : *refused) {
        QJsonObject item { { QStringLiteral("id"), QStringLiteral("out-%1").arg(op.seq) },
            { QStringLiteral("direction"), QStringLiteral("push") },
            { QStringLiteral("state"), OutboxStates::key(op.state) },
            { QStringLiteral("entity"), op.entity },
            { QStringLiteral("record_id"), op.recordId },
            { QStringLiteral("number"), op.payload.value(QStringLiteral("number")).toString() },
            { QStringLiteral("reason"), op.result.value(QStringLiteral("message")).toString() } };
        // A conflict keeps both contents: what the platform has, and what was done here.
        const QString theirs
            = op.result.value(QStringLiteral("current")).toObject().value(QStringLiteral("answer")).toString();
        const QString ours = op.payload.value(QStringLiteral("answer")).toString();
        if (op.state == OutboxState::Conflict && !ours.isEmpty() && ours != theirs) {
            item.insert(QStringLiteral("platform_answer"), theirs);
            item.insert(QStringLiteral("station_answer"), ours);
            item.insert(QStringLiteral("reason"),
                item.value(QStringLiteral("reason")).toString() + QStringLiteral("; ")
                    + t(QT_TRANSLATE_NOOP("Cli",
                            "the platform's answer: %1; this station's answer: %2 (choose: resolve %3 --keep "
                            "platform|mine)"))
                          .arg(theirs, ours, QStringLiteral("out-%1").arg(op.seq)));
        }
        items.append(item);
    }
    for (const HeldRecord& h : *held)
        items.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("held-%1").arg(h.seq) },
            { QStringLiteral("direction"), QStringLiteral("pull") },
            { QStringLiteral("state"), QStringLiteral("held") },
            { QStringLiteral("entity"), h.entity },
            { QStringLiteral("record_id"), h.recordId },
            { QStringLiteral("number"),
                h.change.value(QStringLiteral("payload")).toObject().value(QStringLiteral("number")).toString() },
            { QStringLiteral("field"), h.field },
            { QStringLiteral("reason"), h.reason.local },
            { QStringLiteral("reason_en"), h.reason.english },
            { QStringLiteral("attempts"), h.attempts },
            { QStringLiteral("first_seen"), Clock::toStorage(h.firstSeen) } });
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const QJsonValue& v : std::as_const(items)) {
        const QJsonObject o = v.toObject();
        const bool pulled = o.value(QStringLiteral("direction")).toString() == QLatin1String("pull");
        ctx.out << o.value(QStringLiteral("id")).toString() << QStringLiteral("  ")
                << (pulled ? t(QT_TRANSLATE_NOOP("Cli", "pulled, held back"))
                           : t(QT_TRANSLATE_NOOP("Cli", "sent, refused by the platform")))
                << QStringLiteral("  ") << o.value(QStringLiteral("entity")).toString() << QLatin1Char(' ')
                << o.value(QStringLiteral("number")).toString() << QLatin1Char(' ')
                << o.value(QStringLiteral("record_id")).toString() << QStringLiteral("  ")
                << o.value(QStringLiteral("reason")).toString() << Qt::endl;
    }
    ctx.out << t(QT_TRANSLATE_NOOP("Cli", "Needs attention: %1")).arg(items.size()) << Qt::endl;
    return 0;
}

int settle(CliContext& ctx, const QStringList& args, bool retry)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), t(QT_TRANSLATE_NOOP("Cli", "The item, as listed (held-3, out-12)")));
    if (!retry)
        p.addOption({ QStringLiteral("keep"),
            t(QT_TRANSLATE_NOOP("Cli",
                "For a conflict: whose change stands, the platform's or this station's (mine: made again on top of "
                "the platform's, sent at the next sync)")),
            QStringLiteral("platform|mine") });
    int rc = 0;
    if (!Command::parse(ctx, p, args, rc))
        return rc;
    const auto id = parseId(p.positionalArguments().value(0));
    if (!id)
        return ctx.fail(Error::badInput(QStringLiteral("id"),
            UiText::of("Sync",
                QT_TRANSLATE_NOOP(
                    "Sync", "Give the item as the list shows it, e.g. held-3 or out-12: \"%1\" is not one."))
                .arg(p.positionalArguments().value(0))));
    const QString keep = retry ? QString() : p.value(QStringLiteral("keep"));
    if (!keep.isEmpty() && keep != QLatin1String("platform") && keep != QLatin1String("mine"))
        return ctx.fail(Error::badInput(QStringLiteral("keep"),
            UiText::of("Sync", QT_TRANSLATE_NOOP("Sync", "--keep is platform or mine, not \"%1\".")).arg(keep)));
    if (!keep.isEmpty() && id->held)
        return ctx.fail(Error::badInput(QStringLiteral("keep"),
            UiText::of("Sync",
                QT_TRANSLATE_NOOP("Sync", "--keep is for a conflict of a change sent from here (out-N), not %1."))
                .arg(p.positionalArguments().value(0))));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    Status s = success();
    if (!keep.isEmpty())
        s = ConflictChoice::settle(*db,
            id->seq,
            keep == QLatin1String("mine") ? ConflictChoice::Keep::Mine : ConflictChoice::Keep::Platform,
            ctx.actor());
    else if (id->held)
        s = retry ? HeldRecords::retry(*db, id->seq, ctx.actor()) : HeldRecords::dismiss(*db, id->seq, ctx.actor());
    else if (retry)
        s = Error::badInput(QStringLiteral("id"),
            UiText::of("Sync",
                QT_TRANSLATE_NOOP("Sync",
                    "A change the platform refused is not sent again as it was: correct the record and it is sent "
                    "anew, then mark this one dealt with (resolve).")));
    else
        s = OutboxStore::resolve(*db, id->seq, ctx.actor());
    if (!s)
        return ctx.fail(s.error());
    ctx.out << (retry                       ? t(QT_TRANSLATE_NOOP("Cli", "Applied; it left the list."))
            : keep == QLatin1String("mine") ? t(QT_TRANSLATE_NOOP(
                  "Cli", "This station's change was made again; it goes to the platform at the next sync."))
                                            : t(QT_TRANSLATE_NOOP("Cli", "Marked dealt with; it left the list.")))
            << Qt::endl;
    return 0;
}
} // namespace

int SyncAttention::run(CliContext& ctx, const QStringList& args)
{
    return Command::subcommand(ctx,
        args,
        { { QStringLiteral("list"), list },
            { QStringLiteral("retry"), [](CliContext& c, const QStringList& a) { return settle(c, a, true); } },
            { QStringLiteral("resolve"), [](CliContext& c, const QStringList& a) { return settle(c, a, false); } } },
        t(QT_TRANSLATE_NOOP("Cli",
            "Usage: sync attention list [--json] | sync attention retry ID | sync attention resolve ID [--keep "
            "platform|mine]")));
}
