// Issue 18: every page and dialog fits a county office's laptop. Run at 1366×768 with the rest of
// the widget tests and again at 1280×720 (ctest test-ui-1280x720): the main window, maximised as
// at first start, and each dialog opened over it, must have every visible button and input on the
// screen; inside a scroll area it is enough that the area is on the screen (the field scrolls into
// view), but the buttons of a dialog's button box never scroll.
#include "ScreenFit.h"

#include "AttentionDialog.h"
#include "AuditLogDialog.h"
#include "ClientFileDialog.h"
#include "ComplaintDialog.h"
#include "ComplaintStepDialog.h"
#include "DocumentPrinting.h"
#include "HandoffDialog.h"
#include "HelpDialog.h"
#include "LoginDialog.h"
#include "NoticeDialog.h"
#include "ReturnVisitDialog.h"
#include "StationSettingsDialog.h"
#include "StationSetupDialog.h"
#include "SyncSettingsDialog.h"
#include "TextSize.h"
#include "UiFixture.h"
#include "UsersDialog.h"
#include "VisitDialog.h"
#include "domain/WorkCalendar.h"
#include "pages/RegistrationPage.h"
#include "storage/Sql.h"
#include "workflow/Complaints.h"
#include "workflow/Registration.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

namespace {
QRect screenRect()
{
    return QGuiApplication::primaryScreen()->availableGeometry();
}

QRect globalRect(const QWidget* w)
{
    return { w->mapToGlobal(QPoint(0, 0)), w->size() };
}

QString describe(const QWidget* w)
{
    QString text;
    if (auto* b = qobject_cast<const QAbstractButton*>(w))
        text = b->text();
    const QRect r = globalRect(w);
    return QStringLiteral("%1 '%2' %3 at %4,%5 %6x%7")
        .arg(QString::fromLatin1(w->metaObject()->className()),
            w->objectName(),
            text,
            QString::number(r.x()),
            QString::number(r.y()),
            QString::number(r.width()),
            QString::number(r.height()));
}

bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
        || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w)
        || qobject_cast<const QAbstractItemView*>(w);
}

// Parts of a composite control (a combo box's line edit, a table's corner button, a tab bar's
// scroll arrows) are the composite's business.
bool isPart(const QWidget* w, const QWidget* top)
{
    for (const QWidget* p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p)
            || qobject_cast<const QAbstractItemView*>(p) || qobject_cast<const QTabBar*>(p)
            || qobject_cast<const QCalendarWidget*>(p) || qobject_cast<const QScrollBar*>(p)
            || qobject_cast<const QPlainTextEdit*>(p) || qobject_cast<const QTextEdit*>(p))
            return true;
    return false;
}

// The scroll area whose viewport holds `w`, if any.
const QAbstractScrollArea* scrolledBy(const QWidget* w, const QWidget* top)
{
    for (const QWidget* p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget()); area && area->viewport() == p)
            return area;
    return nullptr;
}

// Each visible control of the window `top` that is not wholly on the screen, or is cut off by a
// container smaller than it, or is a dialog button that scrolls.
QStringList offScreen(QWidget* top)
{
    QApplication::processEvents();
    QStringList out;
    const QRect screen = screenRect();
    if (!screen.contains(top->frameGeometry()))
        out << QStringLiteral("the window '%1' with its frame %2,%3 %4x%5 is larger than the screen %6x%7")
                   .arg(top->windowTitle())
                   .arg(top->frameGeometry().x())
                   .arg(top->frameGeometry().y())
                   .arg(top->frameGeometry().width())
                   .arg(top->frameGeometry().height())
                   .arg(screen.width())
                   .arg(screen.height());
    for (QWidget* w : top->findChildren<QWidget*>()) {
        if (w->window() != top || !w->isVisible() || !isControl(w) || isPart(w, top))
            continue;
        const QAbstractScrollArea* area = scrolledBy(w, top);
        if (area && qobject_cast<QDialogButtonBox*>(w->parentWidget())) {
            out << QStringLiteral("a dialog button scrolls: ") + describe(w);
            continue;
        }
        const QWidget* shown = area ? static_cast<const QWidget*>(area) : w;
        QRect r = globalRect(shown);
        if (r.isEmpty() || !screen.contains(r)) {
            out << QStringLiteral("off the screen: ") + describe(w);
            continue;
        }
        for (const QWidget* p = shown->parentWidget(); p && p != top->parentWidget(); p = p->parentWidget())
            if (!globalRect(p).contains(r)) {
                out << QStringLiteral("cut off by %1 '%2': %3")
                           .arg(QString::fromLatin1(p->metaObject()->className()), p->objectName(), describe(w));
                break;
            }
    }
    return out;
}

