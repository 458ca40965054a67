#include "cli/InitCommand.h"

#include "common/CurrentUser.h"
#include "storage/Database.h"
#include "storage/StationStore.h"
#include "validation/TextRules.h"

#include <QCoreApplication>

QString InitCommand::summary() const
{
    return QCoreApplication::translate("Cli", "Create a station's database (or upgrade it) and name its station");
}

int InitCommand::execute(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(
        { QStringLiteral("city"), QCoreApplication::translate("Cli", "City code, e.g. LZ"), QStringLiteral("code") });
    p.addOption({ QStringLiteral("station"),
        QCoreApplication::translate("Cli", "Station code, e.g. LN"),
        QStringLiteral("code") });
    p.addOption({ QStringLiteral("station-name"),
        QCoreApplication::translate("Cli", "Station name, e.g. 柳南区"),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("level"),
        QCoreApplication::translate("Cli", "city, county, district or park"),
        QStringLiteral("level"),
        QStringLiteral("county") });
    int rc = 0;
    if (!parse(ctx, p, args, rc))
        return rc;
    const auto level = StationStore::levelFromKey(p.value(QStringLiteral("level")));
    if (!level)
        return ctx.fail(Error::badInput(QStringLiteral("level"),
            UiText::of("Validation", QT_TRANSLATE_NOOP("Validation", "%1 must be city, county, district or park."))
                .arg(Fields::label(QStringLiteral("level")))));
    auto db = ctx.openDatabase(rc);
    if (!db)
        return rc;
    Station s;
    s.cityCode = p.value(QStringLiteral("city"));
    s.code = p.value(QStringLiteral("station"));
    s.name = p.value(QStringLiteral("station-name"));
    s.level = *level;
    auto station = StationStore::initLocal(*db, s, Actor::operatingSystemAccount(CurrentUser::login()).login);
    if (!station)
        return ctx.fail(station.error());
    ctx.out << QCoreApplication::translate("Cli", "Station %1-%2 %3 set up in %4")
                   .arg(station->cityCode, station->code, station->name, db->path())
            << Qt::endl;
    return 0;
}
