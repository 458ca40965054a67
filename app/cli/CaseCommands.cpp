#include "cli/CaseCommands.h"

#include "cli/JsonFormat.h"
#include "common/Clock.h"
#include "documents/AcceptanceReceipt.h"
#include "documents/ClockNotices.h"
#include "domain/CaseEvents.h"
#include "domain/WorkCalendar.h"
#include "search/CaseQuery.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/KnowledgeStore.h"
#include "storage/OnlineRequestStore.h"
#include "storage/UserStore.h"
#include "validation/TextRules.h"
#include "workflow/CaseClocks.h"
#include "workflow/CaseMerge.h"
#include "workflow/CaseStep.h"
#include "workflow/Dispatch.h"
#include "workflow/DuplicateRequests.h"
#include "workflow/Handoff.h"
#include "workflow/OnlineIntake.h"
#include "workflow/Registration.h"
#include "workflow/RepeatContact.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
Error badOption(const QString& field, const QString& value)
{
    return Error::badInput(field, Fields::invalid(field, value));
}

// A step on a case as the case commands take it: run in core, then where the case stands now.
int runStep(CliContext& ctx, Database& db, const CaseStep& step)
{
    auto c = CaseSteps::run(db, step, ctx.actor());
    if (!c)
        return ctx.fail(c.error());
    ctx.out
        << Command::t(QT_TRANSLATE_NOOP("Cli", "%1 is now %2.")).arg(c->number, CaseStatuses::label(c->status).local)
        << Qt::endl;
    return 0;
}
} // namespace

QString CaseCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP("Cli",
        "Register cases (register), list and search them (list), show one (show), hand one to a station "
        "(dispatch), escalate one to the city platform (escalate), close or reopen one (close, reopen), hand one "
        "to a service agency (handoff), print its acceptance receipt (receipt), merge a request registered twice "
        "into the case kept (merge)"));
}

int CaseCommand::execute(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("register"))
        return registerCase(ctx, args.mid(1));
    if (sub == QLatin1String("list"))
        return list(ctx, args.mid(1));
    if (sub == QLatin1String("show"))
        return show(ctx, args.mid(1));
    if (sub == QLatin1String("dispatch"))
        return dispatch(ctx, args.mid(1));
    if (sub == QLatin1String("accept") || sub == QLatin1String("return"))
        return intake(ctx, args.mid(1));
    if (sub == QLatin1String("escalate") || sub == QLatin1String("close") || sub == QLatin1String("reopen"))
        return act(ctx, args.mid(1));
    if (sub == QLatin1String("handoff"))
        return handoff(ctx, args.mid(1));
    if (sub == QLatin1String("instruct") || sub == QLatin1String("instructed"))
        return instruct(ctx, args.mid(1));
    if (sub == QLatin1String("progress"))
        return progress(ctx, args.mid(1));
    if (sub == QLatin1String("contact"))
        return contact(ctx, args.mid(1));
    if (sub == QLatin1String("merge"))
        return merge(ctx, args.mid(1));
    if (sub == QLatin1String("receipt"))
        return receipt(ctx, args.mid(1));
    if (sub == QLatin1String("pause-notice") || sub == QLatin1String("urge-notice")
        || sub == QLatin1String("extension-notice"))
        return clockNotice(ctx, args.mid(1));
    if (sub == QLatin1String("pause") || sub == QLatin1String("resume") || sub == QLatin1String("extend")
        || sub == QLatin1String("extension") || sub == QLatin1String("urge"))
        return clock(ctx, args.mid(1));
    return ctx.usage(t(QT_TRANSLATE_NOOP("Cli",
        "Usage: case register|list|show|accept|return|dispatch|escalate|close|reopen|handoff|instruct|instructed|"
        "progress|receipt|"
        "pause|resume|extend|extension|urge|pause-notice|urge-notice|extension-notice [options]; "
        "see case list --help")));
}

