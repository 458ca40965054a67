#include "cli/UserCommands.h"

#include "common/Clock.h"
#include "security/UserAccounts.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
std::optional<Role> roleFrom(CliContext& ctx, const QString& key)
{
    const auto role = Roles::fromKey(key);
    if (!role)
        ctx.usage(Command::t(
            QT_TRANSLATE_NOOP("Cli", "Role: one of clerk, field, supervisor, station_admin, city_admin (not \"%1\")."))
                      .arg(key));
    return role;
}
} // namespace

QString UserCommand::summary() const
{
    return t(QT_TRANSLATE_NOOP(
        "Cli", "Station user accounts: add, list, passwd, role, deactivate, activate, unlock (administrators)"));
}

int UserCommand::execute(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("add"))
        return add(ctx, args.mid(1));
    if (sub == QLatin1String("list"))
        return list(ctx, args.mid(1));
    if (QStringList { QStringLiteral("passwd"),
            QStringLiteral("role"),
            QStringLiteral("deactivate"),
            QStringLiteral("activate"),
            QStringLiteral("unlock") }
            .contains(sub))
        return change(ctx, sub, args.mid(1));
    return ctx.usage(t(QT_TRANSLATE_NOOP("Cli",
        "Usage: user add --login L --name N --role R | list | passwd LOGIN | role LOGIN ROLE | "
        "deactivate LOGIN | activate LOGIN | unlock LOGIN")));
}

int UserCommand::add(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("login"), t(QT_TRANSLATE_NOOP("Cli", "Login name")), QStringLiteral("login") });
    p.addOption(
        { QStringLiteral("name"), t(QT_TRANSLATE_NOOP("Cli", "Full name, e.g. 张丽")), QStringLiteral("name") });
    p.addOption({ QStringLiteral("role"),
        t(QT_TRANSLATE_NOOP("Cli", "clerk, field, supervisor, station_admin or city_admin")),
        QStringLiteral("role") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const auto role = roleFrom(ctx, p.value(QStringLiteral("role")));
    if (!role)
        return int(ErrorCode::BadInput);
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    const auto password = ctx.newPassword(p.value(QStringLiteral("login")));
    if (!password)
        return int(ErrorCode::BadInput);
    auto added = UserAccounts(*db).add(
        { p.value(QStringLiteral("login")), p.value(QStringLiteral("name")), *role, *password }, ctx.actor());
    if (!added)
        return ctx.fail(added.error());
    ctx.out << t(QT_TRANSLATE_NOOP("Cli", "User %1 (%2) added as %3."))
                   .arg(added->login, added->name, Roles::label(added->role).local)
            << Qt::endl;
    return 0;
}

int UserCommand::list(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("json"), t(QT_TRANSLATE_NOOP("Cli", "Print the result as JSON")) });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    auto users = UserAccounts(*db).list(ctx.actor());
    if (!users)
        return ctx.fail(users.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const UserAccount& u : *users)
            a.append(QJsonObject { { QStringLiteral("login"), u.login },
                { QStringLiteral("name"), u.name },
                { QStringLiteral("role"), Roles::key(u.role) },
                { QStringLiteral("active"), u.active },
                { QStringLiteral("failed_logins"), u.failedLogins },
                { QStringLiteral("locked_until"),
                    u.lockedUntil.isValid() ? Clock::toStorage(u.lockedUntil) : QString() },
                { QStringLiteral("last_login_at"),
                    u.lastLoginAt.isValid() ? Clock::toStorage(u.lastLoginAt) : QString() } });
        ctx.out << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    for (const UserAccount& u : *users)
        ctx.out << QStringLiteral("%1\t%2\t%3\t%4%5")
                       .arg(u.login, u.name, Roles::label(u.role).local)
                       .arg(u.active ? t(QT_TRANSLATE_NOOP("Cli", "active")) : t(QT_TRANSLATE_NOOP("Cli", "inactive")))
                       .arg(u.lockedUntil.isValid() && u.lockedUntil > Clock::nowUtc() ? QStringLiteral("\t")
                                   + t(QT_TRANSLATE_NOOP("Cli", "locked until %1"))
                                         .arg(Clock::displayDateTime(u.lockedUntil))
                                                                                       : QString())
                << Qt::endl;
    return 0;
}

int UserCommand::change(CliContext& ctx, const QString& what, const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("login"), t(QT_TRANSLATE_NOOP("Cli", "Login name")));
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != (what == QLatin1String("role") ? 2 : 1))
        return ctx.usage(
            t(QT_TRANSLATE_NOOP("Cli", "Usage: user passwd|deactivate|activate|unlock LOGIN, user role LOGIN ROLE")));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    UserAccounts accounts(*db);
    const QString login = pos.first();
    Status done = success();
    if (what == QLatin1String("passwd")) {
        const auto password = ctx.newPassword(login);
        if (!password)
            return int(ErrorCode::BadInput);
        done = accounts.setPassword(login, *password, ctx.actor());
    } else if (what == QLatin1String("role")) {
        const auto role = roleFrom(ctx, pos.at(1));
        if (!role)
            return int(ErrorCode::BadInput);
        done = accounts.setRole(login, *role, ctx.actor());
    } else if (what == QLatin1String("unlock")) {
        done = accounts.unlock(login, ctx.actor());
    } else {
        done = accounts.setActive(login, what == QLatin1String("activate"), ctx.actor());
    }
    if (!done)
        return ctx.fail(done.error());
    ctx.out << t(QT_TRANSLATE_NOOP("Cli", "Done: %1 %2.")).arg(what, login) << Qt::endl;
    return 0;
}
