// The station's accounts in the administrator's dialog: listed by name, changed in place, and the
// list model under QAbstractItemModelTester the whole time.
#include "UsersDialog.h"

#include "ModelTesters.h"
#include "UiFixture.h"
#include "models/UserListModel.h"
#include "security/UserAccounts.h"
#include "support/QtCatch.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

TEST_CASE("the users dialog lists accounts by name and deactivates the chosen one in place", "[ui][users]")
{
    UiFixture f;
    const Actor admin = testActor(QStringLiteral("admin"));
    for (const auto& [login, name] : { std::pair { "zhangli", "张丽" }, std::pair { "wangqiang", "王强" } })
        REQUIRE(UserAccounts(*f.t.db)
                    .add({ QString::fromLatin1(login),
                             QString::fromUtf8(name),
                             Role::Clerk,
                             QStringLiteral("Zl-pass-2026") },
                        admin)
                    .ok());
    UsersDialog dialog(*f.ctx);
    UserListModel* model = dialog.model();
    ModelTesters::attach(model);
    dialog.show();
    REQUIRE(UiFixture::waitFor([&] { return model->rowCount() == 2; }));
    int zhangli = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->userAt(row)->login == QLatin1String("zhangli"))
            zhangli = row;
    REQUIRE(zhangli >= 0);
    QStringList shown;
    for (int column = 0; column < model->columnCount(); ++column)
        shown << model->index(zhangli, column).data().toString();
    CHECK(shown.contains(QStringLiteral("张丽")));

    auto* view = dialog.findChild<QTableView*>();
    view->selectRow(zhangli);
    QPushButton* toggle = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
        if (b->text() == QCoreApplication::translate("UsersDialog", "Deactivate / activate"))
            toggle = b;
    REQUIRE(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    REQUIRE(UiFixture::waitFor([&] {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->userAt(row)->login == QLatin1String("zhangli"))
                return !model->userAt(row)->active;
        return false;
    }));
    CHECK(model->rowCount() == 2);
    CHECK(ModelTesters::testedKinds().contains(QStringLiteral("UserListModel")));
}
