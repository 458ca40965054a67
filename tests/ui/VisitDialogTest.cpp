// 7.3.3/7.3.4 the visit form: typed, signed on the pad with real mouse events, saved signed and
// locked; its draft saved while typing and offered back after a restart.
#include "VisitDialog.h"

#include "UiFixture.h"
#include "models/CaseListModel.h"
#include "pages/CaseListPage.h"
#include "storage/BlobStore.h"
#include "storage/Sql.h"
#include "storage/VisitDraftStore.h"
#include "storage/VisitStore.h"
#include "support/QtCatch.h"
#include "widgets/CaseDetailView.h"
#include "widgets/SignaturePad.h"
#include "workflow/Registration.h"
#include "workflow/VisitRecording.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {
CaseRecord visitCase(UiFixture& f)
{
    const QString client = f.t.addClient(QStringLiteral("柳江食品有限公司"));
    auto c = Registration(*f.t.db, f.t.catalog)
                 .registerCase({ client,
                                   QStringLiteral("visit"),
                                   QStringLiteral("5.10.2"),
                                   QStringLiteral("食品追溯体系上门指导"),
                                   {},
                                   {} },
                     testActor(QStringLiteral("field")));
    REQUIRE(c.ok());
    return c.value();
}

void sign(SignaturePad* pad)
{
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(40, 100));
    for (int x = 46; x <= 300; x += 6) {
        const QPoint p(x, 100 + int(30 * std::sin(x / 18.0)));
        QMouseEvent move(QEvent::MouseMove, p, pad->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pad, &move);
    }
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(300, 100));
}
} // namespace

TEST_CASE("a visit is typed, signed with the mouse and saved signed and locked", "[ui][visit]")
{
    UiFixture f;
    const CaseRecord c = visitCase(f);
    VisitDialog dialog(*f.ctx, c);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog, UiFixture::kPatienceMs));
    // What was asked starts as the request was registered, for the staff to put as asked on site.
    CHECK(dialog.findChild<QPlainTextEdit*>(QStringLiteral("visitSummary"))->toPlainText() == c.summary);
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("visitSummary"))->clear();
    UiFixture::type(
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("visitSummary")), QStringLiteral("现场检查追溯记录"));
    UiFixture::type(
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("visitFollowUps")), QStringLiteral("一周内提供模板"));

    // Not signed yet: refused, nothing stored.
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("visitSave")), Qt::LeftButton);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("visitError"))->isVisible());
    CHECK(f.t.count(QStringLiteral("visits")) == 0);

    sign(dialog.findChild<SignaturePad*>(QStringLiteral("signaturePad")));
    UiFixture::type(dialog.findChild<QLineEdit*>(QStringLiteral("visitSigner")), QStringLiteral("张三"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("visitSave")), Qt::LeftButton);
    REQUIRE(UiFixture::waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    const Visit v = dialog.recorded();
    CHECK(v.isSigned());
    CHECK(v.signerName == QStringLiteral("张三"));
    CHECK(v.followUps == QStringList { QStringLiteral("一周内提供模板") });
    const QImage png = QImage::fromData(BlobStore::get(*f.t.db, v.signatureSha256).value(), "PNG");
    CHECK_FALSE(png.isNull());
    CHECK(png.width() > 200);
    CHECK_FALSE(Sql::run(f.t.db->sql(), QStringLiteral("UPDATE visits SET summary = 'x' WHERE id = ?"), { v.id }).ok());
    CHECK(VisitDraftStore::all(*f.t.db)->isEmpty()); // the finished record leaves no draft
}

TEST_CASE("a visit being typed is saved as a draft and offered back at the next start", "[ui][visit][draft]")
{
    UiFixture f;
    const CaseRecord c = visitCase(f);
    {
        // The form is being typed when the program goes away (killed, or the laptop's battery): the
        // dialog vanishes without Cancel, the draft stays.
        VisitDialog dialog(*f.ctx, c);
        dialog.show();
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("visitSummary"))->clear();
        UiFixture::type(
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("visitSummary")), QStringLiteral("写到一半的记录"));
        sign(dialog.findChild<SignaturePad*>(QStringLiteral("signaturePad")));
        dialog.saveDraftNow();
        REQUIRE(UiFixture::waitFor([&] { return VisitDraftStore::all(*f.t.db)->size() == 1; }));
    }
    const VisitDraft d = VisitDraftStore::all(*f.t.db)->first();
    CHECK(d.caseNumber == c.number);
    CHECK(d.content.value(QStringLiteral("summary")).toString() == QStringLiteral("写到一半的记录"));

    // At the next start the case list offers it back; yes reopens the form as it was.
    f.window->caseListPage()->offerDraftRecovery();
    QMessageBox* ask = nullptr;
    REQUIRE(UiFixture::waitFor([&] {
        ask = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        return ask && ask->objectName() == QLatin1String("draftRecovery");
    }));
    CHECK(ask->text().contains(c.number));
    QTest::mouseClick(ask->button(QMessageBox::Yes), Qt::LeftButton);
    VisitDialog* restored = nullptr;
    REQUIRE(UiFixture::waitFor([&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* v = qobject_cast<VisitDialog*>(w); v && v->isVisible())
                restored = v;
        return restored != nullptr;
    }));
    CHECK(restored->findChild<QPlainTextEdit*>(QStringLiteral("visitSummary"))->toPlainText()
        == QStringLiteral("写到一半的记录"));
    CHECK_FALSE(restored->findChild<SignaturePad*>(QStringLiteral("signaturePad"))->isEmpty());
    restored->close();
}

