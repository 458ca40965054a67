// Issue 18: the keyboard works as clerks expect, pressed key by key with QTest on real widgets.
// Enter moves to the next field (or adds the item it was typed for) and never issues a numbered
// document or saves a signed record; the button or Ctrl+Enter does. Tab leaves a date field at
// once. On the case list, Ctrl+F, ↓ and Enter lead from the search to the case and its actions.
#include "NoticeDialog.h"
#include "UiFixture.h"
#include "VisitDialog.h"
#include "models/CaseListModel.h"
#include "pages/CaseListPage.h"
#include "storage/NoticeStore.h"
#include "widgets/SignaturePad.h"
#include "workflow/Registration.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
CaseRecord registered(UiFixture& f, const QString& channel = QStringLiteral("window"))
{
    const QString client = f.t.addClient(QStringLiteral("柳州键盘测试机械有限公司"));
    auto c = Registration(*f.t.db, f.t.catalog)
                 .registerCase({ client, channel, QStringLiteral("5.1.2"), QStringLiteral("计量器具校准咨询"), {}, {} },
                     testActor(QStringLiteral("clerk")));
    REQUIRE(c.ok());
    return c.value();
}

QString focusName()
{
    QWidget* w = QApplication::focusWidget();
    return w ? w->objectName() : QStringLiteral("(none)");
}

template<typename T>
T* visible()
{
    T* found = nullptr;
    UiFixture::waitFor([&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<T*>(w); d && d->isVisible())
                found = d;
        return found != nullptr;
    });
    return found;
}
} // namespace

TEST_CASE("Enter in the notice's 其他事项 adds the item and issues nothing; Ctrl+Enter issues", "[ui][keys]")
{
    UiFixture f;
    const CaseRecord c = registered(f);
    NoticeDialog dialog(*f.ctx, c, 0, f.window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog, UiFixture::kPatienceMs));
    dialog.activateWindow();
    auto* newItem = dialog.findChild<QLineEdit*>(QStringLiteral("noticeNewItem"));
    auto* items = dialog.findChild<QListView*>(QStringLiteral("noticeItems"));
    const int before = items->model()->rowCount();
    REQUIRE(UiFixture::waitFor([&] { return newItem->hasFocus(); }));
    UiFixture::type(newItem, QStringLiteral("校准需求说明"));
    QTest::keyClick(newItem, Qt::Key_Return);
    CHECK(items->model()->rowCount() == before + 1);
    CHECK(items->model()->index(before, 0).data().toString() == QStringLiteral("校准需求说明"));
    CHECK(newItem->text().isEmpty());
    CHECK(newItem->hasFocus()); // ready for the next item
    UiFixture::type(newItem, QStringLiteral("法定代表人授权书"));
    QTest::keyClick(newItem, Qt::Key_Enter, Qt::KeypadModifier);
    CHECK(items->model()->rowCount() == before + 2);
    // Enter elsewhere moves on and issues nothing either.
    auto* contact = dialog.findChild<QLineEdit*>(QStringLiteral("noticeContact"));
    contact->setFocus();
    QTest::keyClick(contact, Qt::Key_Return);
    CHECK(focusName() == QStringLiteral("noticeDeadline"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(focusName() == QStringLiteral("noticeDelivered"));
    CHECK(dialog.isEnabled()); // issuing disables the dialog at once, before the number comes back
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == 0);
    CHECK(f.t.count(QStringLiteral("notices")) == 0);
    auto* issue = dialog.findChild<QPushButton*>(QStringLiteral("noticeIssue"));
    CHECK(issue->toolTip().contains(QStringLiteral("Ctrl+Enter")));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(UiFixture::waitFor([&] { return !dialog.isVisible(); }));
    CHECK(dialog.result() == QDialog::Accepted);
    auto notices = NoticeStore::forCase(*f.t.db, c.seq);
    REQUIRE(notices.ok());
    REQUIRE(notices->size() == 1);
    CHECK(notices->first().items.contains(QStringLiteral("法定代表人授权书")));
}

TEST_CASE("the notice dialog's tab order follows the form", "[ui][keys]")
{
    UiFixture f;
    NoticeDialog dialog(*f.ctx, registered(f), 0, f.window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog, UiFixture::kPatienceMs));
    dialog.activateWindow();
    REQUIRE(UiFixture::waitFor([&] { return focusName() == QStringLiteral("noticeNewItem"); }));
    QStringList seen { focusName() };
    for (int i = 0; i < 7; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        seen << focusName();
    }
    CHECK(seen.join(QLatin1Char(' ')).toStdString()
        == "noticeNewItem noticeAddItem noticeReason noticeNext noticeContact noticeDeadline noticeDelivered "
           "noticeIssue");
}

