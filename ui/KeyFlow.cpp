#include "KeyFlow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextEdit>
#include <QWidget>

namespace {
const char* kEnterStays = "qsdeskEnterStays";

class EnterMovesOn : public QObject
{
public:
    EnterMovesOn(QWidget* form)
        : QObject(form)
        , m_form(form)
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // A key a field did not take travels up to the form: Enter from a line edit (after its
        // returnPressed), a combo box, a date or a list comes here instead of to a default button.
        if (watched != m_form || event->type() != QEvent::KeyPress)
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
            return false;
        if (key->modifiers() & ~Qt::KeypadModifier)
            return false; // Ctrl+Enter is the commit shortcut
        QWidget* focus = QApplication::focusWidget();
        if (!focus || focus->window() != m_form->window())
            return false;
        if (auto* button = qobject_cast<QAbstractButton*>(focus)) {
            button->animateClick();
            return true;
        }
        if (!focus->property(kEnterStays).toBool())
            KeyFlow::focusNext(focus);
        return true;
    }

private:
    QWidget* m_form;
};

class DownIntoResults : public QObject
{
public:
    DownIntoResults(QLineEdit* search, QAbstractItemView* results)
        : QObject(search)
        , m_search(search)
        , m_results(results)
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_search || event->type() != QEvent::KeyPress
            || static_cast<QKeyEvent*>(event)->key() != Qt::Key_Down || !m_results->model()
            || m_results->model()->rowCount() == 0)
            return false;
        m_results->setFocus(Qt::TabFocusReason);
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_results->model()->index(0, 0));
        return true;
    }

private:
    QLineEdit* m_search;
    QAbstractItemView* m_results;
};
} // namespace

namespace KeyFlow {

void enterMovesOn(QWidget* form, QAbstractButton* commit)
{
    for (QPushButton* b : form->findChildren<QPushButton*>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    form->installEventFilter(new EnterMovesOn(form));
    if (!commit)
        return;
    for (auto keys : { Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter }) {
        auto* shortcut = new QShortcut(QKeySequence(keys), form);
        QObject::connect(shortcut, &QShortcut::activated, commit, [commit]() {
            if (commit->isVisible() && commit->isEnabled())
                commit->click();
        });
    }
    const QString hint = withShortcut(commit->text(), QKeySequence(Qt::CTRL | Qt::Key_Enter));
    commit->setToolTip(commit->toolTip().isEmpty() ? hint : commit->toolTip() + QLatin1Char('\n') + hint);
}

void enterStays(QWidget* field)
{
    field->setProperty(kEnterStays, true);
}

void focusNext(QWidget* from)
{
    for (QWidget* w = from->nextInFocusChain(); w && w != from; w = w->nextInFocusChain()) {
        if (w->window() == from->window() && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void searchKeys(QWidget* page, QLineEdit* search, QAbstractItemView* results)
{
    auto* find = new QShortcut(QKeySequence::Find, page);
    QObject::connect(find, &QShortcut::activated, search, [search]() {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    search->installEventFilter(new DownIntoResults(search, results));
    if (!search->placeholderText().contains(QLatin1String("Ctrl+F")))
        search->setPlaceholderText(withShortcut(search->placeholderText(), QKeySequence::Find));
}

QString withShortcut(const QString& text, const QKeySequence& keys)
{
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::PortableText)); // as the keycaps read
}

} // namespace KeyFlow
