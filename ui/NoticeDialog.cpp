#include "NoticeDialog.h"

#include "AppContext.h"
#include "DocumentPrinting.h"
#include "KeyFlow.h"
#include "ScreenFit.h"
#include "common/Clock.h"
#include "documents/NoticeDocument.h"
#include "storage/DatabaseWorker.h"
#include "widgets/DateTimeFields.h"
#include "workflow/OneTimeNotice.h"
#include "workflow/StationSettings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

NoticeDialog::NoticeDialog(AppContext& ctx, const CaseRecord& kase, int earlierNotices, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_case(kase)
    , m_items(new QStandardItemModel(this))
    , m_newItem(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_next(new QPlainTextEdit(this))
    , m_contact(new QLineEdit(this))
    , m_deadline(new DateField(this))
    , m_repeat(new QLineEdit(this))
    , m_delivered(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("One-time notice for %1").arg(kase.number));
    ScreenFit::resize(this, { 720, 640 });
    if (const CatalogItem* item = ctx.catalog().item(kase.itemCode))
        for (const Material& m : item->materials) {
            auto* row = new QStandardItem(m.zh);
            row->setCheckable(true);
            row->setCheckState(Qt::Checked);
            row->setEditable(false);
            m_items->appendRow(row);
        }
    auto* list = new QListView(this);
    list->setObjectName(QStringLiteral("noticeItems"));
    list->setModel(m_items);
    m_newItem->setObjectName(QStringLiteral("noticeNewItem"));
    m_newItem->setPlaceholderText(tr("Something else the applicant must bring or do"));
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("noticeAddItem"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newItem, 1);
    addRow->addWidget(add);
    m_reason->setObjectName(QStringLiteral("noticeReason"));
    m_reason->setPlaceholderText(OneTimeNotice::usualReason());
    m_reason->setMaximumHeight(60);
    m_next->setObjectName(QStringLiteral("noticeNext"));
    m_next->setPlaceholderText(OneTimeNotice::usualNextStep());
    m_next->setMaximumHeight(60);
    m_contact->setObjectName(QStringLiteral("noticeContact"));
    m_contact->setPlaceholderText(OneTimeNotice::usualContact(ctx.station().name, ctx.actor().displayName()));
    m_deadline->setObjectName(QStringLiteral("noticeDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    m_deadline->setMinimumDate(today);
    m_deadline->setDate(ctx.calendar().addWorkingDays(today, OneTimeNotice::kUsualDeadlineDays));
    m_repeat->setObjectName(QStringLiteral("noticeRepeatReason"));
    m_delivered->setObjectName(QStringLiteral("noticeDelivered"));
    m_delivered->addItem(tr("Not yet delivered"));
    m_delivered->addItem(tr("Handed over on paper"), QStringLiteral("paper"));
    m_delivered->addItem(tr("Sent by SMS"), QStringLiteral("sms"));
    m_delivered->addItem(tr("Told by phone"), QStringLiteral("phone"));
    m_delivered->setCurrentIndex(1); // at the counter the notice is usually handed over
    m_error->setObjectName(QStringLiteral("noticeError"));
    m_error->setStyleSheet(QStringLiteral("color:#b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Items (untick what the applicant already has)"), list);
    form->addRow(QString(), addRow);
    form->addRow(tr("Why it cannot be done now"), m_reason);
    form->addRow(tr("Next step"), m_next);
    form->addRow(tr("Where and whom to contact"), m_contact);
    form->addRow(tr("Deadline"), m_deadline);
    form->addRow(tr("Delivered"), m_delivered);
    if (earlierNotices > 0) {
        // 7.2.3: everything should be told at once; a second notice says why.
        m_repeat->setPlaceholderText(tr("Required: %n notice(s) already given for this case", nullptr, earlierNotices));
        form->addRow(tr("Reason for a second notice"), m_repeat);
    } else {
        m_repeat->hide();
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* issueButton = buttons->addButton(tr("Issue the notice"), QDialogButtonBox::AcceptRole);
    issueButton->setObjectName(QStringLiteral("noticeIssue"));
    // What will be printed, before a number is taken (issue 18): nothing is stored by looking.
    auto* previewButton = buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("noticePreview"));
    previewButton->setToolTip(tr("The notice as it will be printed; it takes its number only when issued"));
    connect(previewButton, &QPushButton::clicked, this, &NoticeDialog::preview);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(issueButton, &QPushButton::clicked, this, &NoticeDialog::issue);
    connect(add, &QPushButton::clicked, this, &NoticeDialog::addItem);
    connect(m_newItem, &QLineEdit::returnPressed, this, &NoticeDialog::addItem);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ScreenFit::scrolling(form, this), 1); // the buttons stay below, in view
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Enter in 其他事项 adds the item and stays there for the next one; elsewhere it moves on. The
    // notice takes a number when issued, so only its button or Ctrl+Enter issues it.
    m_reason->setTabChangesFocus(true);
    m_next->setTabChangesFocus(true);
    KeyFlow::enterStays(m_newItem);
    KeyFlow::enterMovesOn(this, issueButton);
    setTabOrder(list, m_newItem);
    setTabOrder(m_newItem, add);
    setTabOrder(add, m_reason);
    setTabOrder(m_reason, m_next);
    setTabOrder(m_next, m_contact);
    setTabOrder(m_contact, m_deadline);
    setTabOrder(m_deadline, m_delivered);
    setTabOrder(m_delivered, m_repeat);
    setTabOrder(m_repeat, issueButton);
    setTabOrder(issueButton, buttons->button(QDialogButtonBox::Cancel));
    m_newItem->setFocus();
}

void NoticeDialog::addItem()
{
    const QString text = m_newItem->text().trimmed();
    if (text.isEmpty())
        return;
    auto* row = new QStandardItem(text);
    row->setCheckable(true);
    row->setCheckState(Qt::Checked);
    m_items->appendRow(row);
    m_newItem->clear();
}

NewNotice NoticeDialog::input() const
{
    NewNotice n;
    n.caseNumber = m_case.number;
    n.withCatalogMaterials = false; // the ticked rows are the items, in their order
    for (int r = 0; r < m_items->rowCount(); ++r)
        if (m_items->item(r)->checkState() == Qt::Checked)
            n.extraItems << m_items->item(r)->text();
    n.reason = m_reason->toPlainText();
    n.nextStep = m_next->toPlainText();
    n.contact = m_contact->text();
    n.deadline = m_deadline->date();
    n.repeatReason = m_repeat->text();
    return n;
}

void NoticeDialog::preview()
{
    const NewNotice in = input();
    Notice draft;
    draft.number = tr("(numbered when issued)");
    draft.caseNumber = m_case.number;
    draft.issuedAt = Clock::nowUtc();
    draft.issuedBy = m_ctx.actor().login;
    draft.issuedByName = m_ctx.actor().displayName();
    draft.items = in.extraItems;
    draft.reason = in.reason.trimmed().isEmpty() ? OneTimeNotice::usualReason() : in.reason.trimmed();
    draft.nextStep = in.nextStep.trimmed().isEmpty() ? OneTimeNotice::usualNextStep() : in.nextStep.trimmed();
    draft.contact = in.contact.trimmed().isEmpty()
        ? OneTimeNotice::usualContact(m_ctx.station().name, m_ctx.actor().displayName())
        : in.contact.trimmed();
    draft.deadline = in.deadline;
    draft.repeatReason = in.repeatReason.trimmed();
    m_ctx.reader()->post<SupervisionContacts>(
        this,
        [](Database& db) {
            auto settings = StationSettings::load(db);
            return settings ? settings->supervision : SupervisionContacts {};
        },
        [this, draft](SupervisionContacts supervision) {
            const CatalogItem* item = m_ctx.catalog().item(m_case.itemCode);
            DocumentPrinting::preview(
                { tr("Draft of the one-time notice for %1").arg(m_case.number),
                    QStringLiteral("一次性告知书-草稿.pdf"),
                    NoticeDocument::html(draft, m_case, m_ctx.station(), item ? item->nameZh : QString(), supervision),
                    {} },
                this);
        });
}

void NoticeDialog::issue()
{
    const NewNotice n = input();
    const QString how = m_delivered->currentData().toString();
    const Actor actor = m_ctx.actor();
    const Catalog* catalog = &m_ctx.catalog();
    const WorkCalendar* calendar = &m_ctx.calendar();
    setEnabled(false);
    m_ctx.writer()->post<Result<Notice>>(
        this,
        [n, how, actor, catalog, calendar](Database& db) {
            OneTimeNotice notices(db, *catalog, *calendar);
            auto issued = notices.issue(n, actor);
            if (!issued || how.isEmpty())
                return issued;
            // Issued and handed over at the same moment: its delivery follows in its own transaction.
            auto delivered = notices.recordDelivery(issued->number, how, actor);
            return delivered ? delivered : issued;
        },
        [this](Result<Notice> r) {
            setEnabled(true);
            if (!r) {
                m_error->setText(r.error().message.local);
                m_error->show();
                QWidget* at = r.error().field == QLatin1String("repeat_reason") ? static_cast<QWidget*>(m_repeat)
                    : r.error().field == QLatin1String("notice_item")           ? static_cast<QWidget*>(m_newItem)
                                                                                : nullptr;
                if (at)
                    at->setFocus();
                return;
            }
            m_issued = r.value();
            accept();
        });
}
