#include "KnowledgeDialog.h"

#include "AppContext.h"
#include "ScreenFit.h"
#include "common/Clock.h"
#include "storage/DatabaseWorker.h"
#include "storage/KnowledgeStore.h"
#include "storage/UserStore.h"
#include "widgets/DateTimeFields.h"
#include "workflow/KnowledgeBase.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
struct Loaded
{
    QList<KnowledgeEntry> entries;
    QList<KnowledgeProposal> proposals;
    QHash<QString, QString> names;
};

QTableView* tableFor(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}
} // namespace

bool KnowledgeDialog::needsReview(const KnowledgeEntry& e, const QDate& today)
{
    if (e.retiredAt.isValid())
        return false;
    const bool neverUsed = e.uses == 0 && Clock::chinaDate(e.createdAt).daysTo(today) >= 30;
    const bool oftenChanged = e.uses >= 2 && e.editedUses * 2 >= e.uses;
    return neverUsed || oftenChanged || !e.currentOn(today);
}

KnowledgeDialog::KnowledgeDialog(AppContext& ctx, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_reviewOnly(
          new QCheckBox(tr("Only those to review: never used in 30 days, answers often changed, not current"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Knowledge base"));
    setObjectName(QStringLiteral("knowledgeDialog"));
    const QDate today = Clock::chinaToday();
    const auto name = [this](const QString& login) { return m_names.value(login, Actor::shown(login)); };
    m_entries = new ListTableModel<KnowledgeEntry>(
        { { tr("Number"), [](const KnowledgeEntry& e) { return e.number; } },
            { tr("Question"), [](const KnowledgeEntry& e) { return e.question; } },
            { tr("State"),
                [today](const KnowledgeEntry& e) {
                    if (e.retiredAt.isValid())
                        return tr("Retired");
                    return e.currentOn(today) ? tr("Current") : tr("Not current");
                } },
            { tr("Used"), [](const KnowledgeEntry& e) { return QString::number(e.uses); } },
            { tr("Answer changed"), [](const KnowledgeEntry& e) { return QString::number(e.editedUses); } },
            { tr("Version"), [](const KnowledgeEntry& e) { return QString::number(e.version); } },
            { tr("Written by"), [name](const KnowledgeEntry& e) { return name(e.author); } },
            { tr("Basis"), [](const KnowledgeEntry& e) { return e.basis; } } },
        [today](const KnowledgeEntry& e) { return needsReview(e, today); },
        this);
    m_proposals = new ListTableModel<KnowledgeProposal>(
        { { tr("Number"), [](const KnowledgeProposal& p) { return p.number; } },
            { tr("Case"), [](const KnowledgeProposal& p) { return p.caseNumber; } },
            { tr("Proposed by"), [name](const KnowledgeProposal& p) { return name(p.proposedBy); } },
            { tr("On"), [](const KnowledgeProposal& p) { return Clock::displayDateTime(p.proposedAt); } },
            { tr("Question"), [](const KnowledgeProposal& p) { return p.question; } },
            { tr("Answer"), [](const KnowledgeProposal& p) { return p.answer; } } },
        {},
        this);
    m_entryView = tableFor(m_entries, this);
    m_entryView->setObjectName(QStringLiteral("knowledgeEntries"));
    m_proposalView = tableFor(m_proposals, this);
    m_proposalView->setObjectName(QStringLiteral("knowledgeProposals"));
    // The question (and a proposal's answer) take the room; numbers, states and counts their own width.
    for (QTableView* view : { m_entryView, m_proposalView }) {
        view->horizontalHeader()->setStretchLastSection(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_entryView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_entryView->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);
    m_proposalView->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_proposalView->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_search->setObjectName(QStringLiteral("knowledgeSearch"));
    m_search->setPlaceholderText(tr("Search question, answer and basis, one or two characters are enough"));
    m_search->setClearButtonEnabled(true);
    m_reviewOnly->setObjectName(QStringLiteral("reviewOnly"));
    m_status->setObjectName(QStringLiteral("knowledgeStatus"));
    m_status->setWordWrap(true);

    auto* entriesTab = new QWidget(this);
    auto* add = new QPushButton(tr("New entry…"), entriesTab);
    add->setObjectName(QStringLiteral("addEntry"));
    auto* revise = new QPushButton(tr("Revise…"), entriesTab);
    revise->setObjectName(QStringLiteral("reviseEntry"));
    revise->setToolTip(tr("Write the entry's next version; the earlier ones are kept"));
    auto* retire = new QPushButton(tr("Retire…"), entriesTab);
    retire->setObjectName(QStringLiteral("retireEntry"));
    auto* entryButtons = new QHBoxLayout;
    entryButtons->addWidget(add);
    entryButtons->addWidget(revise);
    entryButtons->addWidget(retire);
    entryButtons->addStretch(1);
    auto* entriesLayout = new QVBoxLayout(entriesTab);
    entriesLayout->addWidget(m_search);
    entriesLayout->addWidget(m_reviewOnly);
    entriesLayout->addWidget(m_entryView, 1);
    entriesLayout->addLayout(entryButtons);

    auto* proposalsTab = new QWidget(this);
    auto* approve = new QPushButton(tr("Approve as an entry"), proposalsTab);
    approve->setObjectName(QStringLiteral("approveProposal"));
    auto* reject = new QPushButton(tr("Send back…"), proposalsTab);
    reject->setObjectName(QStringLiteral("rejectProposal"));
    auto* proposalButtons = new QHBoxLayout;
    proposalButtons->addWidget(approve);
    proposalButtons->addWidget(reject);
    proposalButtons->addStretch(1);
    auto* proposalsLayout = new QVBoxLayout(proposalsTab);
    proposalsLayout->addWidget(m_proposalView, 1);
    proposalsLayout->addLayout(proposalButtons);

    m_tabs->addTab(entriesTab, tr("Entries"));
    m_tabs->addTab(proposalsTab, tr("Proposed answers"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    ScreenFit::resize(this, { 1100, 620 });

    auto* delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(200);
    connect(delay, &QTimer::timeout, this, &KnowledgeDialog::reload);
    connect(m_search, &QLineEdit::textEdited, delay, qOverload<>(&QTimer::start));
    connect(m_reviewOnly, &QCheckBox::toggled, this, &KnowledgeDialog::reload);
    connect(add, &QPushButton::clicked, this, [this] { editEntry(nullptr); });
    connect(revise, &QPushButton::clicked, this, [this] {
        if (const KnowledgeEntry* e = m_entries->rowAt(m_entryView->currentIndex().row())) {
            const KnowledgeEntry current = *e; // the rows may be reloaded while the form is open
            editEntry(&current);
        }
    });
    // The city's entries are changed at the city only (read-only at a county).
    const auto updateButtons = [this, revise, retire] {
        const KnowledgeEntry* e = m_entries->rowAt(m_entryView->currentIndex().row());
        const bool mine = e && !e->retiredAt.isValid() && (!e->cityWide || m_ctx.station().level == StationLevel::City);
        revise->setEnabled(mine);
        retire->setEnabled(mine);
    };
    connect(m_entryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateButtons);
    connect(this, &KnowledgeDialog::reloaded, this, updateButtons);
    connect(retire, &QPushButton::clicked, this, &KnowledgeDialog::retireEntry);
    connect(approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void KnowledgeDialog::reload()
{
    const QString search = m_search->text().trimmed();
    const bool reviewOnly = m_reviewOnly->isChecked();
    const QDate today = Clock::chinaToday();
    m_ctx.reader()->post<Loaded>(
        this,
        [search, reviewOnly, today](Database& db) {
            Loaded l;
            auto entries = search.isEmpty() ? KnowledgeStore::list(db, true, 5000)
                                            : KnowledgeStore::search(db, search, {}, today, false, 500);
            if (entries)
                for (const KnowledgeEntry& e : *entries)
                    if (!reviewOnly || needsReview(e, today))
                        l.entries << e;
            if (auto open = KnowledgeStore::openProposals(db))
                l.proposals = *open;
            if (auto names = UserStore::names(db))
                l.names = *names;
            return l;
        },
        [this](Loaded l) {
            m_names = l.names;
            m_entries->setRows(l.entries);
            m_proposals->setRows(l.proposals);
            m_tabs->setTabText(1, tr("Proposed answers (%1)").arg(l.proposals.size()));
            emit reloaded();
        });
}

template<typename T>
void KnowledgeDialog::write(std::function<Result<T>(Database&)> job)
{
    m_ctx.writer()->post<Result<T>>(this, std::move(job), [this](Result<T> r) {
        if (!r) {
            m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_status->setText(r.error().message.local);
            return;
        }
        m_status->setStyleSheet({});
        m_status->setText(tr("Done: %1").arg(r->number));
        reload();
    });
}

namespace {
// A day or none: the field's lowest day reads "open-ended" and stands for no day.
DateField* optionalDay(QWidget* parent, const QDate& day, const QString& objectName)
{
    auto* field = new DateField(parent);
    field->setObjectName(objectName);
    field->setCalendarPopup(true);
    field->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    field->setMinimumDate(QDate(2000, 1, 1));
    field->setSpecialValueText(KnowledgeDialog::tr("open-ended"));
    field->setDate(day.isValid() ? day : field->minimumDate());
    return field;
}

QDate dayOf(const DateField* field)
{
    return field->date() == field->minimumDate() ? QDate() : field->date();
}
} // namespace

void KnowledgeDialog::editEntry(const KnowledgeEntry* current)
{
    QDialog form(this);
    form.setObjectName(QStringLiteral("entryForm"));
    form.setWindowTitle(current ? tr("Revise %1 (now version %2)").arg(current->number).arg(current->version)
                                : tr("New knowledge entry"));
    auto* question = new QLineEdit(current ? current->question : QString(), &form);
    question->setObjectName(QStringLiteral("entryQuestion"));
    auto* answer = new QPlainTextEdit(current ? current->answer : QString(), &form);
    answer->setObjectName(QStringLiteral("entryAnswer"));
    answer->setTabChangesFocus(true);
    auto* basis = new QLineEdit(current ? current->basis : QString(), &form);
    basis->setObjectName(QStringLiteral("entryBasis"));
    basis->setPlaceholderText(tr("e.g. 《中华人民共和国标准化法》（2017年11月4日修订）第二十七条"));
    auto* withdrawn = new QCheckBox(tr("The basis was repealed or replaced (the entry is no longer offered)"), &form);
    withdrawn->setObjectName(QStringLiteral("entryBasisWithdrawn"));
    withdrawn->setChecked(current && current->basisWithdrawn);
    withdrawn->setVisible(current != nullptr);
    auto* items = new QLineEdit(current ? current->items.join(QStringLiteral(", ")) : QString(), &form);
    items->setObjectName(QStringLiteral("entryItems"));
    items->setPlaceholderText(tr("clause numbers, e.g. 5.2.2, 5.2.3"));
    DateField* from = optionalDay(&form, current ? current->validFrom : QDate(), QStringLiteral("entryValidFrom"));
    DateField* to = optionalDay(&form, current ? current->validTo : QDate(), QStringLiteral("entryValidTo"));
    auto* days = new QHBoxLayout;
    days->addWidget(from);
    days->addWidget(new QLabel(tr("to"), &form));
    days->addWidget(to);
    days->addStretch(1);
    auto* problems = new QLabel(&form);
    problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    problems->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    auto* layout = new QFormLayout(&form);
    layout->addRow(tr("Question *"), question);
    layout->addRow(tr("Answer *"), answer);
    layout->addRow(tr("Basis"), basis);
    layout->addRow(QString(), withdrawn);
    layout->addRow(tr("Service items"), items);
    layout->addRow(tr("Validity"), days);
    layout->addRow(problems);
    layout->addRow(buttons);
    NewKnowledgeEntry input;
    connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        input.question = question->text();
        input.answer = answer->toPlainText();
        input.basis = basis->text();
        input.basisWithdrawn = withdrawn->isChecked();
        input.items.clear();
        for (const QString& code :
            items->text().split(QRegularExpression(QStringLiteral("[,，、\\s]+")), Qt::SkipEmptyParts))
            input.items << code;
        input.validFrom = dayOf(from);
        input.validTo = dayOf(to);
        // Every problem at once, each naming its field, before anything is written.
        QStringList messages;
        for (const Error& e : KnowledgeBase::problems(m_ctx.catalog(), input))
            messages << e.message.local;
        problems->setText(messages.join(QLatin1Char('\n')));
        if (messages.isEmpty())
            form.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    ScreenFit::resize(&form, { 760, 420 });
    emit formShown(&form);
    if (form.exec() != QDialog::Accepted)
        return;
    const Catalog* catalog = &m_ctx.catalog();
    const Actor actor = m_ctx.actor();
    if (!current) {
        write<KnowledgeEntry>(
            [input, catalog, actor](Database& db) { return KnowledgeBase(db, *catalog).add(input, actor); });
        return;
    }
    const QString number = current->number;
    write<KnowledgeEntry>([number, input, catalog, actor](
                              Database& db) { return KnowledgeBase(db, *catalog).revise(number, input, actor); });
}

void KnowledgeDialog::retireEntry()
{
    const KnowledgeEntry* e = m_entries->rowAt(m_entryView->currentIndex().row());
    if (!e)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this,
        tr("Retire %1").arg(e->number),
        tr("Why it no longer holds (its basis repealed or replaced, say):"),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (!ok)
        return;
    const QString number = e->number;
    const Catalog* catalog = &m_ctx.catalog();
    const Actor actor = m_ctx.actor();
    write<KnowledgeEntry>([number, reason, catalog, actor](
                              Database& db) { return KnowledgeBase(db, *catalog).retire(number, reason, actor); });
}

void KnowledgeDialog::decide(bool approve)
{
    const KnowledgeProposal* p = m_proposals->rowAt(m_proposalView->currentIndex().row());
    if (!p)
        return;
    const QString number = p->number;
    const Catalog* catalog = &m_ctx.catalog();
    const Actor actor = m_ctx.actor();
    if (approve) {
        write<KnowledgeEntry>(
            [number, catalog, actor](Database& db) { return KnowledgeBase(db, *catalog).approve(number, actor); });
        return;
    }
    bool ok = false;
    const QString why = QInputDialog::getText(
        this, tr("Send back %1").arg(number), tr("Why it is not taken:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    write<KnowledgeProposal>(
        [number, why, catalog, actor](Database& db) { return KnowledgeBase(db, *catalog).reject(number, why, actor); });
}
