#include "ComplaintDialog.h"

#include "AppContext.h"
#include "KeyFlow.h"
#include "ScreenFit.h"
#include "storage/AgencyStore.h"
#include "storage/DatabaseWorker.h"
#include "widgets/KeyedComboBox.h"
#include "workflow/Complaints.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ComplaintDialog::ComplaintDialog(AppContext& ctx, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_channel(new QComboBox(this))
    , m_complainant(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_about(new QComboBox(this))
    , m_agency(new QComboBox(this))
    , m_staff(new QLineEdit(this))
    , m_case(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_summary(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Register a complaint"));
    ScreenFit::resize(this, { 560, 560 });
    fillKeyedComboBox(m_channel, kComplaintChannels);
    fillKeyedComboBox(m_about, kComplaintSubjects);
    m_about->setCurrentIndex(m_about->findData(QStringLiteral("platform")));
    fillKeyedComboBox(m_category, kComplaintCategories);
    m_channel->setObjectName(QStringLiteral("channelBox"));
    m_about->setObjectName(QStringLiteral("aboutBox"));
    m_category->setObjectName(QStringLiteral("categoryBox"));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_complainant->setPlaceholderText(tr("May be left empty for an anonymous complaint"));
    m_case->setPlaceholderText(QStringLiteral("LZ-LN-20261124-0007"));
    m_agency->setEnabled(false);
    m_staff->setEnabled(false);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    connect(m_about, &QComboBox::currentIndexChanged, this, [this] {
        const QString about = m_about->currentData().toString();
        m_agency->setEnabled(about == QLatin1String("agency"));
        m_staff->setEnabled(about == QLatin1String("staff"));
    });
    m_ctx.reader()->post<QList<Agency>>(
        this,
        [](Database& db) {
            auto list = AgencyStore::list(db);
            return list ? list.value() : QList<Agency>();
        },
        [this](QList<Agency> agencies) {
            for (const Agency& a : agencies)
                m_agency->addItem(a.name, a.id);
        });

    auto* form = new QFormLayout;
    form->addRow(tr("Received by"), m_channel);
    form->addRow(tr("Complainant"), m_complainant);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("About"), m_about);
    form->addRow(tr("Agency"), m_agency);
    form->addRow(tr("Staff member (login)"), m_staff);
    form->addRow(tr("Case"), m_case);
    form->addRow(tr("Class"), m_category);
    form->addRow(tr("The complaint"), m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ScreenFit::scrolling(form, this), 1); // the buttons stay below, in view
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    KeyFlow::enterMovesOn(
        this, buttons->button(QDialogButtonBox::Save)); // Enter moves on; the button or Ctrl+Enter saves
}

void ComplaintDialog::save()
{
    NewComplaint n;
    n.channel = m_channel->currentData().toString();
    n.complainant = m_complainant->text();
    n.contact = m_contact->text();
    n.subject = m_about->currentData().toString();
    if (m_agency->isEnabled())
        n.agencyId = m_agency->currentData().toString();
    if (m_staff->isEnabled())
        n.staffLogin = m_staff->text();
    n.caseNumber = m_case->text().trimmed();
    n.category = m_category->currentData().toString();
    n.summary = m_summary->toPlainText();
    const Actor actor = m_ctx.actor();
    const WorkCalendar* calendar = &m_ctx.calendar();
    setEnabled(false);
    m_ctx.writer()->post<Result<Complaint>>(
        this,
        [n, actor, calendar](Database& db) { return Complaints(db, *calendar).registerComplaint(n, actor); },
        [this](Result<Complaint> r) {
            setEnabled(true);
            if (!r) {
                m_error->setText(r.error().message.local);
                m_error->show();
                return;
            }
            m_registered = r.value();
            accept();
        });
}
