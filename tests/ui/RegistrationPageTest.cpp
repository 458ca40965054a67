// The registration form driven by keystrokes, as a clerk at the counter uses it (7.2.2, 7.2.3).
#include "pages/RegistrationPage.h"

#include "ModelTesters.h"
#include "UiFixture.h"
#include "VisitDialog.h"
#include "models/ClientListModel.h"
#include "search/CaseQuery.h"
#include "storage/CaseStore.h"
#include "storage/DatabaseWorker.h"
#include "storage/Sql.h"
#include "support/QtCatch.h"
#include "validation/Uscc.h"
#include "widgets/CatalogPicker.h"
#include "widgets/SignaturePad.h"
#include "workflow/KnowledgeBase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
QList<CaseRecord> casesIn(const TestDatabase& t)
{
    return CaseQuery::page(*t.openAnother(), {}, 0, 100).value();
}

void chooseClientByTyping(UiFixture& f, const QString& text)
{
    auto* search = f.find<QLineEdit>("clientSearch");
    search->setFocus();
    UiFixture::type(search, text);
    auto* results = f.find<QTableView>("clientResults");
    REQUIRE(UiFixture::waitFor([&] {
        auto c = static_cast<ClientListModel*>(results->model())->clientAt(0);
        return results->model()->rowCount() == 1 && c.has_value();
    }));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(f.find<QLabel>("clientChosen")->text().contains(QStringLiteral("91450200198229141F")));
}
} // namespace

TEST_CASE("a clerk registers a walk-in request for follow-up with the keyboard only", "[ui]")
{
    UiFixture f;
    RegistrationPage* page = f.window->registrationPage();
    REQUIRE(page->isVisible());
    CHECK(f.find<QLineEdit>("clientSearch")->hasFocus());

    chooseClientByTyping(f, QStringLiteral("柳工"));
    UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("5.2.2"));
    CHECK(f.find<CatalogPicker>("catalogPicker")->selectedItem() == QStringLiteral("5.2.2"));
    UiFixture::type(f.find<QPlainTextEdit>("summary"), QStringLiteral("查询企业标准有效性"));
    // The person at the window, who is called back: the row is named for the channel.
    auto* visitorName = f.find<QLineEdit>("visitorName");
    auto* visitorLabel = f.find<QLabel>("visitorLabel");
    CHECK(visitorLabel->text() == QStringLiteral("来访人"));
    auto* channel = f.find<QComboBox>("channel");
    channel->setCurrentIndex(channel->findData(QStringLiteral("phone")));
    CHECK(visitorLabel->text() == QStringLiteral("来电人"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("window")));
    UiFixture::type(visitorName, QStringLiteral("覃明"));
    UiFixture::type(f.find<QLineEdit>("visitorPhone"), QStringLiteral("0772-2881234"));

    QSignalSpy saved(page, &RegistrationPage::saved);
    QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(saved.wait(UiFixture::kPatienceMs));

    const auto cases = casesIn(f.t);
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().visitorName == QStringLiteral("覃明"));
    CHECK(cases.first().visitorPhone == QStringLiteral("0772-2881234"));
    CHECK(visitorName->text().isEmpty()); // ready for the next applicant
    CHECK(cases.first().summary == QStringLiteral("查询企业标准有效性"));
    CHECK(cases.first().itemCode == QStringLiteral("5.2.2"));
    CHECK(cases.first().channel == Channel::Window);
    CHECK(cases.first().status == CaseStatus::Registered);
    CHECK(cases.first().clientUscc == QStringLiteral("91450200198229141F"));
    // The number is shown and the form is ready for the next applicant.
    CHECK(f.find<QLabel>("banner")->text().contains(cases.first().number));
    CHECK(f.find<QPlainTextEdit>("summary")->toPlainText().isEmpty());
    CHECK(f.find<QLineEdit>("clientSearch")->text().isEmpty());
    CHECK(f.find<CatalogPicker>("catalogPicker")->selectedItem().isEmpty());
    CHECK(f.find<QLineEdit>("clientSearch")->hasFocus());
    CHECK(ModelTesters::testedKinds().contains(QStringLiteral("ClientListModel"))); // under the tester throughout
}