int CaseCommand::registerCase(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("client"),
        t(QT_TRANSLATE_NOOP("Cli", "Client id (from client add or client list)")),
        QStringLiteral("id") });
    p.addOption({ QStringLiteral("channel"),
        t(QT_TRANSLATE_NOOP("Cli", "website, window, phone, onsite, survey or visit")),
        QStringLiteral("channel") });
    p.addOption({ QStringLiteral("item"),
        t(QT_TRANSLATE_NOOP("Cli", "Catalog item by clause number, e.g. 5.2.2")),
        QStringLiteral("code") });
    p.addOption(
        { QStringLiteral("summary"), t(QT_TRANSLATE_NOOP("Cli", "What the client asks for")), QStringLiteral("text") });
    p.addOption({ QStringLiteral("answer"),
        t(QT_TRANSLATE_NOOP("Cli", "The answer given on the spot; closes the case (7.2.2)")),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("visitor"),
        t(QT_TRANSLATE_NOOP("Cli", "The person who came or called for the client")),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("visitor-phone"),
        t(QT_TRANSLATE_NOOP("Cli", "That person's phone, to call back")),
        QStringLiteral("phone") });
    p.addOption({ QStringLiteral("kb"),
        t(QT_TRANSLATE_NOOP("Cli", "The knowledge entry the answer is taken from (its number)")),
        QStringLiteral("entry") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    NewCase input;
    input.kbEntry = p.value(QStringLiteral("kb"));
    input.visitorName = p.value(QStringLiteral("visitor"));
    input.visitorPhone = p.value(QStringLiteral("visitor-phone"));
    input.clientId = p.value(QStringLiteral("client"));
    input.channel = p.value(QStringLiteral("channel"));
    input.itemCode = p.value(QStringLiteral("item"));
    input.summary = p.value(QStringLiteral("summary"));
    input.answer = p.value(QStringLiteral("answer"));
    // A warning, never a block (issue 21): the request may have been registered already.
    if (auto similar = DuplicateRequests::find(*db, input.clientId, input.itemCode, input.summary); similar)
        for (const DuplicateRequests::Candidate& d : *similar)
            ctx.err << (d.sameItemOpen
                    ? t(QT_TRANSLATE_NOOP("Cli",
                        "Warning: the client has an open case on the same item: %1 (%2). Registered all "
                        "the same; merge them with case merge if it is the same request."))
                    : t(QT_TRANSLATE_NOOP("Cli",
                        "Warning: a request of the last 30 days reads very like this one: %1 (%2). "
                        "Registered all the same; merge them with case merge if it is the same request.")))
                           .arg(d.number, d.summary.left(40))
                    << Qt::endl;
    auto registered = Registration(*db, *catalog).registerCase(input, ctx.actor());
    if (!registered)
        return ctx.fail(registered.error());
    if (p.isSet(QStringLiteral("json")))
        ctx.out << JsonFormat::toText(JsonFormat::caseRecord(*registered, catalog));
    else
        ctx.out << registered->number << Qt::endl;
    return 0;
}

int CaseCommand::list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("search"),
        t(QT_TRANSLATE_NOOP("Cli", "A case-number prefix, or words in summary, client name or USCC")),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("status"),
        t(QT_TRANSLATE_NOOP("Cli",
            "Only cases in this status, e.g. registered or closed; pending: online requests waiting to be accepted")),
        QStringLiteral("status") });
    p.addOption({ QStringLiteral("item"),
        t(QT_TRANSLATE_NOOP("Cli", "A catalog category (5.2) or item (5.2.2)")),
        QStringLiteral("code") });
    p.addOption({ QStringLiteral("channel"),
        t(QT_TRANSLATE_NOOP("Cli", "Only cases that came by this channel")),
        QStringLiteral("channel") });
    p.addOption({ QStringLiteral("from"),
        t(QT_TRANSLATE_NOOP("Cli", "Received on or after this day (YYYY-MM-DD)")),
        QStringLiteral("date") });
    p.addOption({ QStringLiteral("to"),
        t(QT_TRANSLATE_NOOP("Cli", "Received on or before this day (YYYY-MM-DD)")),
        QStringLiteral("date") });
    p.addOption({ QStringLiteral("limit"),
        t(QT_TRANSLATE_NOOP("Cli", "At most this many, newest first (default 50)")),
        QStringLiteral("n"),
        QStringLiteral("50") });
    p.addOption({ QStringLiteral("count"), t(QT_TRANSLATE_NOOP("Cli", "Also print how many cases match")) });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.value(QStringLiteral("status")) == QLatin1String("pending"))
        return listPending(ctx, p);
    CaseFilter f;
    f.text = p.value(QStringLiteral("search"));
    if (p.isSet(QStringLiteral("status"))) {
        f.status = CaseStatuses::fromKey(p.value(QStringLiteral("status")));
        if (!f.status)
            return ctx.fail(badOption(QStringLiteral("status"), p.value(QStringLiteral("status"))));
    }
    if (p.isSet(QStringLiteral("channel"))) {
        f.channel = Channels::fromKey(p.value(QStringLiteral("channel")));
        if (!f.channel)
            return ctx.fail(badOption(QStringLiteral("channel"), p.value(QStringLiteral("channel"))));
    }
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    if (p.isSet(QStringLiteral("item"))) {
        f.catalogCode = p.value(QStringLiteral("item")).trimmed();
        if (!catalog->item(f.catalogCode) && !catalog->category(f.catalogCode))
            return ctx.fail(badOption(QStringLiteral("item"), f.catalogCode));
    }
    for (const auto& [option, date] :
        { std::pair { QStringLiteral("from"), &f.from }, std::pair { QStringLiteral("to"), &f.to } }) {
        if (!p.isSet(option))
            continue;
        *date = QDate::fromString(p.value(option), Qt::ISODate);
        if (!date->isValid())
            return ctx.fail(badOption(QStringLiteral("date"), p.value(option)));
    }
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000)
        return ctx.fail(badOption(QStringLiteral("limit"), p.value(QStringLiteral("limit"))));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto cases = CaseQuery::page(*db, f, 0, limit);
    if (!cases)
        return ctx.fail(cases.error());
    qint64 total = -1;
    if (p.isSet(QStringLiteral("count"))) {
        auto n = CaseQuery::count(*db, f);
        if (!n)
            return ctx.fail(n.error());
        total = *n;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const CaseRecord& c : *cases)
            a.append(JsonFormat::caseRecord(c, catalog));
        if (total >= 0)
            ctx.out << JsonFormat::toText(
                QJsonObject { { QStringLiteral("total"), total }, { QStringLiteral("cases"), a } });
        else
            ctx.out << JsonFormat::toText(a);
        return 0;
    }
    for (const CaseRecord& c : *cases) {
        const CatalogItem* item = catalog->item(c.itemCode); // the service item by its name, not only its clause
        ctx.out << c.number << QLatin1Char('\t') << Clock::displayDateTime(c.receivedAt) << QLatin1Char('\t')
                << CaseStatuses::label(c.status).local << QLatin1Char('\t') << c.itemCode << QLatin1Char(' ')
                << (item ? item->displayName() : QString()) << QLatin1Char('\t') << c.clientName << QLatin1Char('\t')
                << c.summary << Qt::endl;
    }
    if (total >= 0)
        ctx.out << t(QT_TRANSLATE_NOOP("Cli", "Matching cases: %1")).arg(total) << Qt::endl;
    return 0;
}