TEST_CASE("in the visit form Tab leaves the date at once and Enter moves on instead of saving", "[ui][keys]")
{
    UiFixture f;
    const CaseRecord c = registered(f, QStringLiteral("visit"));
    VisitDialog dialog(*f.ctx, c, f.window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog, UiFixture::kPatienceMs));
    dialog.activateWindow();
    REQUIRE(UiFixture::waitFor([&] { return focusName() == QStringLiteral("visitWhen"); }));
    auto* when = dialog.findChild<QDateTimeEdit*>(QStringLiteral("visitWhen"));
    const QDateTime at = when->dateTime();
    QTest::keyClick(when, Qt::Key_Tab);
    CHECK(focusName() == QStringLiteral("visitPlace")); // one Tab, not five
    UiFixture::type(QApplication::focusWidget(), QStringLiteral("企业会议室"));
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("visitPlace"))->text() == QStringLiteral("企业会议室"));
    CHECK(when->dateTime() == at); // nothing typed landed in the date
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(focusName() == QStringLiteral("visitWhen"));

    // Enter in a line moves to the next field; the sheet is not saved.
    QTest::keyClick(when, Qt::Key_Return);
    CHECK(focusName() == QStringLiteral("visitPlace"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(focusName() == QStringLiteral("visitStaff"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(focusName() == QStringLiteral("visitClientPeople"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(focusName() == QStringLiteral("visitSummary"));
    auto* signer = dialog.findChild<QLineEdit*>(QStringLiteral("visitSigner"));
    signer->setFocus();
    UiFixture::type(signer, QStringLiteral("Li"));
    QTest::keyClick(signer, Qt::Key_Return);
    CHECK(dialog.isEnabled());
    CHECK(dialog.isVisible());
    CHECK(f.t.count(QStringLiteral("visits")) == 0);
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("visitError"))->isVisible()); // no save was tried

    // The whole tab order, top to bottom.
    when->setFocus();
    QStringList seen { focusName() };
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        seen << focusName();
    }
    CHECK(seen.join(QLatin1Char(' ')).toStdString()
        == "visitWhen visitPlace visitStaff visitClientPeople visitSummary visitAnswers visitMaterials "
           "visitFollowUps visitAddPhotos visitPhotos");
    // Ctrl+Enter saves, and without a signature says so by the pad.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("visitError"))->isVisible());
    CHECK(focusName() == QStringLiteral("signaturePad"));
}

TEST_CASE("case list: Ctrl+F searches, Down goes into the results, Enter to the case's actions", "[ui][keys]")
{
    UiFixture f;
    const CaseRecord c = registered(f);
    f.window->showPage(1);
    f.window->activateWindow();
    CaseListPage* page = f.window->caseListPage();
    page->model()->reload();
    REQUIRE(UiFixture::waitFor([&] { return page->model()->caseAt(0).has_value(); }));
    auto* table = f.find<QTableView>("caseTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    CHECK(page->searchEdit()->hasFocus());
    QTest::keyClick(page->searchEdit(), Qt::Key_Down);
    CHECK(table->hasFocus());
    CHECK(table->currentIndex().row() == 0);
    auto* notice = f.find<QPushButton>("noticeButton");
    REQUIRE(UiFixture::waitFor([&] { return notice->isEnabled(); }));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(focusName() == QStringLiteral("noticeButton")); // the first thing this case allows

    for (const char* name : { "noticeButton", "handoffButton", "closeButton" }) {
        INFO(name);
        CHECK(f.find<QPushButton>(name)->toolTip().contains(QStringLiteral("Ctrl+")));
    }
    // Ctrl+G opens the one-time notice of the chosen case, from wherever the focus is on the page.
    page->searchEdit()->setFocus();
    QTest::keyClick(page->searchEdit(), Qt::Key_G, Qt::ControlModifier);
    auto* dialog = visible<NoticeDialog>();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle().contains(c.number));
    dialog->reject();
}

TEST_CASE("the client archive has the same search keys: Ctrl+F, then Down into the results", "[ui][keys]")
{
    UiFixture f;
    f.window->showPage(2);
    f.window->activateWindow();
    auto* search = f.find<QLineEdit>("clientArchiveSearch");
    auto* table = f.find<QTableView>("clientTable");
    REQUIRE(search);
    REQUIRE(table);
    REQUIRE(UiFixture::waitFor([&] { return table->model()->rowCount() > 0; }));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
    CHECK(search->placeholderText().contains(QStringLiteral("Ctrl+F")));
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(table->hasFocus());
    CHECK(table->currentIndex().row() == 0);
}

TEST_CASE("the notice can be previewed as it will print before it takes a number", "[ui][keys]")
{
    UiFixture f;
    const CaseRecord c = registered(f);
    NoticeDialog dialog(*f.ctx, c, 0, f.window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog, UiFixture::kPatienceMs));
    UiFixture::type(dialog.findChild<QLineEdit*>(QStringLiteral("noticeNewItem")), QStringLiteral("校准需求说明"));
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("noticeNewItem")), Qt::Key_Return);
    auto* previewButton = dialog.findChild<QPushButton*>(QStringLiteral("noticePreview"));
    const bool enabledAtClick = previewButton->isEnabled() && dialog.isEnabled();
    QTest::mouseClick(previewButton, Qt::LeftButton);
    QPrintPreviewDialog* preview = nullptr;
    const bool shown = UiFixture::waitFor([&] {
        preview = dialog.findChild<QPrintPreviewDialog*>(QStringLiteral("documentPreview"));
        return preview && preview->isVisible();
    });
    if (!shown) { // seen once in a while in a loaded suite, not yet understood: what the screen held
        QStringList windows;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->isVisible())
                windows << QStringLiteral("%1 \"%2\"")
                               .arg(QString::fromLatin1(w->metaObject()->className()), w->windowTitle());
        UNSCOPED_INFO("preview button enabled at the click: "
            << enabledAtClick << "; a preview made: " << (preview != nullptr)
            << "; visible windows: " << windows.join(QStringLiteral(", ")).toStdString());
    }
    REQUIRE(shown);
    CHECK(preview->windowTitle().contains(c.number));
    preview->close();
    CHECK(f.t.count(QStringLiteral("notices")) == 0); // looking takes no number
    CHECK(dialog.isVisible());
}