TEST_CASE("right after registering for follow-up, Ctrl+P opens that case's acceptance receipt", "[ui][receipt]")
{
    UiFixture f;
    RegistrationPage* page = f.window->registrationPage();
    auto* receipt = f.find<QPushButton>("receiptButton");
    CHECK_FALSE(receipt->isEnabled()); // nothing registered yet
    chooseClientByTyping(f, QStringLiteral("柳工"));
    UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("5.2.2"));
    UiFixture::type(f.find<QPlainTextEdit>("summary"), QStringLiteral("查询企业标准有效性"));
    QSignalSpy saved(page, &RegistrationPage::saved);
    QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(saved.wait(UiFixture::kPatienceMs));
    const QString number = saved.first().first().toString();
    CHECK(receipt->isEnabled());
    CHECK(receipt->toolTip().contains(number));

    // The form is ready for the next applicant, with the focus in the client search; the key
    // works from there.
    QTest::keyClick(f.find<QLineEdit>("clientSearch"), Qt::Key_P, Qt::ControlModifier);
    QPrintPreviewDialog* preview = nullptr;
    REQUIRE(UiFixture::waitFor([&] {
        preview = page->findChild<QPrintPreviewDialog*>(QStringLiteral("documentPreview"));
        return preview && preview->isVisible();
    }));
    CHECK(preview->windowTitle().contains(QStringLiteral("受理回执")));
    CHECK(preview->windowTitle().contains(number));
    preview->close();

    // Answered and closed at once: no receipt to give.
    chooseClientByTyping(f, QStringLiteral("柳工"));
    UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("5.2.2"));
    UiFixture::type(f.find<QPlainTextEdit>("summary"), QStringLiteral("标准编号查询"));
    UiFixture::type(f.find<QPlainTextEdit>("answer"), QStringLiteral("已当场查询并告知"));
    QTest::mouseClick(f.find<QPushButton>("answerButton"), Qt::LeftButton);
    REQUIRE(saved.wait(UiFixture::kPatienceMs));
    CHECK_FALSE(receipt->isEnabled());
}

TEST_CASE("answer and close records the answer and closes the case (7.2.2)", "[ui]")
{
    UiFixture f;
    RegistrationPage* page = f.window->registrationPage();
    chooseClientByTyping(f, QStringLiteral("914502"));
    UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("电梯"));
    CHECK(f.find<CatalogPicker>("catalogPicker")->selectedItem() == QStringLiteral("5.6"));
    UiFixture::type(f.find<QPlainTextEdit>("summary"), QStringLiteral("电梯定期检验预约"));
    UiFixture::type(f.find<QPlainTextEdit>("answer"), QStringLiteral("已告知预约方式"));
    QSignalSpy saved(page, &RegistrationPage::saved);
    QTest::mouseClick(f.find<QPushButton>("answerButton"), Qt::LeftButton);
    REQUIRE(saved.wait(UiFixture::kPatienceMs));
    const auto cases = casesIn(f.t);
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().status == CaseStatus::Closed);
    CHECK(cases.first().answer == QStringLiteral("已告知预约方式"));
}

TEST_CASE("an invalid credit code for a new client shows its message and saves nothing", "[ui]")
{
    UiFixture f;
    RegistrationPage* page = f.window->registrationPage();
    const qint64 clientsBefore = f.t.count(QStringLiteral("clients"));
    QTest::keyClick(page, Qt::Key_N, Qt::AltModifier);
    auto* name = f.find<QLineEdit>("newName");
    REQUIRE(name->isVisible());
    UiFixture::type(name, QStringLiteral("柳州市华盛机械有限公司"));
    auto* uscc = f.find<QLineEdit>("newUscc");
    UiFixture::type(uscc, QStringLiteral("914502001982291412"));
    UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("5.1.1"));
    UiFixture::type(f.find<QPlainTextEdit>("summary"), QStringLiteral("咨询计量法规"));

    QSignalSpy failed(page, &RegistrationPage::saveFailed);
    QTest::mouseClick(f.find<QPushButton>("followUpButton"), Qt::LeftButton);
    REQUIRE(failed.wait(UiFixture::kPatienceMs));
    CHECK(failed.first().first().toString() == QStringLiteral("uscc"));
    auto* error = f.find<QLabel>("error_uscc");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("统一社会信用代码")));
    CHECK(uscc->hasFocus());
    CHECK(f.t.count(QStringLiteral("cases")) == 0);
    CHECK(f.t.count(QStringLiteral("clients")) == clientsBefore);
    CHECK(f.find<QPlainTextEdit>("summary")->toPlainText() == QStringLiteral("咨询计量法规")); // nothing typed is lost

    // Corrected, the same action adds the client and the case together, in one transaction.
    const QString body = QStringLiteral("MA5K1234");
    const QString first17 = QStringLiteral("91450204") + body + Uscc::organisationCheckCharacter(body);
    uscc->setText(first17 + Uscc::checkCharacter(first17));
    QSignalSpy saved(page, &RegistrationPage::saved);
    QTest::mouseClick(f.find<QPushButton>("followUpButton"), Qt::LeftButton);
    REQUIRE(saved.wait(UiFixture::kPatienceMs));
    CHECK(f.t.count(QStringLiteral("cases")) == 1);
    CHECK(f.t.count(QStringLiteral("clients")) == clientsBefore + 1);
}

