#include "pages/CaseListPage.h"

#include "AppContext.h"
#include "DocumentPrinting.h"
#include "HandoffDialog.h"
#include "KeyFlow.h"
#include "NoticeDialog.h"
#include "PaperPreview.h"
#include "ReceiptPreview.h"
#include "ReturnVisitDialog.h"
#include "VisitDialog.h"
#include "VisitSheetPreview.h"
#include "common/Clock.h"
#include "documents/NoticeDocument.h"
#include "documents/VisitSheet.h"
#include "domain/CaseClock.h"
#include "models/CaseListModel.h"
#include "models/ColumnFit.h"
#include "storage/CaseStore.h"
#include "storage/DatabaseWorker.h"
#include "storage/NoticeStore.h"
#include "storage/StationStore.h"
#include "storage/UserStore.h"
#include "storage/VisitDraftStore.h"
#include "storage/VisitStore.h"
#include "widgets/CaseActionBar.h"
#include "widgets/CaseDetailView.h"
#include "widgets/DateTimeFields.h"
#include "workflow/CaseMerge.h"
#include "workflow/StationSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

CaseListPage::CaseListPage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_model(new CaseListModel(ctx.reader(), &ctx.catalog(), this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("caseListPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"));
    for (CaseStatus s : CaseStatuses::all())
        m_status->addItem(CaseStatuses::label(s).local, CaseStatuses::key(s));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->addItem(tr("All categories"));
    for (const CatalogCategory& c : ctx.catalog().categories())
        m_category->addItem(QStringLiteral("%1 %2").arg(c.code, c.displayName()), c.code);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->addItem(tr("All channels"));
    for (Channel c : Channels::all())
        m_channel->addItem(Channels::label(c).local, Channels::key(c));
    // The clerk's "today" view: handed-off cases past or near their deadline (7.2.4).
    m_due = new QComboBox(this);
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_due->addItem(tr("Any deadline"));
    // Issue 20: the case's own clock first, then its handoff's deadline.
    m_due->addItem(tr("Past its time limit"), QStringLiteral("close_overdue"));
    m_due->addItem(
        tr("Time limit within %n working day(s)", nullptr, CaseClock::kDueSoonDays), QStringLiteral("close_soon"));
    m_due->addItem(tr("Clock paused"), QStringLiteral("paused"));
    m_due->addItem(tr("Urged"), QStringLiteral("urged"));
    m_due->addItem(tr("Still late %n working day(s) after urging", nullptr, CaseClock::kStillLateAfterUrgingDays),
        QStringLiteral("urged_late"));
    m_due->addItem(tr("Handoff overdue"), QStringLiteral("overdue"));
    m_due->addItem(
        tr("Handoff due within %n working day(s)", nullptr, CaseListModel::kDueSoonDays), QStringLiteral("soon"));
    m_useDates = new QCheckBox(tr("Received"), this);
    m_useDates->setObjectName(QStringLiteral("useDates"));
    const QDate today = Clock::chinaDate(Clock::nowUtc());
    m_from = new DateField(today.addDays(1 - today.day()), this);
    m_to = new DateField(today, this);
    for (QDateEdit* d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCount"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_status);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_channel);
    filters->addWidget(m_due);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CaseListModel::Client, 220);
    m_table->setColumnWidth(CaseListModel::Item, 200);
    ColumnFit::fit(m_table); // number, dates, channel and status: as wide as their longest text
    m_model->setCalendar(&ctx.calendar());
    m_detail = new CaseDetailView(ctx.catalog(), this);
    m_actions = new CaseActionBar(ctx.station().level, this);
    m_actions->setWorker(ctx.actor().role, ctx.isArchive());
    connect(&ctx, &AppContext::actorChanged, m_actions, [this](const Actor& a) {
        m_actions->setWorker(a.role, m_ctx.isArchive());
    });
    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_actions);
    detailLayout->addWidget(m_detail, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // An empty list says so, and what to try (issue 18).
    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("noResultsHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("color: #8a5a00; padding: 4px;"));
    m_emptyHint->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_emptyHint);
    layout->addWidget(splitter, 1);

    // The keyboard (issue 18): Ctrl+F to the search, ↓ into the results, Enter on a case to its
    // first allowed action; Ctrl+G / Ctrl+J / Ctrl+B are 告知, 交接 and 办结 (CaseActionBar).
    m_search->setPlaceholderText(
        tr("Search: case number or its last digits, client, credit code or words of the request (Ctrl+F)"));
    KeyFlow::searchKeys(this, m_search, m_table);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const auto c = m_model->caseAt(index.row()); !c)
            return;
        if (QWidget* first = m_actions->firstEnabled())
            first->setFocus(Qt::OtherFocusReason);
    });
    QWidget* order[]
        = { m_search, m_status, m_category, m_channel, m_due, m_useDates, m_from, m_to, m_table, m_actions };
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_delay, &QTimer::timeout, this, &CaseListPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CaseListPage::applyFilter);
    for (QComboBox* box : { m_status, m_category, m_channel, m_due })
        connect(box, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    for (QDateEdit* d : { m_from, m_to })
        connect(d, &QDateEdit::dateChanged, this, &CaseListPage::applyFilter);
    connect(m_model, &CaseListModel::totalCountChanged, this, &CaseListPage::updateCount);
    connect(m_model, &CaseListModel::loadFailed, this, [this](const UiText& why) {
        m_count->setText(tr("The list could not be read: %1").arg(why.local));
    });
    // A case that leaves the list (closed under the 已登记 filter, say) takes its row with it: the
    // selection moves to the case that took its place, or the one before it at the end.
    connect(m_model, &CaseListModel::aboutToReshape, this, [this]() {
        const int row = m_table->currentIndex().row();
        m_follow = { row, row >= 0 ? m_model->keyAt(row) : 0, m_table->verticalScrollBar()->value() };
    });
    connect(m_model, &CaseListModel::reshaped, this, &CaseListPage::followSelection);
    // The chosen row was not loaded yet when it was chosen: show it when it arrives.
    connect(m_model, &CaseListModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int row = m_table->currentIndex().row();
        if (row < from.row() || row > to.row())
            return;
        if (const auto c = m_model->caseAt(row); c && c->number != m_current.number)
            showDetail(c->number);
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            currentRowChanged(current.row());
        });
    connect(m_model, &CaseListModel::firstChunkLoaded, this, [this]() {
        if (!m_pendingNumber.isEmpty() && m_model->rowCount() > 0) {
            const auto first = m_model->caseAt(0);
            if (first && first->number == m_pendingNumber)
                m_table->selectRow(0);
            m_pendingNumber.clear();
        }
    });
    connect(&ctx, &AppContext::caseRegistered, this, [this]() { m_model->reload(); });
    connect(m_actions, &CaseActionBar::requested, this, &CaseListPage::open);
    connect(m_actions, &CaseActionBar::stepRequested, this, &CaseListPage::act);
    connect(m_detail, &CaseDetailView::printVisitRequested, this, &CaseListPage::printVisit);
    connect(m_detail, &CaseDetailView::correctVisitRequested, this, &CaseListPage::correctVisit);
    connect(m_detail, &CaseDetailView::caseRequested, this, &CaseListPage::showCase);
    applyFilter();
}

