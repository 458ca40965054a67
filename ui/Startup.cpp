#include "Startup.h"

#include "AppContext.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "StationSetupDialog.h"
#include "security/Authentication.h"
#include "security/UserAccounts.h"
#include "storage/DatabaseWorker.h"
#include "storage/StationStore.h"
#include "sync/SyncScheduler.h"

namespace {
void openReader(AppContext& ctx, MainWindow& window)
{
    QObject::connect(
        ctx.reader(),
        &DatabaseWorker::opened,
        &window,
        [&ctx, &window](bool ok, const QString& why) {
            if (!ok) {
                window.databaseFailed(why);
                return;
            }
            window.databaseReady();
            // Sync has a connection of its own; it starts once that is open, if a server is set up.
            QObject::connect(
                ctx.syncWorker(),
                &DatabaseWorker::opened,
                &window,
                [&ctx](bool opened, const QString&) {
                    if (opened)
                        ctx.startSync();
                },
                Qt::SingleShotConnection);
            ctx.syncWorker()->open();
        },
        Qt::SingleShotConnection);
    ctx.reader()->open();
}

// The dialog's name and password checked on the database thread (Argon2id is slow on purpose, the
// window stays responsive): an error goes back to the dialog, a log-in to `accepted`. A password
// that has run out (the station's setting) is changed in the same dialog before `accepted`.
void answerCredentials(AppContext& ctx, LoginDialog* dialog, const std::function<void(const Actor&)>& accepted)
{
    struct Answer
    {
        Result<Actor> actor;
        Result<bool> expired;
    };
    auto expiredFor = std::make_shared<std::optional<Actor>>(); // logged in, but the password ran out
    QObject::connect(dialog,
        &LoginDialog::credentialsEntered,
        dialog,
        [&ctx, dialog, accepted, expiredFor](const QString& login, const QString& password) {
            ctx.writer()->post<std::shared_ptr<Answer>>(
                dialog,
                [login, password](Database& db) {
                    Authentication auth(db);
                    auto actor = auth.logIn(login, password);
                    Result<bool> expired = actor ? auth.passwordExpired(*actor) : Result<bool>(false);
                    return std::make_shared<Answer>(Answer { actor, expired });
                },
                [dialog, accepted, expiredFor](std::shared_ptr<Answer> a) {
                    if (!a->actor)
                        dialog->showError(a->actor.error().message.local);
                    else if (!a->expired)
                        dialog->showError(a->expired.error().message.local);
                    else if (*a->expired) {
                        *expiredFor = a->actor.value();
                        dialog->askNewPassword(Authentication::passwordExpiredMessage().local);
                    } else
                        accepted(a->actor.value());
                });
        });
    QObject::connect(dialog,
        &LoginDialog::newPasswordChosen,
        dialog,
        [&ctx, dialog, accepted, expiredFor](const QString&, const QString& current, const QString& password) {
            if (!*expiredFor)
                return;
            const Actor actor = **expiredFor;
            ctx.writer()->post<Status>(
                dialog,
                [actor, current, password](
                    Database& db) { return UserAccounts(db).changeOwnPassword(actor, current, password); },
                [dialog, accepted, actor](Status s) {
                    if (!s)
                        dialog->showError(s.error().message.local);
                    else
                        accepted(actor);
                });
        });
}

// First start: the station (on a fresh file) and its first administrator, who is then logged in.
void setUp(AppContext& ctx, MainWindow& window, bool askForStation, const QString& previousError)
{
    auto* dialog = new StationSetupDialog(askForStation, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!previousError.isEmpty())
        dialog->showError(previousError);
    QObject::connect(dialog, &QDialog::rejected, &window, [&window]() {
        window.databaseFailed(MainWindow::tr("No station was set up."));
    });
    QObject::connect(dialog, &QDialog::accepted, &window, [&ctx, &window, dialog]() {
        const bool newStation = dialog->asksForStation();
        const Station input = dialog->station();
        const NewUser admin = dialog->administrator();
        struct Done
        {
            Result<Station> station;
            Result<UserAccount> admin;
        };
        ctx.writer()->post<std::shared_ptr<Done>>(
            &window,
            [newStation, input, admin](Database& db) {
                auto station = newStation ? StationStore::initLocal(db, input, admin.login) : StationStore::local(db);
                Result<UserAccount> created
                    = station ? UserAccounts(db).createFirstAdministrator(admin) : Result<UserAccount>(station.error());
                return std::make_shared<Done>(Done { station, created });
            },
            [&ctx, &window, newStation](std::shared_ptr<Done> done) {
                if (!done->station) {
                    setUp(ctx, window, newStation, done->station.error().message.local);
                    return;
                }
                ctx.setStation(done->station.value());
                if (!done->admin) {
                    setUp(ctx, window, false, done->admin.error().message.local);
                    return;
                }
                ctx.setActor(Actor::user(done->admin->login, done->admin->role, done->admin->name));
                openReader(ctx, window);
            });
    });
    dialog->open();
}

void logIn(AppContext& ctx, MainWindow& window)
{
    window.showWaiting(MainWindow::tr("Please log in."));
    auto* dialog = new LoginDialog(ctx.station().name, LoginDialog::Purpose::LogIn, {}, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::rejected, &window, [&window]() {
        window.databaseFailed(MainWindow::tr("Nobody is logged in."));
    });
    answerCredentials(ctx, dialog, [&ctx, &window, dialog](const Actor& actor) {
        ctx.setActor(actor);
        dialog->accept();
        openReader(ctx, window);
    });
    dialog->open();
}
} // namespace