void checkFits(QWidget* top)
{
    REQUIRE(QTest::qWaitForWindowExposed(top, UiFixture::kPatienceMs));
    const QStringList problems = offScreen(top);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

template<typename Dialog>
void checkDialog(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    INFO(QString::fromLatin1(dialog->metaObject()->className()).toStdString());
    checkFits(dialog);
    dialog->close();
}

CaseRecord openCase(UiFixture& f, const QString& channel = QStringLiteral("window"))
{
    auto clients = Sql::one(*f.t.db, QStringLiteral("SELECT id FROM clients LIMIT 1"));
    REQUIRE(clients.ok());
    REQUIRE(clients->has_value());
    auto c = Registration(*f.t.db, f.t.catalog)
                 .registerCase({ (**clients).at(0).toString(),
                                   channel,
                                   QStringLiteral("5.1.2"),
                                   QStringLiteral("计量器具检定咨询"),
                                   {},
                                   {} },
                     f.ctx->actor());
    REQUIRE(c.ok());
    return c.value();
}
} // namespace

TEST_CASE("the check sees a dialog taller than the screen and a button that scrolls", "[ui][fit]")
{
    QDialog tall;
    auto* layout = new QVBoxLayout(&tall);
    auto* edit = new QPlainTextEdit(&tall);
    edit->setMinimumHeight(screenRect().height() + 100);
    layout->addWidget(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok);
    layout->addWidget(ScreenFit::scrolling(buttons, &tall));
    tall.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tall, UiFixture::kPatienceMs));
    const QStringList problems = offScreen(&tall);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.filter(QStringLiteral("larger than the screen")).size() == 1);
    CHECK(problems.filter(QStringLiteral("off the screen: QPlainTextEdit")).size() == 1);
    CHECK(problems.filter(QStringLiteral("a dialog button scrolls")).size() == 1);
}

TEST_CASE("the main window starts maximised on the available screen and every page fits it", "[ui][fit]")
{
    UiFixture f;
    INFO("screen " << screenRect().width() << "x" << screenRect().height());
    CHECK(f.window->isMaximized());
    CHECK(screenRect().contains(f.window->frameGeometry()));
    for (int page = 0; page < 6; ++page) {
        INFO("page " << page);
        f.window->showPage(page);
        QWidget* current = f.window->centralWidget();
        REQUIRE(current);
        checkFits(f.window.get());
        for (QTabWidget* tabs : f.window->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                INFO("tab " << tabs->tabText(i).toStdString());
                tabs->setCurrentIndex(i);
                checkFits(f.window.get());
            }
        }
    }
}

TEST_CASE("opening 新建客户 on the registration page keeps the window on the screen", "[ui][fit]")
{
    UiFixture f;
    f.window->showPage(0);
    auto* button = f.find<QPushButton>("newClientButton");
    REQUIRE(button);
    QTest::keyClick(f.window->registrationPage(), Qt::Key_N, Qt::AltModifier);
    REQUIRE(UiFixture::waitFor([&]() { return button->isChecked(); }));
    checkFits(f.window.get());
    // The buttons that save the request are still where the clerk sees them.
    for (const char* name : { "answerButton", "followUpButton" }) {
        auto* b = f.find<QPushButton>(name);
        REQUIRE(b);
        CHECK(screenRect().contains(globalRect(b)));
    }
}

TEST_CASE("every dialog opened over the main window fits the screen", "[ui][fit]")
{
    UiFixture f;
    const CaseRecord c = openCase(f);
    const CaseRecord visit = openCase(f, QStringLiteral("visit"));
    QWidget* parent = f.window.get();
    checkDialog(new NoticeDialog(*f.ctx, c, 1, parent));
    checkDialog(new HandoffDialog(*f.ctx, c, parent));
    checkDialog(new VisitDialog(*f.ctx, visit, parent));
    checkDialog(new ReturnVisitDialog(*f.ctx, c.number, parent));
    checkDialog(new ComplaintDialog(*f.ctx, parent));
    NewComplaint n;
    n.channel = QStringLiteral("phone");
    n.summary = QStringLiteral("窗口人员态度差");
    auto k = Complaints(*f.t.db, WorkCalendar::load().value()).registerComplaint(n, f.ctx->actor());
    REQUIRE(k.ok());
    checkDialog(new ComplaintStepDialog(*f.ctx, k.value(), parent));
    checkDialog(new AttentionDialog(f.ctx->writer(), f.ctx->actor(), parent));
    checkDialog(new AuditLogDialog(*f.ctx, parent));
    checkDialog(new UsersDialog(*f.ctx, parent));
    checkDialog(new StationSettingsDialog(StationSettingsValues {}, parent));
    checkDialog(new StationSetupDialog(true, parent));
    checkDialog(new LoginDialog(QStringLiteral("柳南区"), LoginDialog::Purpose::LogIn, {}, parent));
    checkDialog(new SyncSettingsDialog(SyncEndpoint {}, parent));
    checkDialog(new HelpDialog(parent));
    checkDialog(new ClientFileDialog(*f.ctx, c.clientId, parent));

    // A print preview is an A4 page: as tall as the screen lets it be, no taller.
    QString rows;
    for (int i = 0; i < 80; ++i)
        rows += QStringLiteral("<p>第%1行</p>").arg(i);
    DocumentPrinting::preview({ QStringLiteral("一次性告知书"), QStringLiteral("notice.pdf"), rows, {} }, parent);
    QPrintPreviewDialog* preview = nullptr;
    REQUIRE(UiFixture::waitFor([&]() {
        preview = parent->findChild<QPrintPreviewDialog*>(QStringLiteral("documentPreview"));
        return preview && preview->isVisible();
    }));
    checkFits(preview);
    preview->close();
}