void CaseListPage::applyFilter()
{
    CaseFilter f;
    f.text = m_search->text().trimmed();
    if (m_status->currentIndex() > 0)
        f.status = CaseStatuses::fromKey(m_status->currentData().toString());
    if (m_category->currentIndex() > 0)
        f.catalogCode = m_category->currentData().toString();
    if (m_channel->currentIndex() > 0)
        f.channel = Channels::fromKey(m_channel->currentData().toString());
    if (m_due->currentIndex() > 0) {
        const QDate today = Clock::chinaDate(Clock::nowUtc());
        const QString view = m_due->currentData().toString();
        if (view == QLatin1String("overdue"))
            f.dueBy = today.addDays(-1);
        else if (view == QLatin1String("soon"))
            f.dueBy = m_ctx.calendar().addWorkingDays(today, CaseListModel::kDueSoonDays);
        else if (view == QLatin1String("close_overdue"))
            f.closeDueBy = today.addDays(-1);
        else if (view == QLatin1String("close_soon"))
            f.closeDueBy = m_ctx.calendar().addWorkingDays(today, CaseClock::kDueSoonDays);
        else if (view == QLatin1String("paused"))
            f.pausedOnly = true;
        else if (view == QLatin1String("urged"))
            f.urgedBy = Clock::nowUtc();
        else if (view == QLatin1String("urged_late")) {
            // Urged on or before the working day five before today, and past its limit still.
            const QDate cutoff = m_ctx.calendar().workingDaysBefore(today, CaseClock::kStillLateAfterUrgingDays);
            f.urgedBy = QDateTime(cutoff.addDays(1), QTime(0, 0), Clock::chinaZone()).toUTC().addMSecs(-1);
            f.closeDueBy = today.addDays(-1);
        }
    }
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    if (f == m_model->filter() && m_model->rowCount() > 0)
        return;
    m_detail->showNothing();
    m_actions->showNothing();
    m_model->setFilter(f);
}

