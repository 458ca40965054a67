#include "cli/ComplaintCommands.h"

#include "common/Clock.h"
#include "reports/ComplaintStatistics.h"
#include "storage/ComplaintStore.h"
#include "storage/Database.h"
#include "validation/TextRules.h"
#include "workflow/Complaints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonObject toJson(const Complaint& k)
{
    QJsonArray events;
    for (const ComplaintEvent& e : k.events)
        events.append(QJsonObject { { QStringLiteral("from"), e.from },
            { QStringLiteral("to"), e.to },
            { QStringLiteral("note"), e.note },
            { QStringLiteral("at"), Clock::toStorage(e.at) },
            { QStringLiteral("actor"), e.actor } });
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    return { { QStringLiteral("id"), k.id },
        { QStringLiteral("number"), k.number },
        { QStringLiteral("station"), k.stationCode },
        { QStringLiteral("channel"), kComplaintChannels.key(k.channel) },
        { QStringLiteral("received_at"), Clock::toStorage(k.receivedAt) },
        { QStringLiteral("received_by"), k.receivedBy },
        { QStringLiteral("complainant"), k.complainant },
        { QStringLiteral("contact"), k.contact },
        { QStringLiteral("about"), kComplaintSubjects.key(k.subject) },
        { QStringLiteral("agency_id"), k.agencyId },
        { QStringLiteral("agency"), k.agencyName },
        { QStringLiteral("staff"), k.staffLogin },
        { QStringLiteral("case"), k.caseNumber },
        { QStringLiteral("category"), kComplaintCategories.key(k.category) },
        { QStringLiteral("summary"), k.summary },
        { QStringLiteral("state"), kComplaintStates.key(k.state) },
        { QStringLiteral("valid"), k.valid ? QJsonValue(*k.valid) : QJsonValue() },
        { QStringLiteral("assessment"), k.assessment },
        { QStringLiteral("forwarded_to"), k.forwardedTo },
        { QStringLiteral("institution_result"), k.institutionResult },
        { QStringLiteral("answer"), k.answer },
        { QStringLiteral("ack_due"), k.ackDue.toString(Qt::ISODate) },
        { QStringLiteral("answer_due"), k.answerDue.toString(Qt::ISODate) },
        { QStringLiteral("overdue"), k.overdueOn(today) },
        { QStringLiteral("events"), events } };
}

QString line(const Complaint& k)
{
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    return QStringLiteral("%1  %2  %3  %4  %5%6  %7")
        .arg(k.number,
            Clock::displayDateTime(k.receivedAt),
            kComplaintStates.label(k.state).local,
            kComplaintCategories.label(k.category).local,
            k.answerDue.toString(Qt::ISODate),
            k.overdueOn(today) ? QStringLiteral(" ") + Command::t(QT_TRANSLATE_NOOP("Cli", "OVERDUE")) : QString(),
            k.summary);
}

QJsonArray countsJson(const QList<ComplaintCount>& rows)
{
    QJsonArray a;
    for (const ComplaintCount& c : rows)
        a.append(QJsonObject { { QStringLiteral("key"), c.key },
            { QStringLiteral("label"), c.label },
            { QStringLiteral("received"), c.received },
            { QStringLiteral("valid"), c.valid },
            { QStringLiteral("invalid"), c.invalid } });
    return a;
}
} // namespace

QString ComplaintCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP(
        "Cli", "Complaints (7.5): register (add), move on (advance), list, show, statistics by class (stats)"));
}

int ComplaintCommand::execute(CliContext& ctx, const QStringList& args)
{
    return subcommand(ctx,
        args,
        { { QStringLiteral("add"), add },
            { QStringLiteral("advance"), advance },
            { QStringLiteral("list"), list },
            { QStringLiteral("show"), show },
            { QStringLiteral("stats"), stats } },
        t(QT_TRANSLATE_NOOP("Cli",
            "Usage: complaint add|advance|list|show|stats [options]; see complaint add --help.\n"
            "States: received -> acknowledged -> assessed (--valid yes|no) -> investigated -> forwarded -> "
            "handled -> answered -> closed; not valid: assessed -> answered; closed -> reopened -> assessed.")));
}