TEST_CASE("the main window comes back where it was left, unless that is off today's screen", "[ui][fit]")
{
    QSettings().remove(QStringLiteral("window"));
    const QRect screen = screenRect();
    {
        UiFixture f;
        REQUIRE(f.window->isMaximized());
        f.window->showNormal();
        f.window->setGeometry(screen.x() + 60, screen.y() + 80, 1100, 600);
        REQUIRE(UiFixture::waitFor([&]() { return f.window->geometry().size() == QSize(1100, 600); }));
        f.window->close();
    }
    {
        UiFixture f;
        CHECK_FALSE(f.window->isMaximized());
        CHECK(f.window->geometry().size() == QSize(1100, 600));
        CHECK(screenRect().contains(f.window->frameGeometry()));
        // Left on a big monitor that is no longer there: it opens maximised on this screen.
        f.window->setGeometry(screen.right() + 400, screen.y() + 40, 1800, 1000);
        f.window->close();
    }
    {
        UiFixture f;
        CHECK(f.window->isMaximized());
        CHECK(screenRect().contains(f.window->frameGeometry()));
    }
    QSettings().remove(QStringLiteral("window"));
}

TEST_CASE("staff sharing the counter's computer each find the window as they left it", "[ui][fit]")
{
    QSettings().remove(QStringLiteral("window"));
    const QRect screen = screenRect();
    UiFixture f;
    const Actor tester = f.ctx->actor();
    const Actor zhangli = Actor::user(QStringLiteral("zhangli"), Role::Clerk, QStringLiteral("张丽"));
    f.window->showNormal();
    f.window->setGeometry(screen.x() + 60, screen.y() + 80, 1100, 600);
    REQUIRE(UiFixture::waitFor([&]() { return f.window->geometry().size() == QSize(1100, 600); }));
    f.ctx->setActor(zhangli); // nothing of hers saved yet: the window stays as it is
    CHECK(f.window->geometry().size() == QSize(1100, 600));
    f.window->setGeometry(screen.x() + 20, screen.y() + 40, 1180, 640);
    REQUIRE(UiFixture::waitFor([&]() { return f.window->geometry().size() == QSize(1180, 640); }));
    f.ctx->setActor(tester);
    CHECK(UiFixture::waitFor([&]() { return f.window->geometry().size() == QSize(1100, 600); }));
    f.ctx->setActor(zhangli);
    CHECK(UiFixture::waitFor([&]() { return f.window->geometry().size() == QSize(1180, 640); }));
    QSettings().remove(QStringLiteral("window"));
}

TEST_CASE("with the larger text the window, the registration form and the visit form still fit", "[ui][fit]")
{
    UiFixture f;
    for (TextSize::Level level : { TextSize::Larger, TextSize::Largest }) {
        INFO("text size " << int(level));
        TextSize::apply(level);
        for (int page = 0; page < 6; ++page) {
            INFO("page " << page);
            f.window->showPage(page);
            checkFits(f.window.get());
        }
        f.window->showPage(0);
        QTest::keyClick(f.window->registrationPage(), Qt::Key_N, Qt::AltModifier);
        checkFits(f.window.get());
        f.find<QPushButton>("newClientButton")->setChecked(false);
        checkDialog(new VisitDialog(*f.ctx, openCase(f, QStringLiteral("visit")), f.window.get()));
        checkDialog(new NoticeDialog(*f.ctx, openCase(f), 0, f.window.get()));
    }
    TextSize::apply(TextSize::Standard);
    CHECK(QApplication::font().pointSizeF() > 0);
}