void CaseListPage::updateCount(qint64 total)
{
    m_count->setText(total < 0 ? tr("Counting…") : tr("%1 cases").arg(QLocale().toString(total)));
    if (total != 0) {
        m_emptyHint->hide();
        return;
    }
    const CaseFilter& f = m_model->filter();
    const bool filtered = f.status || !f.catalogCode.isEmpty() || f.channel || f.dueBy.isValid() || f.from.isValid();
    QStringList hint;
    if (!f.text.isEmpty()) {
        hint << tr("No results: no case matches \"%1\".").arg(f.text);
        hint << tr("Try the last digits of the number (1125-0011 or 0011), two characters of the client's name, the "
                   "start of the credit code, or one word of the request.");
    } else if (filtered) {
        hint << tr("No results: no case matches these filters.");
    } else {
        hint << tr("No cases yet: the cases registered on the Register page (Ctrl+1) are listed here.");
    }
    if (filtered)
        hint << tr("Status, category, channel, deadline or dates narrow the list too: set them back to \"All\" to "
                   "search every case.");
    m_emptyHint->setText(hint.join(QLatin1Char(' ')));
    m_emptyHint->show();
}

void CaseListPage::currentRowChanged(int row)
{
    const auto c = m_model->caseAt(row);
    if (!c) {
        m_current = {};
        m_detail->showNothing();
        m_actions->showNothing();
        return;
    }
    showDetail(c->number);
}

void CaseListPage::followSelection()
{
    const Follow was = std::exchange(m_follow, {});
    if (was.row < 0)
        return;
    int row = was.key ? m_model->rowOfKey(was.key) : -1;
    if (row < 0)
        row = std::min(was.row, m_model->rowCount() - 1);
    m_table->verticalScrollBar()->setValue(was.scroll);
    if (row < 0) {
        currentRowChanged(-1);
        return;
    }
    m_table->selectRow(row);
}

void CaseListPage::showDetail(const QString& number)
{
    struct Detail
    {
        Result<CaseRecord> kase = Error::notFound({}); // replaced by what the database says
        QList<Visit> visits;
        QList<CaseDetailView::MergedCase> merged;
        QHash<QString, QString> staff; // login -> name, for the timeline
    };
    m_ctx.writer()->post<Detail>(
        this,
        [number](Database& db) {
            Detail d;
            d.kase = CaseStore::byNumber(db, number, true);
            if (auto names = UserStore::names(db))
                d.staff = names.value();
            if (d.kase)
                if (auto visits = VisitStore::forCase(db, d.kase->seq))
                    d.visits = visits.value();
            // The requests merged into it are read with it (issue 21).
            if (auto numbers = d.kase ? CaseMerge::mergedCases(db, d.kase->seq) : Result<QStringList>(QStringList()))
                for (const QString& n : *numbers)
                    if (auto other = CaseStore::byNumber(db, n, true)) {
                        auto visits = VisitStore::forCase(db, other->seq);
                        d.merged.append({ *other, visits ? *visits : QList<Visit>() });
                    }
            return d;
        },
        [this, number](Detail d) {
            if (!d.kase) {
                if (d.kase.error().code != ErrorCode::NotFound)
                    m_count->setText(tr("The case %1 could not be read: %2").arg(number, d.kase.error().message.local));
                return;
            }
            if (const auto chosen = m_model->caseAt(m_table->currentIndex().row()); chosen && chosen->number != number)
                return; // the selection moved on meanwhile
            m_current = d.kase.value();
            m_detail->setStaffNames(d.staff);
            m_detail->showCase(d.kase.value(), d.visits, d.merged);
            m_actions->showCase(d.kase.value());
        });
}