TEST_CASE("answer and close without an answer points at the answer field", "[ui]")
{
    UiFixture f;
    RegistrationPage* page = f.window->registrationPage();
    chooseClientByTyping(f, QStringLiteral("柳工"));
    UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("5.2.2"));
    UiFixture::type(f.find<QPlainTextEdit>("summary"), QStringLiteral("查询"));
    QSignalSpy failed(page, &RegistrationPage::saveFailed);
    QTest::keyClick(page, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(failed.wait(UiFixture::kPatienceMs));
    CHECK(failed.first().first().toString() == QStringLiteral("answer"));
    CHECK(f.find<QPlainTextEdit>("answer")->hasFocus());
    CHECK(f.t.count(QStringLiteral("cases")) == 0);
}

TEST_CASE("at the enterprise a case is opened on site and its visit form follows at once (7.3.3)", "[ui][visit]")
{
    UiFixture f;
    auto* channel = f.find<QComboBox>("channel");
    auto* visitButton = f.find<QPushButton>("registerVisitButton");
    CHECK_FALSE(visitButton->isVisible()); // a walk-in at the counter
    channel->setCurrentIndex(channel->findData(Channels::key(Channel::Visit)));
    CHECK(visitButton->isVisible());
    chooseClientByTyping(f, QStringLiteral("柳工"));
    UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("5.10.2"));
    UiFixture::type(f.find<QPlainTextEdit>("summary"), QStringLiteral("食品追溯体系上门指导"));
    QTest::mouseClick(visitButton, Qt::LeftButton);
    VisitDialog* dialog = nullptr;
    REQUIRE(UiFixture::waitFor([&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<VisitDialog*>(w); d && d->isVisible())
                dialog = d;
        return dialog != nullptr;
    }));
    const auto cases = casesIn(f.t);
    REQUIRE(cases.size() == 1);
    CHECK(cases.first().channel == Channel::Visit);
    CHECK(dialog->windowTitle().contains(cases.first().number));
    // Signed and saved: the sheet to print and leave with the client opens at once (7.6.1).
    auto* pad = dialog->findChild<SignaturePad*>(QStringLiteral("signaturePad"));
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(40, 100));
    for (int x = 46; x <= 300; x += 6) {
        const QPoint p(x, 100 + (x / 6) % 20);
        QMouseEvent move(QEvent::MouseMove, p, pad->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pad, &move);
    }
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(300, 100));
    UiFixture::type(dialog->findChild<QLineEdit*>(QStringLiteral("visitSigner")), QStringLiteral("张三"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("visitSave")), Qt::LeftButton);
    QPrintPreviewDialog* preview = nullptr;
    REQUIRE(UiFixture::waitFor([&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<QPrintPreviewDialog*>(w); d && d->isVisible())
                preview = d;
        return preview != nullptr;
    }));
    CHECK(preview->windowTitle().contains(QStringLiteral("上门服务记录单")));
    CHECK(f.t.count(QStringLiteral("visits")) == 1);
    preview->close();
}