int ComplaintCommand::add(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("channel"),
        t(QT_TRANSLATE_NOOP("Cli", "How it came: phone, email, window, website, letter")),
        QStringLiteral("channel") });
    p.addOption(
        { QStringLiteral("summary"), t(QT_TRANSLATE_NOOP("Cli", "What the complaint says")), QStringLiteral("text") });
    p.addOption(
        { QStringLiteral("complainant"), t(QT_TRANSLATE_NOOP("Cli", "Who complains")), QStringLiteral("name") });
    p.addOption({ QStringLiteral("contact"),
        t(QT_TRANSLATE_NOOP("Cli", "How to reach the complainant")),
        QStringLiteral("phone-or-email") });
    p.addOption({ QStringLiteral("about"),
        t(QT_TRANSLATE_NOOP("Cli", "Whom it is about: agency, staff, platform")),
        QStringLiteral("who") });
    p.addOption({ QStringLiteral("agency"), t(QT_TRANSLATE_NOOP("Cli", "The agency's id")), QStringLiteral("id") });
    p.addOption(
        { QStringLiteral("staff"), t(QT_TRANSLATE_NOOP("Cli", "The staff member's login")), QStringLiteral("login") });
    p.addOption(
        { QStringLiteral("case"), t(QT_TRANSLATE_NOOP("Cli", "The case it concerns")), QStringLiteral("number") });
    p.addOption({ QStringLiteral("category"),
        t(QT_TRANSLATE_NOOP("Cli", "Class: attitude, timeliness, quality, fees, discipline, other")),
        QStringLiteral("class") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const NewComplaint input { p.value(QStringLiteral("channel")),
        p.value(QStringLiteral("complainant")),
        p.value(QStringLiteral("contact")),
        p.value(QStringLiteral("about")),
        p.value(QStringLiteral("agency")),
        p.value(QStringLiteral("staff")),
        p.value(QStringLiteral("case")),
        p.value(QStringLiteral("category")),
        p.value(QStringLiteral("summary")) };
    const WorkCalendar* calendar = ctx.calendar(rc);
    if (!calendar)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto k = Complaints(*db, *calendar).registerComplaint(input, ctx.actor());
    if (!k)
        return ctx.fail(k.error());
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(toJson(*k)).toJson();
    else
        ctx.out << k->number << Qt::endl;
    return 0;
}

int ComplaintCommand::advance(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("complaint"), t(QT_TRANSLATE_NOOP("Cli", "Complaint number or id")));
    p.addOption({ QStringLiteral("to"),
        t(QT_TRANSLATE_NOOP("Cli",
            "The next state: acknowledged, assessed, investigated, forwarded, handled, answered, closed, reopened")),
        QStringLiteral("state") });
    p.addOption({ QStringLiteral("note"),
        t(QT_TRANSLATE_NOOP(
            "Cli", "The reason, findings, the institution's handling or the answer, as the step needs")),
        QStringLiteral("text") });
    p.addOption({ QStringLiteral("valid"),
        t(QT_TRANSLATE_NOOP("Cli", "With --to assessed: yes or no")),
        QStringLiteral("yes|no") });
    p.addOption({ QStringLiteral("forwarded-to"),
        t(QT_TRANSLATE_NOOP("Cli", "With --to forwarded: the institution (default: the agency complained about)")),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("category"),
        t(QT_TRANSLATE_NOOP("Cli", "With --to assessed: a corrected class")),
        QStringLiteral("class") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("to")))
        return ctx.usage(
            t(QT_TRANSLATE_NOOP("Cli", "Usage: complaint advance NUMBER --to STATE [--note T] [--valid yes|no]")));
    ComplaintStep step;
    step.to = p.value(QStringLiteral("to"));
    step.note = p.value(QStringLiteral("note"));
    step.forwardedTo = p.value(QStringLiteral("forwarded-to"));
    step.category = p.value(QStringLiteral("category"));
    if (p.isSet(QStringLiteral("valid"))) {
        const QString v = p.value(QStringLiteral("valid")).toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "--valid: yes or no")));
        step.valid = v == QLatin1String("yes");
    }
    const WorkCalendar* calendar = ctx.calendar(rc);
    if (!calendar)
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto k = Complaints(*db, *calendar).advance(p.positionalArguments().first(), step, ctx.actor());
    if (!k)
        return ctx.fail(k.error());
    ctx.out << line(*k) << Qt::endl;
    return 0;
}