// Issue 23: online requests routed here by the platform, waiting for a clerk (待受理).
int CaseCommand::listPending(CliContext& ctx, const QCommandLineParser& p)
{
    bool ok = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000)
        return ctx.fail(badOption(QStringLiteral("limit"), p.value(QStringLiteral("limit"))));
    int rc = 0;
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto waiting = OnlineRequestStore::pending(*db, limit);
    if (!waiting)
        return ctx.fail(waiting.error());
    const QString label = t(QT_TRANSLATE_NOOP("Cli", "Pending acceptance"));
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const OnlineRequest& r : *waiting)
            a.append(QJsonObject { { QStringLiteral("number"), r.number },
                { QStringLiteral("status"), QStringLiteral("pending") },
                { QStringLiteral("status_label"), label },
                { QStringLiteral("channel"), Channels::key(Channel::Website) },
                { QStringLiteral("received_at"), Clock::toStorage(r.receivedAt) },
                { QStringLiteral("client_name"), r.enterprise },
                { QStringLiteral("client_uscc"), r.uscc },
                { QStringLiteral("contact"), r.contact },
                { QStringLiteral("phone"), r.phone },
                { QStringLiteral("item"), r.itemCode },
                { QStringLiteral("summary"), r.summary } });
        ctx.out << JsonFormat::toText(a);
        return 0;
    }
    for (const OnlineRequest& r : *waiting) {
        const CatalogItem* item = catalog->item(r.itemCode);
        ctx.out << r.number << QLatin1Char('\t') << Clock::displayDateTime(r.receivedAt) << QLatin1Char('\t') << label
                << QLatin1Char('\t') << r.itemCode << QLatin1Char(' ') << (item ? item->displayName() : QString())
                << QLatin1Char('\t') << r.enterprise << QLatin1Char('\t') << r.summary << Qt::endl;
    }
    return 0;
}