void CaseListPage::printVisit(const QString& visitId)
{
    VisitSheetPreview::openById(m_ctx, m_current, visitId, this);
}

void CaseListPage::correctVisit(const QString& visitId)
{
    const CaseRecord c = m_current;
    m_ctx.reader()->post<std::optional<Visit>>(
        this,
        [visitId](Database& db) {
            auto visit = VisitStore::byId(db, visitId);
            return visit ? visit.value() : std::optional<Visit>();
        },
        [this, c](std::optional<Visit> visit) {
            if (!visit)
                return;
            auto* dialog = new VisitDialog(m_ctx, c, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->correct(*visit);
            connect(dialog, &QDialog::accepted, this, [this, c]() { showDetail(c.number); });
            dialog->open();
        });
}

void CaseListPage::open(const QString& number, CaseActionBar::Action action)
{
    if (number != m_current.number)
        return; // the selection moved on meanwhile
    switch (action) {
    case CaseActionBar::Action::Notice:
        return openNoticeDialog(m_current);
    case CaseActionBar::Action::Handoff:
        return openHandoffDialog(m_current);
    case CaseActionBar::Action::Visit:
        return openVisitDialog(m_current);
    case CaseActionBar::Action::ReturnVisit:
        return openReturnVisitDialog(m_current.number);
    case CaseActionBar::Action::Receipt:
        return ReceiptPreview::open(m_ctx, m_current.number, this);
    case CaseActionBar::Action::PauseNotice:
        return PaperPreview::clockNotice(m_ctx, m_current.number, QStringLiteral("pause"), this);
    case CaseActionBar::Action::UrgeNotice:
        return PaperPreview::clockNotice(m_ctx, m_current.number, QStringLiteral("urged"), this);
    case CaseActionBar::Action::ExtensionNotice:
        return PaperPreview::clockNotice(m_ctx, m_current.number, QStringLiteral("extension_approved"), this);
    }
}

void CaseListPage::act(const CaseStep& step)
{
    if (step.caseNumber != m_current.number)
        return; // the selection moved on meanwhile
    const Actor actor = m_ctx.actor();
    m_ctx.writer()->post<Result<CaseRecord>>(
        this,
        [step, actor](Database& db) { return CaseSteps::run(db, step, actor); },
        [this, step](Result<CaseRecord> r) {
            if (!r) {
                QMessageBox::warning(this, tr("Not done"), r.error().message.local);
                return;
            }
            showChanged(r.value());
            if (step.kind == CaseStep::Kind::ProposeKnowledge)
                QMessageBox::information(this,
                    tr("Proposed as knowledge"),
                    tr("The question and answer of %1 wait for a supervisor's review (管理 → 知识库).")
                        .arg(step.caseNumber));
            // Told in writing: the paper that tells it, to print and hand over (art. 42).
            if (step.kind == CaseStep::Kind::ApproveExtension && step.how == QLatin1String("paper"))
                PaperPreview::clockNotice(m_ctx, step.caseNumber, QStringLiteral("extension_approved"), this);
        });
}

void CaseListPage::showChanged(const CaseRecord& c)
{
    m_current = c;
    m_detail->showCase(c);
    m_actions->showCase(c);
    m_model->refreshLoaded();
    emit m_ctx.caseChanged(c);
}

void CaseListPage::openNoticeDialog(const CaseRecord& c)
{
    const qint64 caseSeq = c.seq;
    m_ctx.reader()->post<int>(
        this,
        [caseSeq](Database& db) {
            auto notices = NoticeStore::forCase(db, caseSeq);
            return notices ? int(notices->size()) : 0;
        },
        [this, c](int earlier) {
            auto* dialog = new NoticeDialog(m_ctx, c, earlier, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog, c]() {
                const Notice notice = dialog->issued();
                showDetail(c.number);
                m_model->refreshLoaded();
                emit m_ctx.caseChanged(c);
                // 7.5.2: the station's supervision contacts end the notice; read on the reader thread.
                m_ctx.reader()->post<SupervisionContacts>(
                    this,
                    [](Database& db) {
                        auto settings = StationSettings::load(db);
                        return settings ? settings->supervision : SupervisionContacts {};
                    },
                    [this, notice, c](SupervisionContacts supervision) {
                        const CatalogItem* item = m_ctx.catalog().item(c.itemCode);
                        DocumentPrinting::preview(
                            { QStringLiteral("一次性告知书 %1").arg(notice.number),
                                QStringLiteral("一次性告知书-%1.pdf").arg(notice.number),
                                NoticeDocument::html(
                                    notice, c, m_ctx.station(), item ? item->nameZh : QString(), supervision),
                                {} },
                            this);
                    });
            });
            dialog->open();
        });
}

