#pragma once

#include "domain/Knowledge.h"

#include <QGroupBox>
#include <optional>

class AppContext;
class KnowledgeSuggestionModel;
class QLabel;
class QListView;
class QPushButton;
class QTimer;

// Beside the request as the clerk types it (issue 21, 7.2.2): the knowledge entries that match it
// best, looked up on the reader thread a moment after the typing stops, without taking the focus.
// "Use this answer" (Alt+K) hands the chosen entry to the form.
class KnowledgeSuggestions : public QGroupBox
{
    Q_OBJECT

public:
    explicit KnowledgeSuggestions(AppContext& ctx, QWidget* parent = nullptr);

    // The request and its item as they stand; the lookup follows shortly.
    void setRequest(const QString& text, const QString& itemCode);
    void clear();
    int shown() const;

signals:
    void answerChosen(const KnowledgeEntry& entry);
    void updated(); // a lookup's result is shown

private:
    void lookUp();
    void useChosen();

    AppContext& m_ctx;
    KnowledgeSuggestionModel* m_model;
    QListView* m_list;
    QPushButton* m_use;
    QLabel* m_empty;
    QTimer* m_delay;
    QString m_text;
    QString m_item;
    quint64 m_generation = 0; // results of an older lookup are dropped
};