int CaseCommand::show(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("number"), t(QT_TRANSLATE_NOOP("Cli", "Case number, e.g. LZ-LN-20261124-0007")));
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: case show NUMBER [--json]")));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto c = CaseStore::byNumber(*db, p.positionalArguments().first(), true);
    if (!c)
        return ctx.fail(c.error());
    auto clock = CaseClocks(*db).clockOf(*c);
    if (!clock)
        return ctx.fail(clock.error());
    auto merged = CaseMerge::mergedCases(*db, c->seq);
    auto mergedInto = CaseMerge::mergedInto(*db, c->seq);
    auto knowledge = KnowledgeStore::useOf(*db, c->seq);
    if (!merged || !mergedInto || !knowledge)
        return ctx.fail(!merged ? merged.error() : !mergedInto ? mergedInto.error() : knowledge.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject json = JsonFormat::caseRecord(*c, catalog, *clock);
        json.insert(QStringLiteral("merged_into"), *mergedInto);
        json.insert(QStringLiteral("merged_cases"), QJsonArray::fromStringList(*merged));
        if (knowledge->has_value())
            json.insert(QStringLiteral("knowledge"),
                QJsonObject { { QStringLiteral("entry"), (*knowledge)->entryNumber },
                    { QStringLiteral("version"), (*knowledge)->version },
                    { QStringLiteral("edited"), (*knowledge)->edited } });
        ctx.out << JsonFormat::toText(json);
        return 0;
    }
    const CatalogItem* item = catalog->item(c->itemCode);
    // People by name, events and the ways things were delivered by their labels (issue 18).
    const auto staff = UserStore::names(*db);
    const QHash<QString, QString> names = staff ? staff.value() : QHash<QString, QString>();
    ctx.out << c->number << QStringLiteral("  ") << CaseStatuses::label(c->status).local << Qt::endl
            << t(QT_TRANSLATE_NOOP("Cli", "Client")) << QStringLiteral(": ") << c->clientName << QLatin1Char(' ')
            << c->clientUscc << Qt::endl
            << t(QT_TRANSLATE_NOOP("Cli", "Received")) << QStringLiteral(": ") << Clock::displayDateTime(c->receivedAt)
            << QStringLiteral("  ") << Channels::label(c->channel).local << QStringLiteral("  ")
            << CaseEvents::staff(names, c->receivedBy) << Qt::endl
            << t(QT_TRANSLATE_NOOP("Cli", "Service item")) << QStringLiteral(": ") << c->itemCode << QLatin1Char(' ')
            << (item ? item->displayName() : QString()) << Qt::endl
            << t(QT_TRANSLATE_NOOP("Cli", "Summary")) << QStringLiteral(": ") << c->summary << Qt::endl;
    if (!c->answer.isEmpty())
        ctx.out << t(QT_TRANSLATE_NOOP("Cli", "Answer")) << QStringLiteral(": ") << c->answer << Qt::endl;
    if (knowledge->has_value())
        ctx.out << t(QT_TRANSLATE_NOOP("Cli", "Answer from knowledge entry %1, version %2%3"))
                       .arg((*knowledge)->entryNumber)
                       .arg((*knowledge)->version)
                       .arg((*knowledge)->edited ? t(QT_TRANSLATE_NOOP("Cli", ", edited")) : QString())
                << Qt::endl;
    if (!mergedInto->isEmpty())
        ctx.out << t(QT_TRANSLATE_NOOP("Cli", "Merged into %1")).arg(*mergedInto) << Qt::endl;
    if (!merged->isEmpty())
        ctx.out << t(QT_TRANSLATE_NOOP("Cli", "Duplicate requests merged into it: %1"))
                       .arg(merged->join(QStringLiteral(", ")))
                << Qt::endl;
    if (clock->hasLimits()) {
        const ClockLight light
            = clock->light(c->status != CaseStatus::Closed, Clock::chinaToday(), WorkCalendar::standard());
        ctx.out << t(QT_TRANSLATE_NOOP("Cli", "Time limit")) << QStringLiteral(": ")
                << t(QT_TRANSLATE_NOOP("Cli", "respond by %1, close by %2"))
                       .arg(clock->dueResponse.toString(Qt::ISODate), clock->dueClose.toString(Qt::ISODate));
        if (light != ClockLight::None)
            ctx.out << QStringLiteral("  ") << ClockLights::label(light).local;
        ctx.out << Qt::endl;
    }
    for (const CaseEvent& e : c->events) {
        const QString detail = CaseEvents::detail(e);
        ctx.out << QStringLiteral("  ") << Clock::displayDateTime(e.at) << QLatin1Char(' ')
                << CaseEvents::label(e.kind).local << QLatin1Char(' ') << CaseEvents::staff(names, e.actor)
                << (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail) << Qt::endl;
    }
    return 0;
}

