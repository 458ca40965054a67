// 4.2 客户档案: from the client archive, Enter on a client (or 客户档案…) opens the client's file
// read on the reader thread, with its columns wide enough for a case number and a time; a row
// opens its case on the cases page; 打印… shows it in the print preview.
#include "ClientFileDialog.h"

#include "MainWindow.h"
#include "ModelTesters.h"
#include "UiFixture.h"
#include "common/Clock.h"
#include "models/ClientFileModel.h"
#include "models/ColumnFit.h"
#include "pages/CaseListPage.h"
#include "storage/ClientStore.h"
#include "storage/UserStore.h"
#include "support/QtCatch.h"
#include "workflow/CaseMerge.h"
#include "workflow/Registration.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTest>

namespace {
QString registerFor(UiFixture& f, const QString& clientId, const QString& summary, const QString& answer = {})
{
    NewCase input { clientId, QStringLiteral("window"), QStringLiteral("5.1.2"), summary, answer, {} };
    input.outcome = answer.isEmpty() ? Outcome::FollowUp : Outcome::AnswerAndClose;
    auto c = Registration(*f.t.db, f.t.catalog).registerCase(input, f.ctx->actor());
    REQUIRE(c.ok());
    return c->number;
}

ClientFileDialog* openDialog()
{
    ClientFileDialog* dialog = nullptr;
    UiFixture::waitFor([&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<ClientFileDialog*>(w); d && d->isVisible())
                dialog = d;
        return dialog != nullptr;
    });
    return dialog;
}
} // namespace

