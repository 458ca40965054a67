#include "ReturnVisitDialog.h"

#include "AppContext.h"
#include "KeyFlow.h"
#include "ScreenFit.h"
#include "common/Clock.h"
#include "domain/Channel.h"
#include "storage/CaseStore.h"
#include "storage/ClientStore.h"
#include "storage/DatabaseWorker.h"
#include "widgets/DateTimeFields.h"
#include "widgets/KeyedComboBox.h"
#include "workflow/ReturnVisits.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReturnVisitDialog::ReturnVisitDialog(AppContext& ctx, const QString& caseNumber, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_caseNumber(caseNumber)
    , m_method(new QComboBox(this))
    , m_when(new DateTimeField(this))
    , m_contact(new QLineEdit(this))
    , m_said(new QPlainTextEdit(this))
    , m_comment(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_whom(new QLabel(this))
{
    setWindowTitle(tr("Return visit: %1").arg(caseNumber));
    ScreenFit::resize(this, { 560, 620 });
    fillKeyedComboBox(m_method, kReturnVisitMethods);
    m_method->setCurrentIndex(1); // most return visits are by phone
    m_method->setObjectName(QStringLiteral("methodBox"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime china = Clock::nowUtc().toTimeZone(Clock::chinaZone());
    m_when->setDateTime(QDateTime(china.date(), china.time())); // the edit shows China time
    m_when->setCalendarPopup(true);
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_said->setObjectName(QStringLiteral("saidEdit"));
    m_said->setPlaceholderText(tr("What the client said about the service"));
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setPlaceholderText(tr("Suggestions or complaints the client made, if any"));
    m_said->setTabChangesFocus(true);
    m_comment->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    // Whom to call, read from the client archive on the reader thread.
    m_whom->setObjectName(QStringLiteral("whomLabel"));
    m_whom->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whom->setWordWrap(true);
    ctx.reader()->post<Result<QPair<CaseRecord, Client>>>(
        this,
        [caseNumber](Database& db) -> Result<QPair<CaseRecord, Client>> {
            auto c = CaseStore::byNumber(db, caseNumber, false);
            if (!c)
                return c.error();
            auto client = ClientStore::byId(db, c->clientId);
            if (!client)
                return client.error();
            return qMakePair(c.value(), client.value());
        },
        [this](Result<QPair<CaseRecord, Client>> found) {
            if (!found)
                return;
            const auto& [kase, client] = found.value();
            const QString phone = client.phone.isEmpty() ? tr("no telephone in the archive") : client.phone;
            QString whom = client.contactName.isEmpty()
                ? tr("%1, telephone %2").arg(client.name, phone)
                : tr("%1, %2, telephone %3").arg(client.name, client.contactName, phone);
            // The person who came or called is who the answer was given to: called first.
            if (!kase.visitorName.isEmpty() || !kase.visitorPhone.isEmpty())
                whom = tr("%1: %2, telephone %3; the client: %4")
                           .arg(Channels::personLabel(kase.channel).local,
                               kase.visitorName,
                               kase.visitorPhone.isEmpty() ? tr("not given") : kase.visitorPhone,
                               whom);
            m_whom->setText(whom);
            if (m_contact->text().isEmpty())
                m_contact->setText(kase.visitorName.isEmpty() ? client.contactName : kase.visitorName);
        });

    auto* form = new QFormLayout;
    form->addRow(tr("Client"), m_whom);
    form->addRow(tr("How"), m_method);
    form->addRow(tr("When"), m_when);
    form->addRow(tr("Who answered"), m_contact);
    form->addRow(tr("What the client said"), m_said);
    // 8.1.1: four dimensions, each in the five usual levels; complaint handling only if they complained.
    const char* const names[] = { "ratingMatching", "ratingLevel", "ratingAttitude", "ratingComplaint" };
    for (Dimension d : kAllDimensions) {
        auto* box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(names[size_t(d)]));
        // No rating is given before the client gives it: the clerk chooses each one (core refuses
        // an unchosen one, naming it).
        box->addItem(tr("— choose what the client said —"), -1);
        for (int r = 5; r >= 1; --r)
            box->addItem(Satisfaction::label(r).local, r);
        if (d == Dimension::ComplaintHandling)
            box->insertItem(1, tr("Did not complain"), 0);
        box->setCurrentIndex(0);
        m_ratings[size_t(d)] = box;
        form->addRow(kDimensions.label(d).local, box);
    }
    form->addRow(tr("Comment"), m_comment);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnVisitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ScreenFit::scrolling(form, this), 1); // the buttons stay below, in view
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    KeyFlow::enterMovesOn(
        this, buttons->button(QDialogButtonBox::Save)); // Enter moves on; the button or Ctrl+Enter saves
    m_said->setFocus();
}

void ReturnVisitDialog::save()
{
    NewReturnVisit v;
    v.caseNumber = m_caseNumber;
    v.method = m_method->currentData().toString();
    v.visitedAt = QDateTime(m_when->date(), m_when->time(), Clock::chinaZone()).toUTC();
    v.contact = m_contact->text();
    v.clientSaid = m_said->toPlainText();
    v.comment = m_comment->toPlainText();
    v.matching = m_ratings[size_t(Dimension::Matching)]->currentData().toInt();
    v.level = m_ratings[size_t(Dimension::Level)]->currentData().toInt();
    v.attitude = m_ratings[size_t(Dimension::Attitude)]->currentData().toInt();
    v.complaintHandling = m_ratings[size_t(Dimension::ComplaintHandling)]->currentData().toInt();
    const Actor actor = m_ctx.actor();
    const WorkCalendar* calendar = &m_ctx.calendar();
    setEnabled(false);
    m_ctx.writer()->post<Result<ReturnVisit>>(
        this,
        [v, actor, calendar](Database& db) { return ReturnVisits(db, *calendar).record(v, actor); },
        [this](Result<ReturnVisit> r) {
            setEnabled(true);
            if (!r) {
                m_error->setText(r.error().message.local);
                m_error->show();
                if (r.error().field == QLatin1String("client_said"))
                    m_said->setFocus();
                const char* const fields[]
                    = { "rating_matching", "rating_level", "rating_attitude", "rating_complaint" };
                for (size_t i = 0; i < 4; ++i)
                    if (r.error().field == QLatin1String(fields[i]))
                        m_ratings[i]->setFocus();
                return;
            }
            m_recorded = r.value();
            emit saved(m_recorded);
            accept();
        });
}