TEST_CASE("a full disk is shown in the form, which keeps what the clerk typed", "[ui][storage]")
{
    UiFixture f;
    RegistrationPage* page = f.window->registrationPage();
    // The writer's connection may not grow the file: SQLite answers as a full disk does.
    bool capped = false;
    f.ctx->writer()->post<bool>(
        page,
        [](Database& db) {
            auto pages = Sql::one(db, QStringLiteral("PRAGMA page_count"));
            return pages.ok()
                && Sql::run(db.sql(), QStringLiteral("PRAGMA max_page_count = %1").arg((**pages).at(0).toLongLong()))
                       .ok();
        },
        [&capped](bool ok) { capped = ok; });
    REQUIRE(UiFixture::waitFor([&] { return capped; }));
    const QString summary = QString(1500, u'查') + QStringLiteral("计量器具校准");
    chooseClientByTyping(f, QStringLiteral("柳工"));
    UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("5.1.1"));
    f.find<QPlainTextEdit>("summary")->setPlainText(summary);
    QSignalSpy failed(page, &RegistrationPage::saveFailed);
    for (int i = 0; i < 30 && failed.isEmpty(); ++i) {
        QSignalSpy saved(page, &RegistrationPage::saved);
        QTest::mouseClick(f.find<QPushButton>("followUpButton"), Qt::LeftButton);
        REQUIRE(UiFixture::waitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }));
        if (failed.isEmpty()) { // it fitted: the form is cleared for the next one; type it again
            chooseClientByTyping(f, QStringLiteral("柳工"));
            UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("5.1.1"));
            f.find<QPlainTextEdit>("summary")->setPlainText(summary);
        }
    }
    REQUIRE_FALSE(failed.isEmpty());
    auto* error = f.find<QLabel>("error_summary");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("磁盘已满")));
    CHECK_FALSE(error->text().contains(QStringLiteral("内部错误")));
    CHECK(f.find<QPlainTextEdit>("summary")->toPlainText() == summary); // nothing typed is lost
}