int CaseCommand::dispatch(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("number"), t(QT_TRANSLATE_NOOP("Cli", "Case number, e.g. LZ-LN-20261124-0007")));
    p.addOption({ QStringLiteral("to"),
        t(QT_TRANSLATE_NOOP("Cli", "The station that takes the case over, e.g. LN")),
        QStringLiteral("code") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: case dispatch NUMBER --to STATION")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto c = Dispatch(*db).dispatchCase(p.positionalArguments().first(), p.value(QStringLiteral("to")), ctx.actor());
    if (!c)
        return ctx.fail(c.error());
    ctx.out << t(QT_TRANSLATE_NOOP("Cli", "%1 dispatched to %2; it reaches the station with the next sync."))
                   .arg(c->number, p.value(QStringLiteral("to")).toUpper())
            << Qt::endl;
    return 0;
}

// Issue 23: an online request off the pending list, accepted as a case here or returned.
int CaseCommand::intake(CliContext& ctx, const QStringList& args)
{
    const bool accepting = args.value(0) == QLatin1String("accept");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("number"),
        t(QT_TRANSLATE_NOOP(
            "Cli", "The online request's number, e.g. LZ-WS-20261204-0001 (case list --status pending)")));
    p.addOption({ QStringLiteral("reason"),
        t(QT_TRANSLATE_NOOP("Cli", "return: why, as the applicant will read it")),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: case accept NUMBER | case return NUMBER --reason TEXT")));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    OnlineIntake intake(*db, *catalog);
    const QString number = p.positionalArguments().first();
    if (!accepting) {
        if (Status s = intake.giveBack(number, p.value(QStringLiteral("reason")), ctx.actor()); !s)
            return ctx.fail(s.error());
        ctx.out << t(QT_TRANSLATE_NOOP("Cli", "%1 returned; the applicant sees the reason after the next sync."))
                       .arg(number.trimmed().toUpper())
                << Qt::endl;
        return 0;
    }
    auto c = intake.accept(number, ctx.actor());
    if (!c)
        return ctx.fail(c.error());
    if (p.isSet(QStringLiteral("json")))
        ctx.out << JsonFormat::toText(JsonFormat::caseRecord(*c, catalog));
    else
        ctx.out << c->number << Qt::endl;
    return 0;
}

int CaseCommand::act(CliContext& ctx, const QStringList& args)
{
    const QString action = args.value(0);
    const bool closing = action == QLatin1String("close");
    const QString option = closing ? QStringLiteral("answer") : QStringLiteral("reason");
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("number"), t(QT_TRANSLATE_NOOP("Cli", "Case number, e.g. LZ-LN-20261124-0007")));
    p.addOption({ option,
        closing ? t(QT_TRANSLATE_NOOP("Cli", "The answer given to the client (required if the case has none)"))
                : t(QT_TRANSLATE_NOOP("Cli", "Why, for the timeline")),
        QStringLiteral("text") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(closing ? t(QT_TRANSLATE_NOOP("Cli", "Usage: case close NUMBER [--answer TEXT]"))
                                 : t(QT_TRANSLATE_NOOP("Cli", "Usage: case escalate|reopen NUMBER --reason TEXT")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    const CaseStep::Kind kind = action == QLatin1String("escalate") ? CaseStep::Kind::Escalate
        : closing                                                   ? CaseStep::Kind::Close
                                                                    : CaseStep::Kind::Reopen;
    return runStep(ctx, *db, { kind, p.positionalArguments().first(), p.value(option) });
}

int CaseCommand::handoff(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("number"), t(QT_TRANSLATE_NOOP("Cli", "Case number, e.g. LZ-LN-20261124-0007")));
    p.addOption({ QStringLiteral("agency"),
        t(QT_TRANSLATE_NOOP("Cli", "The agency's id (from agency add or agency list)")),
        QStringLiteral("id") });
    p.addOption({ QStringLiteral("due-days"),
        t(QT_TRANSLATE_NOOP("Cli", "Working days the agency is given (default: the service item's usual limit)")),
        QStringLiteral("n") });
    p.addOption({ QStringLiteral("reason"),
        t(QT_TRANSLATE_NOOP("Cli", "Why the time limit differs from the usual one")),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("override"),
        t(QT_TRANSLATE_NOOP("Cli", "Why an agency without a valid qualification for the item is chosen")),
        QStringLiteral("text") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("agency")))
        return ctx.usage(
            t(QT_TRANSLATE_NOOP("Cli", "Usage: case handoff NUMBER --agency ID [--due-days N --reason TEXT]")));
    HandoffRequest request;
    request.caseNumber = p.positionalArguments().first();
    request.agencyId = p.value(QStringLiteral("agency"));
    if (p.isSet(QStringLiteral("due-days"))) {
        bool ok = false;
        request.dueDays = p.value(QStringLiteral("due-days")).toInt(&ok);
        if (!ok || request.dueDays < 1)
            return ctx.fail(badOption(QStringLiteral("due_days"), p.value(QStringLiteral("due-days"))));
    }
    request.dueReason = p.value(QStringLiteral("reason"));
    request.overrideReason = p.value(QStringLiteral("override"));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    const WorkCalendar* calendar = ctx.calendar(rc);
    if (!calendar)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    Handoff handoffs(*db, *catalog, *calendar);
    auto c = handoffs.handOff(request, ctx.actor());
    // Naming an agency by its id is itself the explicit choice: the archive would not offer it, so
    // say why, and record that it was chosen by name here.
    if (!c && c.error().field == QLatin1String("override") && !p.isSet(QStringLiteral("override"))) {
        ctx.warn(c.error().message);
        request.overrideReason = t(QT_TRANSLATE_NOOP("Cli", "Named explicitly with --agency on the command line"));
        c = handoffs.handOff(request, ctx.actor());
    }
    if (!c)
        return ctx.fail(c.error());
    const QString due = c->events.isEmpty() ? QString() : c->events.last().detail;
    ctx.out << t(QT_TRANSLATE_NOOP("Cli", "%1 handed off: %2")).arg(c->number, due) << Qt::endl;
    return 0;
}

int CaseCommand::instruct(CliContext& ctx, const QStringList& args)
{
    const bool asking = args.value(0) == QLatin1String("instruct");
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("number"), t(QT_TRANSLATE_NOOP("Cli", "Case number, e.g. LZ-LN-20261124-0007")));
    if (asking) {
        p.addOption(
            { QStringLiteral("question"), t(QT_TRANSLATE_NOOP("Cli", "The question asked")), QStringLiteral("text") });
        p.addOption(
            { QStringLiteral("to"), t(QT_TRANSLATE_NOOP("Cli", "Whom it is asked of")), QStringLiteral("whom") });
    } else {
        p.addOption({ QStringLiteral("answer"),
            t(QT_TRANSLATE_NOOP("Cli", "The instruction received")),
            QStringLiteral("text") });
    }
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP(
            "Cli", "Usage: case instruct NUMBER --question TEXT [--to WHOM] | case instructed NUMBER --answer TEXT")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    CaseStep step { asking ? CaseStep::Kind::AskInstruction : CaseStep::Kind::RecordInstruction,
        p.positionalArguments().first(),
        p.value(asking ? QStringLiteral("question") : QStringLiteral("answer")) };
    step.whom = p.value(QStringLiteral("to"));
    return runStep(ctx, *db, step);
}

int CaseCommand::progress(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("number"), t(QT_TRANSLATE_NOOP("Cli", "Case number, e.g. LZ-LN-20261124-0007")));
    p.addOption({ QStringLiteral("told"),
        t(QT_TRANSLATE_NOOP("Cli", "The client was told of the handoff: paper, sms or phone")),
        QStringLiteral("how") });
    p.addOption({ QStringLiteral("accepted"), t(QT_TRANSLATE_NOOP("Cli", "The agency accepted the case")) });
    p.addOption({ QStringLiteral("signed"),
        t(QT_TRANSLATE_NOOP("Cli", "The agency signed for the case (签收; the same as --accepted)")) });
    p.addOption({ QStringLiteral("returned"),
        t(QT_TRANSLATE_NOOP("Cli",
            "The agency returned the case (退回), for one of: out_of_scope, not_qualified, materials, wrong_agency, "
            "other (or the reason's words)")),
        QStringLiteral("reason") });
    p.addOption(
        { QStringLiteral("note"), t(QT_TRANSLATE_NOOP("Cli", "A note on the return")), QStringLiteral("text") });
    p.addOption({ QStringLiteral("declined"),
        t(QT_TRANSLATE_NOOP("Cli", "The agency declined the case, and why")),
        QStringLiteral("reason") });
    p.addOption(
        { QStringLiteral("result"), t(QT_TRANSLATE_NOOP("Cli", "The agency's result")), QStringLiteral("text") });
    p.addOption({ QStringLiteral("followup"),
        t(QT_TRANSLATE_NOOP("Cli", "A follow-up record (7.3.2)")),
        QStringLiteral("note") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    int given = 0;
    for (const char* o : { "told", "accepted", "signed", "returned", "declined", "result", "followup" })
        given += p.isSet(QLatin1String(o)) ? 1 : 0;
    if (p.positionalArguments().size() != 1 || given != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli",
            "Usage: case progress NUMBER with one of --told HOW, --accepted (--signed), --returned REASON [--note T], "
            "--declined REASON, --result TEXT, --followup NOTE")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    const QList<QPair<const char*, CaseStep::Kind>> options { { "told", CaseStep::Kind::ClientTold },
        { "accepted", CaseStep::Kind::Accepted },
        { "signed", CaseStep::Kind::Accepted },
        { "returned", CaseStep::Kind::Returned },
        { "declined", CaseStep::Kind::Declined },
        { "result", CaseStep::Kind::ServiceResult },
        { "followup", CaseStep::Kind::FollowUp } };
    CaseStep step { CaseStep::Kind::FollowUp, p.positionalArguments().first() };
    for (const auto& [option, kind] : options)
        if (p.isSet(QLatin1String(option))) {
            step.kind = kind;
            const bool how = kind == CaseStep::Kind::ClientTold || kind == CaseStep::Kind::Returned;
            (how ? step.how : step.text) = p.value(QLatin1String(option));
            if (kind == CaseStep::Kind::Returned)
                step.text = p.value(QStringLiteral("note"));
        }
    return runStep(ctx, *db, step);
}

int CaseCommand::clock(CliContext& ctx, const QStringList& args)
{
    const QString action = args.value(0);
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("number"), t(QT_TRANSLATE_NOOP("Cli", "Case number, e.g. LZ-LN-20261124-0007")));
    if (action == QLatin1String("extension")) {
        p.addPositionalArgument(QStringLiteral("decision"), t(QT_TRANSLATE_NOOP("Cli", "approve or refuse")));
        p.addOption({ QStringLiteral("told"),
            t(QT_TRANSLATE_NOOP("Cli", "How the applicant was told of the decision: paper, sms or phone")),
            QStringLiteral("how") });
    }
    if (action == QLatin1String("pause"))
        p.addOption({ QStringLiteral("reason"),
            t(QT_TRANSLATE_NOOP("Cli", "Why the clock stops: materials, testing, expert or instruction")),
            QStringLiteral("reason") });
    if (action == QLatin1String("extend")) {
        p.addOption(
            { QStringLiteral("days"), t(QT_TRANSLATE_NOOP("Cli", "Working days wanted")), QStringLiteral("n") });
        p.addOption(
            { QStringLiteral("reason"), t(QT_TRANSLATE_NOOP("Cli", "Why it needs longer")), QStringLiteral("text") });
    }
    p.addOption({ QStringLiteral("note"), t(QT_TRANSLATE_NOOP("Cli", "A note")), QStringLiteral("text") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const QStringList pos = p.positionalArguments();
    const bool deciding = action == QLatin1String("extension");
    const QString decision = pos.value(1).toLower();
    if (pos.size() != (deciding ? 2 : 1)
        || (deciding && decision != QLatin1String("approve") && decision != QLatin1String("refuse")))
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli",
            "Usage: case pause NUMBER --reason materials|testing|expert|instruction [--note T] | case resume NUMBER "
            "[--note T] | case extend NUMBER --days N --reason T | case extension NUMBER approve|refuse [--note T] "
            "[--told paper|sms|phone] | "
            "case urge NUMBER --note T")));
    CaseStep step { CaseStep::Kind::Urge, pos.first(), p.value(QStringLiteral("note")) };
    if (action == QLatin1String("pause")) {
        step.kind = CaseStep::Kind::PauseClock;
        step.how = p.value(QStringLiteral("reason"));
    } else if (action == QLatin1String("resume")) {
        step.kind = CaseStep::Kind::ResumeClock;
    } else if (action == QLatin1String("extend")) {
        bool number = false;
        step.kind = CaseStep::Kind::AskExtension;
        step.days = p.value(QStringLiteral("days")).toInt(&number);
        if (!number)
            return ctx.fail(badOption(QStringLiteral("extension_days"), p.value(QStringLiteral("days"))));
        step.text = p.value(QStringLiteral("reason"));
    } else if (deciding) {
        step.kind
            = decision == QLatin1String("approve") ? CaseStep::Kind::ApproveExtension : CaseStep::Kind::RefuseExtension;
        step.how = p.value(QStringLiteral("told"));
    }
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto c = CaseSteps::run(*db, step, ctx.actor());
    if (!c)
        return ctx.fail(c.error());
    auto clock = CaseClocks(*db).clockOf(*c);
    if (!clock)
        return ctx.fail(clock.error());
    if (clock->isPaused())
        ctx.out << t(QT_TRANSLATE_NOOP("Cli", "The clock of %1 is paused.")).arg(c->number) << Qt::endl;
    else
        ctx.out << t(QT_TRANSLATE_NOOP("Cli", "%1 is due to close by %2."))
                       .arg(c->number, clock->dueClose.toString(Qt::ISODate))
                << Qt::endl;
    return 0;
}

int CaseCommand::clockNotice(CliContext& ctx, const QStringList& args)
{
    const QString which = args.value(0);
    const QString kind = which == QLatin1String("pause-notice") ? QStringLiteral("pause")
        : which == QLatin1String("urge-notice")                 ? QStringLiteral("urged")
                                                                : QStringLiteral("extension_approved");
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("number"), t(QT_TRANSLATE_NOOP("Cli", "Case number, e.g. LZ-LN-20261124-0007")));
    p.addOption(
        { QStringLiteral("pdf"), t(QT_TRANSLATE_NOOP("Cli", "Write it to this PDF file")), QStringLiteral("file") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("pdf")))
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli",
            "Usage: case pause-notice NUMBER --pdf FILE | case urge-notice NUMBER --pdf FILE | case extension-notice "
            "NUMBER --pdf FILE")));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto content = ClockNotices::gather(*db, *catalog, p.positionalArguments().first(), kind);
    if (!content)
        return ctx.fail(content.error());
    return ctx.writePaper(ClockNotices::html(*content), p.value(QStringLiteral("pdf")), ClockNotices::title(*content));
}

