#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QListWidget;
class QTextBrowser;

// F1 (issue 18): what each page of the window is for and its keys, for a newcomer at the counter.
// Opens on the page the clerk is on; the others are a click away. Only keys that work are listed:
// a test presses or finds each one on its page. The clauses of the standard each page serves are
// named here, since the labels no longer carry them.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    struct Key
    {
        QKeySequence keys; // a shortcut bound on the page (checked by a test); empty where `written` says it
        QString written; // a key without a shortcut of its own: ↓ in a search, Enter in a list, Tab
        QString what;
        QString shown() const; // as written on the keycaps
    };
    struct Topic
    {
        QString title;
        QString purpose;
        QList<Key> keys;
        QString clauses;
    };
    // The pages in the window's order (Ctrl+1 … Ctrl+6), then the forms and the whole window.
    static QList<Topic> topics();
    static constexpr int kFormsTopic = 6;
    static constexpr int kWindowTopic = 7;

    explicit HelpDialog(QWidget* parent = nullptr);
    void showTopic(int index);
    int currentTopic() const;
    QString text() const; // what the reader sees of the current topic, as plain text

private:
    QListWidget* m_list;
    QTextBrowser* m_text;
};
