#include "widgets/KnowledgeSuggestions.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "models/KnowledgeSuggestionModel.h"
#include "storage/DatabaseWorker.h"
#include "storage/KnowledgeStore.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kShown = 5;
constexpr int kTypingPauseMs = 200;
} // namespace

KnowledgeSuggestions::KnowledgeSuggestions(AppContext& ctx, QWidget* parent)
    : QGroupBox(tr("Knowledge base"), parent)
    , m_ctx(ctx)
    , m_model(new KnowledgeSuggestionModel(this))
    , m_list(new QListView(this))
    , m_use(new QPushButton(tr("Use this answer (Alt+K)"), this))
    , m_empty(new QLabel(tr("Entries that match the request appear here as you type it."), this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("knowledgeSuggestions"));
    m_list->setObjectName(QStringLiteral("knowledgeList"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setFocusPolicy(Qt::ClickFocus); // typing the request is never interrupted
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_use->setObjectName(QStringLiteral("useKnowledgeButton"));
    m_use->setEnabled(false);
    m_use->setFocusPolicy(Qt::ClickFocus);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #666;"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_use);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kTypingPauseMs);
    connect(m_delay, &QTimer::timeout, this, &KnowledgeSuggestions::lookUp);
    connect(m_use, &QPushButton::clicked, this, &KnowledgeSuggestions::useChosen);
    connect(m_list, &QListView::doubleClicked, this, &KnowledgeSuggestions::useChosen);
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_K), parent ? parent : this),
        &QShortcut::activated,
        this,
        &KnowledgeSuggestions::useChosen);
}

void KnowledgeSuggestions::setRequest(const QString& text, const QString& itemCode)
{
    if (text == m_text && itemCode == m_item)
        return;
    m_text = text;
    m_item = itemCode;
    m_delay->start();
}

void KnowledgeSuggestions::clear()
{
    m_delay->stop();
    ++m_generation;
    m_text.clear();
    m_item.clear();
    m_model->setEntries({});
    m_use->setEnabled(false);
    m_empty->show();
}

int KnowledgeSuggestions::shown() const
{
    return m_model->rowCount();
}

void KnowledgeSuggestions::lookUp()
{
    const quint64 generation = ++m_generation;
    const QString text = m_text;
    const QString item = m_item;
    const QDate today = Clock::chinaToday();
    m_ctx.reader()->post<QList<KnowledgeEntry>>(
        this,
        [text, item, today](Database& db) {
            auto found = KnowledgeStore::suggest(db, text, item, today, kShown);
            return found ? found.value() : QList<KnowledgeEntry>();
        },
        [this, generation](QList<KnowledgeEntry> entries) {
            if (generation != m_generation)
                return;
            m_model->setEntries(std::move(entries));
            const bool any = m_model->rowCount() > 0;
            m_empty->setVisible(!any);
            m_use->setEnabled(any);
            if (any)
                m_list->setCurrentIndex(m_model->index(0, 0));
            emit updated();
        });
}

void KnowledgeSuggestions::useChosen()
{
    const QModelIndex current = m_list->currentIndex();
    const KnowledgeEntry* e = m_model->entryAt(current.isValid() ? current.row() : 0);
    if (e)
        emit answerChosen(*e);
}
