#include "pages/RegistrationPage.h"

#include "AppContext.h"
#include "ReceiptPreview.h"
#include "ScreenFit.h"
#include "VisitDialog.h"
#include "VisitSheetPreview.h"
#include "models/ClientListModel.h"
#include "storage/DatabaseWorker.h"
#include "validation/Uscc.h"
#include "widgets/CatalogPicker.h"
#include "widgets/KnowledgeSuggestions.h"
#include "workflow/DuplicateRequests.h"
#include "workflow/Registration.h"
#include "workflow/RepeatContact.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace {
const char* kErrorStyle = "color: #b00020;";
const char* kWarningStyle = "color: #8a5a00;";
} // namespace

RegistrationPage::RegistrationPage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_clients(new ClientListModel(ctx.reader(), this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("registrationPage"));
    // --- client -------------------------------------------------------------------------------
    m_clientSearch = new QLineEdit(this);
    m_clientSearch->setObjectName(QStringLiteral("clientSearch"));
    m_clientSearch->setPlaceholderText(tr("Search the client archive by name or unified social credit code (Ctrl+F)"));
    m_clientSearch->setClearButtonEnabled(true);
    m_newClientButton = new QPushButton(tr("New client (Alt+N)"), this);
    m_newClientButton->setObjectName(QStringLiteral("newClientButton"));
    m_newClientButton->setCheckable(true);
    m_newClientButton->setToolTip(tr("Add a client who is not in the archive yet (Alt+N)"));
    m_clientResults = new QTableView(this);
    m_clientResults->setObjectName(QStringLiteral("clientResults"));
    m_clientResults->setModel(m_clients);
    m_clientResults->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clientResults->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clientResults->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clientResults->verticalHeader()->hide();
    m_clientResults->horizontalHeader()->setSectionResizeMode(ClientListModel::Name, QHeaderView::Stretch);
    m_clientResults->setColumnWidth(ClientListModel::Uscc, 190);
    m_clientResults->setColumnWidth(ClientListModel::Contact, 90);
    m_clientResults->setColumnWidth(ClientListModel::Phone, 130);
    m_clientResults->setColumnWidth(ClientListModel::Cases, 70);
    m_clientResults->setMaximumHeight(150);
    m_clientResults->setTabKeyNavigation(false);
    m_clientChosen = new QLabel(tr("No client chosen yet."), this);
    m_clientChosen->setObjectName(QStringLiteral("clientChosen"));

    m_newClientBox = new QGroupBox(tr("New client"), this);
    m_newClientBox->setObjectName(QStringLiteral("newClientBox"));
    m_newName = new QLineEdit(m_newClientBox);
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newUscc = new QLineEdit(m_newClientBox);
    m_newUscc->setObjectName(QStringLiteral("newUscc"));
    m_newUscc->setPlaceholderText(tr("18 characters; leave empty for a person"));
    m_newContact = new QLineEdit(m_newClientBox);
    m_newContact->setObjectName(QStringLiteral("newContact"));
    m_newPhone = new QLineEdit(m_newClientBox);
    m_newPhone->setObjectName(QStringLiteral("newPhone"));
    m_newPhone->setPlaceholderText(tr("13812345678 or 0772-2881234"));
    auto* newForm = new QFormLayout(m_newClientBox);
    // A labelled input with its own error line under it; `field` names it in core's errors.
    auto addRow = [this](QFormLayout* form, const QString& label, const QString& field, QWidget* input) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(input);
        box->addWidget(errorLabel(field));
        form->addRow(label, box);
        m_inputs.insert(field, input);
    };
    addRow(newForm, tr("Name *"), QStringLiteral("name"), m_newName);
    addRow(newForm, tr("Unified social credit code"), QStringLiteral("uscc"), m_newUscc);
    addRow(newForm, tr("Contact person"), QStringLiteral("contact"), m_newContact);
    addRow(newForm, tr("Phone"), QStringLiteral("phone"), m_newPhone);
    m_newClientBox->hide();

    auto* clientBox = new QGroupBox(tr("Client"), this);
    auto* clientLayout = new QVBoxLayout(clientBox);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_clientSearch, 1);
    searchRow->addWidget(m_newClientButton);
    clientLayout->addLayout(searchRow);
    clientLayout->addWidget(m_clientResults);
    clientLayout->addWidget(m_clientChosen);
    clientLayout->addWidget(errorLabel(QStringLiteral("client")));
    clientLayout->addWidget(m_newClientBox);
    m_inputs.insert(QStringLiteral("client"), m_clientSearch);

    // --- request ------------------------------------------------------------------------------
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (Channel c : Channels::all())
        m_channel->addItem(Channels::label(c).local, Channels::key(c));
    m_channel->setCurrentIndex(m_channel->findData(Channels::key(Channel::Window)));
    m_catalog = new CatalogPicker(ctx.catalog(), this);
    m_catalog->setObjectName(QStringLiteral("catalogPicker"));
    // The person at the window or on the phone for the client: who is called back, who signs.
    m_visitorLabel = new QLabel(this);
    m_visitorLabel->setObjectName(QStringLiteral("visitorLabel"));
    m_visitorName = new QLineEdit(this);
    m_visitorName->setObjectName(QStringLiteral("visitorName"));
    m_visitorName->setPlaceholderText(tr("Name"));
    m_visitorPhone = new QLineEdit(this);
    m_visitorPhone->setObjectName(QStringLiteral("visitorPhone"));
    m_visitorPhone->setPlaceholderText(tr("Their phone, e.g. 13812345678"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What the applicant asks for"));
    m_summary->setMaximumHeight(90);
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setTabChangesFocus(true);
    m_answer->setPlaceholderText(tr("The answer given on the spot (needed to answer and close)"));
    m_answer->setMaximumHeight(90);

    auto* requestBox = new QGroupBox(tr("Request"), this);
    auto* form = new QFormLayout(requestBox);
    addRow(form, tr("Channel"), QStringLiteral("channel"), m_channel);
    auto* visitorRow = new QHBoxLayout;
    for (auto [edit, field] : { std::pair { m_visitorName, QStringLiteral("visitor_name") },
             std::pair { m_visitorPhone, QStringLiteral("visitor_phone") } }) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(edit);
        box->addWidget(errorLabel(field));
        visitorRow->addLayout(box, 1);
        m_inputs.insert(field, edit);
    }
    form->addRow(m_visitorLabel, visitorRow);
    addRow(form, tr("Service item *"), QStringLiteral("item"), m_catalog);
    addRow(form, tr("Request *"), QStringLiteral("summary"), m_summary);
    addRow(form, tr("Answer"), QStringLiteral("answer"), m_answer);
    m_kbUsed = new QLabel(this);
    m_kbUsed->setObjectName(QStringLiteral("kbUsed"));
    m_kbUsed->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_kbUsed->hide();
    form->addRow(QString(), m_kbUsed);
    m_duplicates = new QLabel(this);
    m_duplicates->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicates->setStyleSheet(QString::fromLatin1(kWarningStyle));
    m_duplicates->setWordWrap(true);
    m_duplicates->hide();
    form->addRow(QString(), m_duplicates);
    m_addToExisting = new QPushButton(this);
    m_addToExisting->setObjectName(QStringLiteral("addToExistingButton"));
    m_addToExisting->hide();
    form->addRow(QString(), m_addToExisting);
    m_knowledge = new KnowledgeSuggestions(ctx, this);

    m_answerButton = new QPushButton(tr("Answer and close (Ctrl+Enter)"), this);
    m_answerButton->setObjectName(QStringLiteral("answerButton"));
    m_answerButton->setToolTip(tr("7.2.2: the request was answered on the spot; the case is closed"));
    m_followUpButton = new QPushButton(tr("Register for follow-up (Ctrl+S)"), this);
    m_followUpButton->setObjectName(QStringLiteral("followUpButton"));
    m_followUpButton->setToolTip(tr("7.2.3: registered and classified; it stays open for follow-up"));
    m_followUpButton->setDefault(false);
    // 7.3.3: at the enterprise the case is opened on site and the visit recorded at once.
    m_visitButton = new QPushButton(tr("Register and record the visit…"), this);
    m_visitButton->setObjectName(QStringLiteral("registerVisitButton"));
    m_visitButton->setToolTip(
        tr("Opened on site: register the request, then record the visit with the client's signature"));
    m_visitButton->setVisible(false);
    // The applicant leaves the counter with the receipt of what was just registered.
    m_receiptButton = new QPushButton(tr("Print acceptance receipt (Ctrl+P)"), this);
    m_receiptButton->setObjectName(QStringLiteral("receiptButton"));
    m_receiptButton->setToolTip(tr("The acceptance receipt of the case just registered for follow-up"));
    m_receiptButton->setEnabled(false);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; color: #1b5e20;"));
    m_banner->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_banner, 1);
    buttons->addWidget(m_answerButton);
    buttons->addWidget(m_followUpButton);
    buttons->addWidget(m_visitButton);
    buttons->addWidget(m_receiptButton);

    // On a laptop's screen the form scrolls (the new-client fields make it taller than 720 px);
    // the buttons and the number just given stay below it, always in view.
    auto* fields = new QVBoxLayout;
    fields->addWidget(clientBox);
    auto* requestRow = new QHBoxLayout;
    requestRow->addWidget(requestBox, 3);
    requestRow->addWidget(m_knowledge, 2);
    fields->addLayout(requestRow, 1);
    auto* layout = new QVBoxLayout(this);
    m_scroll = ScreenFit::scrolling(fields, this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    // Tab order follows the counter's flow: client, channel, item, request, answer, actions.
    setTabOrder(m_clientSearch, m_clientResults);
    setTabOrder(m_clientResults, m_newClientButton);
    setTabOrder(m_newClientButton, m_newName);
    setTabOrder(m_newName, m_newUscc);
    setTabOrder(m_newUscc, m_newContact);
    setTabOrder(m_newContact, m_newPhone);
    setTabOrder(m_newPhone, m_channel);
    setTabOrder(m_channel, m_visitorName);
    setTabOrder(m_visitorName, m_visitorPhone);
    setTabOrder(m_visitorPhone, m_catalog->filterEdit());
    setTabOrder(m_catalog->filterEdit(), m_summary);
    setTabOrder(m_summary, m_answer);
    setTabOrder(m_answer, m_answerButton);
    setTabOrder(m_answerButton, m_followUpButton);
    setTabOrder(m_followUpButton, m_receiptButton);

    // --- behaviour ----------------------------------------------------------------------------
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, [this]() { m_clients->setSearch(m_clientSearch->text()); });
    connect(m_clientSearch, &QLineEdit::textEdited, this, [this]() {
        m_client.reset();
        m_clientChosen->setText(tr("No client chosen yet."));
        m_searchDelay->start();
        m_duplicateDelay->start();
    });
    connect(m_clientResults, &QTableView::activated, this, &RegistrationPage::chooseClient);
    connect(m_clientResults, &QTableView::clicked, this, &RegistrationPage::chooseClient);
    m_clientSearch->installEventFilter(this);
    connect(m_newClientButton, &QPushButton::toggled, this, &RegistrationPage::setNewClientMode);
    connect(m_newUscc, &QLineEdit::editingFinished, this, &RegistrationPage::checkUsccLive);
    connect(m_answerButton, &QPushButton::clicked, this, [this]() { save(Outcome::AnswerAndClose); });
    connect(m_followUpButton, &QPushButton::clicked, this, [this]() { save(Outcome::FollowUp); });
    connect(m_visitButton, &QPushButton::clicked, this, [this]() {
        m_visitAfterSave = true;
        save(Outcome::FollowUp);
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &RegistrationPage::followChannel);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &RegistrationPage::requestChanged);
    connect(m_catalog, &CatalogPicker::itemChanged, this, &RegistrationPage::requestChanged);
    connect(m_knowledge, &KnowledgeSuggestions::answerChosen, this, &RegistrationPage::useKnowledge);
    connect(m_answer, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_kbEntry.isEmpty() && m_answer->toPlainText().trimmed().isEmpty()) {
            m_kbEntry.clear(); // the answer taken from the entry was removed
            m_kbUsed->hide();
        }
    });
    m_duplicateDelay = new QTimer(this);
    m_duplicateDelay->setSingleShot(true);
    m_duplicateDelay->setInterval(300);
    connect(m_duplicateDelay, &QTimer::timeout, this, &RegistrationPage::checkDuplicates);
    connect(m_addToExisting, &QPushButton::clicked, this, &RegistrationPage::addToExisting);
    followChannel();
    for (auto key : { Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter })
        connect(new QShortcut(QKeySequence(key), this), &QShortcut::activated, this, [this]() {
            save(Outcome::AnswerAndClose);
        });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this), &QShortcut::activated, this, [this]() {
        save(Outcome::FollowUp);
    });
    connect(m_receiptButton, &QPushButton::clicked, this, &RegistrationPage::printReceipt);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this),
        &QShortcut::activated,
        this,
        &RegistrationPage::printReceipt);
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_N), this),
        &QShortcut::activated,
        m_newClientButton,
        &QPushButton::toggle);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this), &QShortcut::activated, this, [this]() {
        m_clientSearch->setFocus();
        m_clientSearch->selectAll();
    });
    m_clients->setSearch(QString());
}