int CaseCommand::receipt(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("number"), t(QT_TRANSLATE_NOOP("Cli", "Case number, e.g. LZ-LN-20261124-0007")));
    p.addOption({ QStringLiteral("pdf"),
        t(QT_TRANSLATE_NOOP("Cli", "Write the acceptance receipt to this PDF file")),
        QStringLiteral("file") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("pdf")))
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: case receipt NUMBER --pdf FILE")));
    const Catalog* catalog = ctx.catalog(rc);
    if (!catalog)
        return rc;
    const WorkCalendar* calendar = ctx.calendar(rc);
    if (!calendar)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto content = AcceptanceReceipt::gather(*db, *catalog, *calendar, p.positionalArguments().first());
    if (!content)
        return ctx.fail(content.error());
    return ctx.writePaper(
        AcceptanceReceipt::html(*content), p.value(QStringLiteral("pdf")), AcceptanceReceipt::title(content->kase));
}

int CaseCommand::merge(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("keep"), t(QT_TRANSLATE_NOOP("Cli", "The case kept")));
    p.addPositionalArgument(QStringLiteral("other"), t(QT_TRANSLATE_NOOP("Cli", "The same request registered again")));
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 2)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: case merge KEEP OTHER")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto kept = CaseMerge(*db).merge(p.positionalArguments().at(0), p.positionalArguments().at(1), ctx.actor());
    if (!kept)
        return ctx.fail(kept.error());
    ctx.out << kept->number << Qt::endl;
    return 0;
}

int CaseCommand::contact(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("number"), t(QT_TRANSLATE_NOOP("Cli", "The open case asked about again")));
    p.addOption({ QStringLiteral("channel"),
        t(QT_TRANSLATE_NOOP("Cli", "website, window, phone, onsite, survey or visit")),
        QStringLiteral("channel") });
    p.addOption({ QStringLiteral("summary"),
        t(QT_TRANSLATE_NOOP("Cli", "What the client said this time")),
        QStringLiteral("text") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: case contact NUMBER --channel C --summary T")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto c = RepeatContact(*db).record(p.positionalArguments().first(),
        p.value(QStringLiteral("channel")),
        p.value(QStringLiteral("summary")),
        ctx.actor());
    if (!c)
        return ctx.fail(c.error());
    ctx.out << c->number << Qt::endl;
    return 0;
}
