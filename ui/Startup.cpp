#include "Startup.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "StationSetupDialog.h"
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

void askForStation(AppContext& ctx, MainWindow& window, const QString& previousError)
{
    auto* dialog = new StationSetupDialog(&window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!previousError.isEmpty())
        dialog->showError(previousError);
    QObject::connect(dialog, &QDialog::rejected, &window, [&window]() {
        window.databaseFailed(MainWindow::tr("No station was set up."));
    });
    QObject::connect(dialog, &QDialog::accepted, &window, [&ctx, &window, dialog]() {
        const Station input = dialog->station();
        const Actor actor = ctx.actor();
        ctx.writer()->post<Result<Station>>(
            &window,
            [input, actor](Database& db) { return StationStore::initLocal(db, input, actor.login); },
            [&ctx, &window](Result<Station> s) {
                if (!s) {
                    askForStation(ctx, window, s.error().message.local);
                    return;
                }
                ctx.setStation(s.value());
                openReader(ctx, window);
            });
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
            ctx.writer()->post<Result<Station>>(
                &window,
                [](Database& db) { return StationStore::local(db); },
                [&ctx, &window](Result<Station> s) {
                    if (s) {
                        ctx.setStation(s.value());
                        openReader(ctx, window);
                    } else if (s.error().code == ErrorCode::NotFound) {
                        askForStation(ctx, window, {});
                    } else {
                        window.databaseFailed(s.error().message.local);
                    }
                });
        },
        Qt::SingleShotConnection);
    ctx.writer()->open();
}