void CaseListPage::openHandoffDialog(const CaseRecord& c)
{
    auto* dialog = new HandoffDialog(m_ctx, c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { showChanged(dialog->result()); });
    dialog->open();
}

void CaseListPage::openReturnVisitDialog(const QString& number)
{
    auto* dialog = new ReturnVisitDialog(m_ctx, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, number]() {
        showDetail(number); // the timeline shows the visit and the ratings
    });
    dialog->open();
}

void CaseListPage::openVisitDialog(const CaseRecord& c, const QString& draftId, const QJsonObject& draft)
{
    auto* dialog = new VisitDialog(m_ctx, c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!draftId.isEmpty())
        dialog->restore(draftId, draft);
    connect(dialog, &QDialog::accepted, this, [this, dialog, c]() {
        showDetail(c.number);
        m_model->refreshLoaded();
        emit m_ctx.caseChanged(c);
        VisitSheetPreview::open(m_ctx, c, dialog->recorded(), this);
    });
    dialog->open();
}

void CaseListPage::offerDraftRecovery()
{
    m_ctx.reader()->post<QList<VisitDraft>>(
        this,
        [](Database& db) {
            auto drafts = VisitDraftStore::all(db);
            return drafts ? drafts.value() : QList<VisitDraft>();
        },
        [this](QList<VisitDraft> drafts) {
            if (drafts.isEmpty())
                return;
            const VisitDraft latest = drafts.first();
            auto* ask = new QMessageBox(QMessageBox::Question,
                tr("Unfinished visit record"),
                tr("A visit record for %1 was being written when QSDesk closed (last saved %2). Continue it?")
                    .arg(latest.caseNumber, Clock::displayDateTime(latest.updatedAt)),
                QMessageBox::Yes | QMessageBox::No,
                this);
            ask->setObjectName(QStringLiteral("draftRecovery"));
            ask->setAttribute(Qt::WA_DeleteOnClose);
            connect(ask, &QMessageBox::buttonClicked, this, [this, ask, latest](QAbstractButton* button) {
                if (ask->standardButton(button) != QMessageBox::Yes)
                    return; // kept: offered again at the next start
                const QString number = latest.caseNumber;
                m_ctx.writer()->post<Result<CaseRecord>>(
                    this,
                    [number](Database& db) { return CaseStore::byNumber(db, number, false); },
                    [this, latest](Result<CaseRecord> c) {
                        if (c)
                            openVisitDialog(c.value(), latest.id, latest.content);
                    });
            });
            ask->open();
        });
}

void CaseListPage::showCase(const QString& number)
{
    m_pendingNumber = number;
    m_search->setText(number);
    applyFilter();
}