TEST_CASE("every problem of the form is shown at once, each under its field", "[ui][errors]")
{
    // Issue 18: fix one, the next appeared; now all are there at the first try.
    UiFixture f;
    RegistrationPage* page = f.window->registrationPage();
    QTest::keyClick(page, Qt::Key_N, Qt::AltModifier);
    auto* name = f.find<QLineEdit>("newName");
    REQUIRE(name->isVisible());
    UiFixture::type(name, QStringLiteral("柳州市华盛机械有限公司"));
    UiFixture::type(f.find<QLineEdit>("newUscc"), QStringLiteral("914502001982291412"));
    UiFixture::type(f.find<QLineEdit>("newPhone"), QStringLiteral("12345"));
    // No service item, no request, and answer-and-close without an answer.
    QSignalSpy failed(page, &RegistrationPage::saveFailed);
    QTest::keyClick(page, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(failed.wait(UiFixture::kPatienceMs));
    CHECK(failed.first().first().toString() == QStringLiteral("uscc")); // the first in the form's order
    for (const char* field : { "error_uscc", "error_phone", "error_item", "error_summary", "error_answer" }) {
        INFO(field);
        auto* label = f.find<QLabel>(field);
        REQUIRE(label);
        CHECK(label->isVisible());
        CHECK_FALSE(label->text().isEmpty());
    }
    CHECK_FALSE(f.find<QLabel>("error_name")->isVisible());
    CHECK_FALSE(f.find<QLabel>("error_contact")->isVisible());
    CHECK(f.find<QLineEdit>("newUscc")->hasFocus());
    CHECK(f.t.count(QStringLiteral("cases")) == 0);

    // Two fixed, the rest still shown; the fixed ones gone.
    f.find<QLineEdit>("newUscc")->clear();
    f.find<QLineEdit>("newPhone")->clear();
    UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("5.1.1"));
    QTest::keyClick(page, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(failed.wait(UiFixture::kPatienceMs));
    CHECK(failed.last().first().toString() == QStringLiteral("summary"));
    CHECK_FALSE(f.find<QLabel>("error_uscc")->isVisible());
    CHECK_FALSE(f.find<QLabel>("error_phone")->isVisible());
    CHECK_FALSE(f.find<QLabel>("error_item")->isVisible());
    CHECK(f.find<QLabel>("error_summary")->isVisible());
    CHECK(f.find<QLabel>("error_answer")->isVisible());
    CHECK(f.find<QPlainTextEdit>("summary")->hasFocus());
}

TEST_CASE("entries matching the request appear as it is typed; Alt+K takes one's answer, and the case records it",
    "[ui][knowledge]")
{
    UiFixture f;
    NewKnowledgeEntry entry;
    entry.question = QStringLiteral("如何查询企业执行的标准是否有效？");
    entry.answer = QStringLiteral("登录全国标准信息公共服务平台，按标准号查询其状态。");
    entry.basis = QStringLiteral("《中华人民共和国标准化法》第二十七条");
    entry.items = { QStringLiteral("5.2.2") };
    auto added = KnowledgeBase(*f.t.db, f.t.catalog).add(entry, testActor());
    REQUIRE(added.ok());
    RegistrationPage* page = f.window->registrationPage();
    chooseClientByTyping(f, QStringLiteral("柳工"));
    UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("5.2.2"));
    auto* summary = f.find<QPlainTextEdit>("summary");
    summary->setFocus();
    UiFixture::type(summary, QStringLiteral("想查询执行的标准是否有效"));
    auto* list = f.find<QListView>("knowledgeList");
    REQUIRE(UiFixture::waitFor([&] { return list->model()->rowCount() == 1; }));
    CHECK(list->model()->index(0, 0).data().toString().contains(QStringLiteral("标准化法")));
    CHECK(summary->hasFocus()); // the suggestions never take the focus from the request
    CHECK(ModelTesters::testedKinds().contains(QStringLiteral("KnowledgeSuggestionModel")));

    QTest::keyClick(summary, Qt::Key_K, Qt::AltModifier);
    CHECK(f.find<QPlainTextEdit>("answer")->toPlainText() == entry.answer);
    CHECK(f.find<QLabel>("kbUsed")->isVisible());
    QSignalSpy saved(page, &RegistrationPage::saved);
    QTest::keyClick(page, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(saved.wait(UiFixture::kPatienceMs));
    auto db = f.t.openAnother();
    auto use = Sql::one(*db,
        QStringLiteral("SELECT e.number, u.version, u.edited FROM kb_uses u JOIN kb_entries e ON e.seq = u.entry_seq"));
    REQUIRE(use.ok());
    REQUIRE(use->has_value());
    CHECK((**use).at(0).toString() == added->number);
    CHECK((**use).at(2).toInt() == 0);
    CHECK(list->model()->rowCount() == 0); // cleared for the next applicant
    CHECK_FALSE(f.find<QLabel>("kbUsed")->isVisible());
}

TEST_CASE("a second open request of the client on the same item is warned of, and can still be registered",
    "[ui][duplicates]")
{
    UiFixture f;
    RegistrationPage* page = f.window->registrationPage();
    QSignalSpy saved(page, &RegistrationPage::saved);
    for (int round = 0; round < 2; ++round) {
        chooseClientByTyping(f, QStringLiteral("柳工"));
        UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("5.2.2"));
        UiFixture::type(f.find<QPlainTextEdit>("summary"), QStringLiteral("查询企业标准有效性"));
        auto* warning = f.find<QLabel>("duplicateWarning");
        if (round == 0) {
            CHECK_FALSE(warning->isVisible());
        } else {
            const QString first = casesIn(f.t).first().number;
            REQUIRE(UiFixture::waitFor([&] { return warning->isVisible(); }));
            CHECK(warning->text().contains(first));
        }
        QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier);
        REQUIRE(saved.wait(UiFixture::kPatienceMs));
    }
    CHECK(casesIn(f.t).size() == 2);
    CHECK_FALSE(f.find<QLabel>("duplicateWarning")->isVisible());

    // The third time the clerk puts the contact on the open case instead of registering it again.
    chooseClientByTyping(f, QStringLiteral("柳工"));
    UiFixture::type(f.find<QLineEdit>("catalogFilter"), QStringLiteral("5.2.2"));
    UiFixture::type(f.find<QPlainTextEdit>("summary"), QStringLiteral("催问标准有效性查询结果"));
    auto* addTo = f.find<QPushButton>("addToExistingButton");
    REQUIRE(UiFixture::waitFor([&] { return addTo->isVisible(); }));
    QTest::mouseClick(addTo, Qt::LeftButton);
    REQUIRE(saved.wait(UiFixture::kPatienceMs));
    const QList<CaseRecord> after = casesIn(f.t);
    CHECK(after.size() == 2); // nothing registered twice
    const QString onto = saved.last().first().toString();
    auto kase = CaseStore::byNumber(*f.t.openAnother(), onto, true);
    REQUIRE(kase.ok());
    CHECK(kase->events.last().kind == QStringLiteral("repeat_contact"));
    CHECK(kase->events.last().detail == QStringLiteral("线下窗口：催问标准有效性查询结果"));
}