int ComplaintCommand::list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(
        { QStringLiteral("state"), t(QT_TRANSLATE_NOOP("Cli", "Only in this state")), QStringLiteral("state") });
    p.addOption({ QStringLiteral("open"), t(QT_TRANSLATE_NOOP("Cli", "Only those not closed")) });
    p.addOption({ QStringLiteral("overdue"), t(QT_TRANSLATE_NOOP("Cli", "Only those past a deadline")) });
    p.addOption(
        { QStringLiteral("from"), t(QT_TRANSLATE_NOOP("Cli", "Received on or after")), QStringLiteral("date") });
    p.addOption({ QStringLiteral("to"), t(QT_TRANSLATE_NOOP("Cli", "Received on or before")), QStringLiteral("date") });
    p.addOption(
        { QStringLiteral("limit"), t(QT_TRANSLATE_NOOP("Cli", "At most N (default 500)")), QStringLiteral("n") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    ComplaintStore::Filter f;
    f.state = p.value(QStringLiteral("state"));
    if (!f.state.isEmpty() && !kComplaintStates.fromKey(f.state))
        return ctx.fail(Error::badInput(QStringLiteral("status"), Fields::invalid(QStringLiteral("status"), f.state)));
    f.openOnly = p.isSet(QStringLiteral("open"));
    f.overdueOnly = p.isSet(QStringLiteral("overdue"));
    f.today = Clock::chinaDate(Clock::nowUtc());
    for (const auto& [option, date] :
        { qMakePair(QStringLiteral("from"), &f.from), qMakePair(QStringLiteral("to"), &f.to) }) {
        if (!p.isSet(option))
            continue;
        *date = QDate::fromString(p.value(option), Qt::ISODate);
        if (!date->isValid())
            return ctx.fail(
                Error::badInput(QStringLiteral("date"), Fields::invalid(QStringLiteral("date"), p.value(option))));
    }
    if (p.isSet(QStringLiteral("limit")))
        f.limit = p.value(QStringLiteral("limit")).toInt();
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto rows = ComplaintStore::list(*db, f);
    if (!rows)
        return ctx.fail(rows.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Complaint& k : *rows)
            a.append(toJson(k));
        ctx.out << QJsonDocument(a).toJson();
        return 0;
    }
    for (const Complaint& k : *rows)
        ctx.out << line(k) << Qt::endl;
    return 0;
}

int ComplaintCommand::show(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("complaint"), t(QT_TRANSLATE_NOOP("Cli", "Complaint number or id")));
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "Usage: complaint show NUMBER [--json]")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto k = ComplaintStore::find(*db, p.positionalArguments().first());
    if (!k)
        return ctx.fail(k.error());
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(toJson(*k)).toJson();
        return 0;
    }
    ctx.out << line(*k) << Qt::endl;
    for (const ComplaintEvent& e : k->events)
        ctx.out
            << QStringLiteral("  %1  %2  %3  %4")
                   .arg(Clock::displayDateTime(e.at),
                       e.actor,
                       kComplaintStates.label(kComplaintStates.fromKey(e.to).value_or(ComplaintState::Received)).local,
                       e.note)
            << Qt::endl;
    return 0;
}

int ComplaintCommand::stats(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("from"), t(QT_TRANSLATE_NOOP("Cli", "First day")), QStringLiteral("date") });
    p.addOption({ QStringLiteral("to"), t(QT_TRANSLATE_NOOP("Cli", "Last day")), QStringLiteral("date") });
    p.addOption(
        { QStringLiteral("station"), t(QT_TRANSLATE_NOOP("Cli", "One station's code")), QStringLiteral("code") });
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const QDate from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return ctx.usage(t(QT_TRANSLATE_NOOP("Cli", "--from and --to: days such as 2026-10-01")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto f = ComplaintStatistics::compute(
        *db, from, to, p.value(QStringLiteral("station")), Clock::chinaDate(Clock::nowUtc()), ctx.actor());
    if (!f)
        return ctx.fail(f.error());
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("received"), f->received },
                                     { QStringLiteral("valid"), f->valid },
                                     { QStringLiteral("invalid"), f->invalid },
                                     { QStringLiteral("unassessed"), f->unassessed },
                                     { QStringLiteral("answered"), f->answered },
                                     { QStringLiteral("overdue"), f->overdue },
                                     { QStringLiteral("by_category"), countsJson(f->byCategory) },
                                     { QStringLiteral("by_channel"), countsJson(f->byChannel) },
                                     { QStringLiteral("by_agency"), countsJson(f->byAgency) },
                                     { QStringLiteral("by_staff"), countsJson(f->byStaff) } })
                       .toJson();
        return 0;
    }
    ctx.out << t(
        QT_TRANSLATE_NOOP("Cli", "Received %1, valid %2, not valid %3, not yet assessed %4, answered %5, overdue %6"))
                   .arg(f->received)
                   .arg(f->valid)
                   .arg(f->invalid)
                   .arg(f->unassessed)
                   .arg(f->answered)
                   .arg(f->overdue)
            << Qt::endl;
    const QList<QPair<QString, const QList<ComplaintCount>*>> groups = { { t(QT_TRANSLATE_NOOP("Cli", "By class")),
                                                                             &f->byCategory },
        { t(QT_TRANSLATE_NOOP("Cli", "By agency")), &f->byAgency },
        { t(QT_TRANSLATE_NOOP("Cli", "By staff member (valid ones count in the assessment, 7.5.4)")), &f->byStaff } };
    for (const auto& [title, rows] : groups) {
        ctx.out << title << Qt::endl;
        for (const ComplaintCount& c : *rows)
            ctx.out << QStringLiteral("  %1\t%2\t%3\t%4").arg(c.label).arg(c.received).arg(c.valid).arg(c.invalid)
                    << Qt::endl;
    }
    return 0;
}