void RegistrationPage::followChannel()
{
    const auto channel = Channels::fromKey(m_channel->currentData().toString()).value_or(Channel::Window);
    m_visitButton->setVisible(channel == Channel::Visit || channel == Channel::Onsite);
    m_visitorLabel->setText(Channels::personLabel(channel).local);
}

QLabel* RegistrationPage::errorLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("error_") + field);
    label->setStyleSheet(QString::fromLatin1(kErrorStyle));
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

bool RegistrationPage::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search box goes into the results; Enter there picks the first one.
    if (watched == m_clientSearch && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down && m_clients->rowCount() > 0) {
            m_clientResults->setFocus();
            m_clientResults->selectRow(0);
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_clients->rowCount() > 0 && !m_client) {
            chooseClient(m_clients->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RegistrationPage::chooseClient(const QModelIndex& index)
{
    const auto client = m_clients->clientAt(index.row());
    if (!client)
        return;
    m_client = client;
    m_newClientButton->setChecked(false);
    m_clientChosen->setText(tr("Client: %1  %2").arg(client->name, client->uscc));
    m_errors.value(QStringLiteral("client"))->hide();
    m_channel->setFocus();
    m_duplicateDelay->start();
}

void RegistrationPage::requestChanged()
{
    m_knowledge->setRequest(m_summary->toPlainText(), m_catalog->selectedItem());
    m_duplicateDelay->start();
}

void RegistrationPage::useKnowledge(const KnowledgeEntry& entry)
{
    m_answer->setPlainText(entry.answer);
    m_kbEntry = entry.number;
    m_kbUsed->setText(
        tr("Answer from knowledge entry %1 (version %2); edit it as needed.").arg(entry.number).arg(entry.version));
    m_kbUsed->show();
}

void RegistrationPage::addToExisting()
{
    if (m_openDuplicate.isEmpty() || m_saving)
        return;
    const QString number = m_openDuplicate;
    const QString channel = m_channel->currentData().toString();
    const QString said = m_summary->toPlainText();
    const Actor actor = m_ctx.actor();
    m_saving = true;
    m_ctx.writer()->post<Result<CaseRecord>>(
        this,
        [number, channel, said, actor](Database& db) { return RepeatContact(db).record(number, channel, said, actor); },
        [this](Result<CaseRecord> r) {
            m_saving = false;
            if (!r) {
                showErrors({ r.error() });
                return;
            }
            m_banner->setText(tr("The contact was added to %1").arg(r->number));
            m_banner->show();
            emit m_ctx.caseChanged(r.value());
            emit saved(r->number);
            startNext();
        });
}

void RegistrationPage::checkDuplicates()
{
    // A warning, never a block: the clerk decides whether it is the same request.
    const quint64 generation = ++m_duplicateGeneration;
    if (!m_client) {
        m_duplicates->hide();
        m_addToExisting->hide();
        return;
    }
    const QString clientId = m_client->id;
    const QString item = m_catalog->selectedItem();
    const QString summary = m_summary->toPlainText();
    m_ctx.reader()->post<QList<DuplicateRequests::Candidate>>(
        this,
        [clientId, item, summary](Database& db) {
            auto found = DuplicateRequests::find(db, clientId, item, summary);
            return found ? found.value() : QList<DuplicateRequests::Candidate>();
        },
        [this, generation](QList<DuplicateRequests::Candidate> found) {
            if (generation != m_duplicateGeneration)
                return;
            QStringList lines;
            m_openDuplicate.clear();
            for (const DuplicateRequests::Candidate& d : found) {
                if (d.sameItemOpen && m_openDuplicate.isEmpty())
                    m_openDuplicate = d.number; // the one the contact can go on instead
                lines << (d.sameItemOpen ? tr("This client has an open case on the same item: %1 (%2).")
                                         : tr("A request of the last 30 days reads very like this one: %1 (%2)."))
                             .arg(d.number, d.summary.left(30));
            }
            m_addToExisting->setText(tr("Add this contact to %1 instead").arg(m_openDuplicate));
            m_addToExisting->setVisible(!m_openDuplicate.isEmpty());
            m_duplicates->setText(lines.isEmpty() ? QString()
                                                  : lines.join(QLatin1Char('\n')) + QLatin1Char('\n')
                        + tr("Registering is still possible; a supervisor can merge a request registered twice."));
            m_duplicates->setVisible(!lines.isEmpty());
        });
}

void RegistrationPage::setNewClientMode(bool on)
{
    m_newClientBox->setVisible(on);
    if (on) {
        m_client.reset();
        m_duplicateDelay->start();
        m_clientChosen->setText(tr("A new client will be added with this request."));
        if (m_newName->text().isEmpty())
            m_newName->setText(m_clientSearch->text().trimmed());
        m_newName->setFocus();
    } else {
        m_clientChosen->setText(
            m_client ? tr("Client: %1  %2").arg(m_client->name, m_client->uscc) : tr("No client chosen yet."));
    }
}

void RegistrationPage::checkUsccLive()
{
    QLabel* label = m_errors.value(QStringLiteral("uscc"));
    if (m_newUscc->text().trimmed().isEmpty()) {
        label->hide();
        return;
    }
    auto r = Uscc::validate(m_newUscc->text());
    if (!r) {
        label->setStyleSheet(QString::fromLatin1(kErrorStyle));
        label->setText(r.error().message.local);
        label->show();
    } else if (auto warning = Uscc::organisationCodeWarning(r.value())) {
        label->setStyleSheet(QString::fromLatin1(kWarningStyle));
        label->setText(warning->local);
        label->show();
        m_newUscc->setText(r.value());
    } else {
        label->hide();
        m_newUscc->setText(r.value());
    }
}

void RegistrationPage::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
}

void RegistrationPage::showErrors(const QList<Error>& errors)
{
    // Every problem at once, each under its field (issue 18); one the form has no field for goes
    // under the request. The first, in the form's order, gets the focus and is scrolled to.
    clearErrors();
    QWidget* first = nullptr;
    for (const Error& error : errors) {
        QLabel* label = m_errors.value(error.field);
        QWidget* input = m_inputs.value(error.field);
        if (!label) {
            label = m_errors.value(QStringLiteral("summary"));
            input = nullptr;
        }
        label->setStyleSheet(QString::fromLatin1(kErrorStyle));
        label->setText(
            label->isVisible() ? label->text() + QLatin1Char('\n') + error.message.local : error.message.local);
        label->show();
        if (!first && input)
            first = input;
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(first))
            edit->selectAll();
        m_scroll->ensureWidgetVisible(first);
    }
    if (!errors.isEmpty())
        emit saveFailed(errors.first().field);
}