TEST_CASE("a signed visit is corrected from the case's details by a new, linked record", "[ui][visit]")
{
    UiFixture f;
    const CaseRecord c = visitCase(f);
    QImage sig(200, 60, QImage::Format_RGB32);
    sig.fill(Qt::white);
    const QString sigPath = f.t.dir.filePath(QStringLiteral("sig.png"));
    REQUIRE(sig.save(sigPath, "PNG"));
    NewVisit first;
    first.caseNumber = c.number;
    first.summary = QStringLiteral("原记录");
    first.signerName = QStringLiteral("张三");
    first.signatureFile = sigPath;
    auto original = VisitRecording(*f.t.db).record(first, testActor(QStringLiteral("外勤甲")));
    REQUIRE(original.ok());

    f.window->showPage(1);
    CaseListPage* page = f.window->caseListPage();
    page->model()->reload();
    REQUIRE(UiFixture::waitFor([&] { return page->model()->caseAt(0).has_value(); }));
    f.find<QTableView>("caseTable")->selectRow(0);
    auto* detail = f.find<CaseDetailView>("caseDetail");
    REQUIRE(UiFixture::waitFor([&] { return detail->toPlainText().contains(QStringLiteral("原记录")); }));
    emit detail->correctVisitRequested(original->id); // the 更正… link
    VisitDialog* dialog = nullptr;
    REQUIRE(UiFixture::waitFor([&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<VisitDialog*>(w); d && d->isVisible())
                dialog = d;
        return dialog != nullptr;
    }));
    auto* summary = dialog->findChild<QPlainTextEdit*>(QStringLiteral("visitSummary"));
    CHECK(summary->toPlainText() == QStringLiteral("原记录"));
    summary->setPlainText(QStringLiteral("原记录（更正：补记答复）"));
    sign(dialog->findChild<SignaturePad*>(QStringLiteral("signaturePad")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("visitSave")), Qt::LeftButton);
    REQUIRE(UiFixture::waitFor([&] { return f.t.count(QStringLiteral("visits")) == 2; }));
    auto visits = VisitStore::forCase(*f.t.db, c.seq);
    REQUIRE(visits.ok());
    CHECK(visits->last().supersedes == original->id);
    CHECK(visits->first().summary == QStringLiteral("原记录")); // the signed one is untouched
}

TEST_CASE("Esc on a half-typed visit record asks first: go on typing, keep it as a draft, or discard it",
    "[ui][visit][draft]")
{
    UiFixture f;
    const CaseRecord c = visitCase(f);
    auto answer = [](const QString& button) {
        QMessageBox* ask = nullptr;
        REQUIRE(UiFixture::waitFor([&] {
            ask = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            return ask && ask->objectName() == QLatin1String("leaveVisit");
        }));
        for (QAbstractButton* b : ask->buttons())
            if (b->text() == button) {
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        FAIL("no button " << button.toStdString());
    };
    {
        // Untouched: Esc simply closes.
        VisitDialog untouched(*f.ctx, c);
        untouched.show();
        QTest::keyClick(&untouched, Qt::Key_Escape);
        CHECK_FALSE(untouched.isVisible());
    }
    VisitDialog dialog(*f.ctx, c);
    dialog.show();
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("visitSummary"))->clear();
    UiFixture::type(dialog.findChild<QPlainTextEdit*>(QStringLiteral("visitSummary")), QStringLiteral("半截记录"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    answer(VisitDialog::tr("Go on typing"));
    REQUIRE(UiFixture::waitFor(
        [&] { return QApplication::activeModalWidget() == nullptr || QApplication::activeModalWidget() == &dialog; }));
    CHECK(dialog.isVisible());
    CHECK(
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("visitSummary"))->toPlainText() == QStringLiteral("半截记录"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    answer(VisitDialog::tr("Keep as draft"));
    REQUIRE(UiFixture::waitFor([&] { return !dialog.isVisible(); }));
    REQUIRE(UiFixture::waitFor([&] { return VisitDraftStore::all(*f.t.db)->size() == 1; }));
    CHECK(VisitDraftStore::all(*f.t.db)->first().content.value(QStringLiteral("summary")).toString()
        == QStringLiteral("半截记录"));

    VisitDialog again(*f.ctx, c);
    again.restore(VisitDraftStore::all(*f.t.db)->first().id, VisitDraftStore::all(*f.t.db)->first().content);
    again.show();
    QTest::keyClick(&again, Qt::Key_Escape);
    answer(VisitDialog::tr("Discard"));
    REQUIRE(UiFixture::waitFor([&] { return !again.isVisible(); }));
    REQUIRE(UiFixture::waitFor([&] { return VisitDraftStore::all(*f.t.db)->isEmpty(); }));
}