TEST_CASE("Enter on a client opens its file; a row of it opens the case", "[ui][fit][client-file]")
{
    UiFixture f;
    UserAccount tester; // the account acting, so the file can name the person
    tester.id = QStringLiteral("u-tester");
    tester.login = f.ctx->actor().login;
    tester.name = QStringLiteral("测试员");
    tester.role = Role::StationAdmin;
    tester.passwordChangedAt = tester.createdAt = Clock::nowUtc();
    REQUIRE(UserStore::insert(*f.t.db, tester, QStringLiteral("x")).ok());
    auto client = ClientStore::byUscc(*f.t.db, QStringLiteral("91450200198229141F"));
    REQUIRE(client.ok());
    REQUIRE(client->has_value());
    const QString open = registerFor(f, (*client)->id, QStringLiteral("计量器具检定咨询"));
    const QString answered = registerFor(f, (*client)->id, QStringLiteral("检定周期"), QStringLiteral("一年一检"));

    f.window->showPage(2);
    auto* table = f.find<QTableView>("clientTable");
    auto* button = f.find<QPushButton>("openClientFile");
    REQUIRE(table);
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled()); // no client chosen yet
    int row = -1;
    REQUIRE(UiFixture::waitFor([&] {
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data().toString() == (*client)->name)
                row = r;
        return row >= 0;
    }));
    table->setFocus();
    table->selectRow(row);
    REQUIRE(UiFixture::waitFor([&] { return button->isEnabled(); }));
    QTest::keyClick(table, Qt::Key_Return);
    ClientFileDialog* dialog = openDialog();
    REQUIRE(dialog);
    QPointer<ClientFileDialog> guard(dialog);
    REQUIRE(UiFixture::waitFor([&] { return dialog->isLoaded(); }));
    ClientFileModel* model = dialog->model();
    CHECK(ModelTesters::testedKinds().contains(QStringLiteral("ClientFileModel")));
    // Registered, registered, answered on the spot: oldest first.
    REQUIRE(model->rowCount() == 3);
    CHECK(model->rowAt(0)->caseNumber == open);
    CHECK(model->index(0, ClientFileModel::Kind).data().toString() == QStringLiteral("已登记"));
    CHECK(model->rowAt(2)->caseNumber == answered);
    CHECK(model->index(2, ClientFileModel::Staff).data().toString() == QStringLiteral("测试员")); // by name
    auto* particulars = dialog->findChild<QLabel*>(QStringLiteral("clientFileParticulars"));
    CHECK(particulars->text().contains((*client)->name));
    CHECK(particulars->text().contains(QStringLiteral("91450200198229141F")));

    // It fits the laptop's screen, and the case number and time are not cut.
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    CHECK(screen.contains(dialog->frameGeometry()));
    auto* view = dialog->findChild<QTableView*>(QStringLiteral("clientFileView"));
    REQUIRE(view);
    for (int column : { int(ClientFileModel::When), int(ClientFileModel::Case) }) {
        const QString widest = model->index(0, column).data().toString();
        CHECK(view->columnWidth(column) >= view->fontMetrics().horizontalAdvance(widest));
    }
    // The steps and the staff too, as loaded (即时答复并办结 was cut to 即时答复…).
    for (int column : { int(ClientFileModel::Kind), int(ClientFileModel::Staff) })
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data().toString();
            INFO(text.toStdString());
            CHECK(view->columnWidth(column)
                >= view->fontMetrics().horizontalAdvance(text) + ColumnFit::cellPadding(view));
        }
    for (const char* name : { "clientFilePrint", "clientFileSavePdf", "clientFileOpenCase" }) {
        auto* b = dialog->findChild<QPushButton*>(QString::fromLatin1(name));
        REQUIRE(b);
        CHECK(b->isEnabled());
        CHECK(screen.contains(QRect(b->mapToGlobal(QPoint(0, 0)), b->size())));
    }

    // 打印… opens the print preview.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("clientFilePrint")), Qt::LeftButton);
    QPrintPreviewDialog* preview = nullptr;
    REQUIRE(UiFixture::waitFor([&] {
        preview = dialog->findChild<QPrintPreviewDialog*>(QStringLiteral("documentPreview"));
        return preview && preview->isVisible();
    }));
    CHECK(preview->windowTitle().contains((*client)->name));
    preview->close();

    // Enter on the first row opens that case on the cases page; the file closes.
    view->setFocus();
    view->setCurrentIndex(model->index(0, ClientFileModel::Summary));
    QTest::keyClick(view, Qt::Key_Return);
    auto* cases = f.window->findChild<CaseListPage*>();
    REQUIRE(cases);
    REQUIRE(UiFixture::waitFor([&] { return cases->isVisible() && cases->currentCase().number == open; }));
    CHECK(UiFixture::waitFor([&] { return !guard || !guard->isVisible(); }));
}

TEST_CASE("the client file's columns hold the longest step it shows once loaded", "[ui][client-file]")
{
    UiFixture f;
    auto client = ClientStore::byUscc(*f.t.db, QStringLiteral("91450200198229141F"));
    REQUIRE(client.ok());
    REQUIRE(client->has_value());
    const QString kept = registerFor(f, (*client)->id, QStringLiteral("计量器具检定咨询"));
    const QString again = registerFor(f, (*client)->id, QStringLiteral("再问计量器具检定"));
    REQUIRE(CaseMerge(*f.t.db).merge(kept, again, testActor(QStringLiteral("s"), Role::Supervisor)).ok());
    ClientFileDialog dialog(*f.ctx, (*client)->id);
    dialog.show();
    REQUIRE(UiFixture::waitFor([&] { return dialog.isLoaded(); }));
    auto* view = dialog.findChild<QTableView*>(QStringLiteral("clientFileView"));
    REQUIRE(view);
    ClientFileModel* model = dialog.model();
    bool merged = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        merged = merged || model->rowAt(row)->kind == QStringLiteral("merged_from");
        for (int column : { int(ClientFileModel::Kind), int(ClientFileModel::Staff) }) {
            const QString text = model->index(row, column).data().toString();
            INFO(text.toStdString());
            CHECK(view->columnWidth(column)
                >= view->fontMetrics().horizontalAdvance(text) + ColumnFit::cellPadding(view));
        }
    }
    CHECK(merged); // 重复诉求并入本件, the longest label there is
}