void Startup::begin(AppContext& ctx, MainWindow& window)
{
    QObject::connect(
        ctx.writer(),
        &DatabaseWorker::opened,
        &window,
        [&ctx, &window](bool ok, const QString& why) {
            if (!ok) {
                window.databaseFailed(why);
                return;
            }
            struct Opening
            {
                Result<Station> station;
                bool hasAccounts;
                bool archive;
            };
            ctx.writer()->post<std::shared_ptr<Opening>>(
                &window,
                [](Database& db) {
                    return std::make_shared<Opening>(
                        Opening { StationStore::local(db), UserAccounts(db).hasAnyAccount(), db.isArchive() });
                },
                [&ctx, &window](std::shared_ptr<Opening> o) {
                    if (!o->station) {
                        if (o->station.error().code == ErrorCode::NotFound)
                            setUp(ctx, window, true, {});
                        else
                            window.databaseFailed(o->station.error().message.local);
                        return;
                    }
                    ctx.setStation(o->station.value());
                    ctx.setArchive(o->archive);
                    if (!ctx.actor().login.isEmpty()) // logged in already (tests)
                        openReader(ctx, window);
                    else if (!o->hasAccounts)
                        setUp(ctx, window, false, {});
                    else
                        logIn(ctx, window);
                });
        },
        Qt::SingleShotConnection);
    ctx.writer()->open();
}

void Startup::unlock(AppContext& ctx, QWidget* window, bool anyone, const std::function<void()>& unlocked)
{
    auto* dialog = anyone
        ? new LoginDialog(ctx.station().name, LoginDialog::Purpose::SwitchUser, {}, window)
        : new LoginDialog(ctx.station().name, LoginDialog::Purpose::Unlock, ctx.actor().login, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &LoginDialog::quitRequested, window, &QWidget::close, Qt::QueuedConnection);
    answerCredentials(ctx, dialog, [&ctx, dialog, unlocked, anyone](const Actor& actor) {
        // Another clerk takes over the counter; after a log-out, whoever logs in is shown again.
        if (anyone || actor.login != ctx.actor().login || actor.role != ctx.actor().role)
            ctx.setActor(actor);
        dialog->accept();
        unlocked();
    });
    dialog->open();
}