void RegistrationPage::save(Outcome outcome)
{
    if (m_saving)
        return;
    clearErrors();
    NewCase input;
    input.channel = m_channel->currentData().toString();
    input.itemCode = m_catalog->selectedItem();
    input.summary = m_summary->toPlainText();
    input.visitorName = m_visitorName->text();
    input.visitorPhone = m_visitorPhone->text();
    input.answer = m_answer->toPlainText();
    input.kbEntry = m_kbEntry;
    input.outcome = outcome;
    std::optional<NewClient> newClient;
    if (m_newClientButton->isChecked())
        newClient = NewClient { m_newName->text(), m_newUscc->text(), m_newContact->text(), m_newPhone->text(), {} };
    else if (m_client)
        input.clientId = m_client->id;
    m_saving = true;
    m_answerButton->setEnabled(false);
    m_followUpButton->setEnabled(false);
    const Catalog* catalog = &m_ctx.catalog();
    const Actor actor = m_ctx.actor();
    struct Saved
    {
        QList<Error> problems; // of the input, all of them; or what the database refused
        std::optional<CaseRecord> kase;
    };
    m_ctx.writer()->post<Saved>(
        this,
        [input, newClient, catalog, actor](Database& db) {
            Saved o { Registration::problems(*catalog, input, newClient), std::nullopt };
            if (!o.problems.isEmpty())
                return o;
            auto registered = Registration(db, *catalog).registerCase(input, actor, newClient);
            if (registered)
                o.kase = registered.value();
            else
                o.problems << registered.error();
            return o;
        },
        [this](Saved done) {
            m_saving = false;
            m_answerButton->setEnabled(true);
            m_followUpButton->setEnabled(true);
            const bool visit = std::exchange(m_visitAfterSave, false);
            if (!done.kase) {
                showErrors(done.problems);
                return;
            }
            const std::optional<CaseRecord>& result = done.kase;
            if (visit) {
                auto* dialog = new VisitDialog(m_ctx, result.value(), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                const CaseRecord kase = result.value();
                connect(dialog, &QDialog::accepted, this, [this, dialog, kase]() {
                    emit m_ctx.caseChanged(kase);
                    VisitSheetPreview::open(m_ctx, kase, dialog->recorded(), this);
                });
                dialog->open();
            }
            m_lastNumber = result->number;
            m_receiptNumber = result->status == CaseStatus::Closed ? QString() : result->number;
            m_receiptButton->setEnabled(!m_receiptNumber.isEmpty());
            m_receiptButton->setToolTip(m_receiptNumber.isEmpty()
                    ? tr("The acceptance receipt of the case just registered for follow-up")
                    : tr("The acceptance receipt of %1, for the applicant").arg(m_receiptNumber));
            m_banner->setText(result->status == CaseStatus::Closed
                    ? tr("%1 answered and closed").arg(result->number)
                    : tr("%1 registered for follow-up").arg(result->number));
            m_banner->show();
            emit m_ctx.caseRegistered(result.value());
            emit saved(result->number);
            startNext();
        });
}

void RegistrationPage::printReceipt()
{
    if (!m_receiptNumber.isEmpty())
        ReceiptPreview::open(m_ctx, m_receiptNumber, this);
}

void RegistrationPage::startNext()
{
    clearErrors();
    m_client.reset();
    m_clientSearch->clear();
    m_clients->setSearch(QString());
    m_clientChosen->setText(tr("No client chosen yet."));
    m_newClientButton->setChecked(false);
    for (QLineEdit* e : { m_newName, m_newUscc, m_newContact, m_newPhone, m_visitorName, m_visitorPhone })
        e->clear();
    m_catalog->clear();
    m_summary->clear();
    m_answer->clear();
    m_kbEntry.clear();
    m_kbUsed->hide();
    m_knowledge->clear();
    ++m_duplicateGeneration;
    m_duplicateDelay->stop();
    m_duplicates->hide();
    m_addToExisting->hide();
    m_openDuplicate.clear();
    m_channel->setCurrentIndex(m_channel->findData(Channels::key(Channel::Window)));
    m_clientSearch->setFocus();
}
