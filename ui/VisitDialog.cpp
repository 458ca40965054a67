#include "VisitDialog.h"

#include "AppContext.h"
#include "Clauses.h"
#include "KeyFlow.h"
#include "ScreenFit.h"
#include "common/Clock.h"
#include "storage/DatabaseWorker.h"
#include "storage/Sql.h"
#include "storage/VisitDraftStore.h"
#include "widgets/DateTimeFields.h"
#include "widgets/SignaturePad.h"
#include "workflow/VisitRecording.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QPlainTextEdit* textBox(QWidget* parent, const char* name, int height)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(QLatin1String(name));
    box->setTabChangesFocus(true);
    box->setMaximumHeight(height);
    return box;
}
} // namespace

VisitDialog::VisitDialog(AppContext& ctx, const CaseRecord& kase, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_case(kase)
    , m_draftId(Sql::newId())
    , m_draftTimer(new QTimer(this))
    , m_when(new DateTimeField(this))
    , m_place(new QLineEdit(this))
    , m_staff(new QLineEdit(ctx.actor().displayName(), this))
    , m_clientPeople(new QLineEdit(this))
    , m_summary(textBox(this, "visitSummary", 70))
    , m_answers(textBox(this, "visitAnswers", 70))
    , m_materials(textBox(this, "visitMaterials", 50))
    , m_followUps(textBox(this, "visitFollowUps", 50))
    , m_photos(new QStringListModel(this))
    , m_photoList(new QListView(this))
    , m_pad(new SignaturePad(this))
    , m_signer(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("On-site visit for %1 · %2").arg(kase.number, kase.clientName));
    ScreenFit::resize(this, { 860, 820 });
    // China time, as everywhere in the program, whatever the laptop's own zone.
    const QDateTime china = Clock::nowUtc().toTimeZone(Clock::chinaZone());
    m_when->setDateTime(QDateTime(china.date(), china.time()));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    m_place->setObjectName(QStringLiteral("visitPlace"));
    m_place->setPlaceholderText(QStringLiteral("企业现场"));
    m_clientPeople->setObjectName(QStringLiteral("visitClientPeople"));
    m_followUps->setPlaceholderText(tr("One promise per line; each becomes a follow-up item on the case"));
    m_summary->setPlainText(kase.summary); // the request as registered, to be put as it was asked on site
    m_clientPeople->setText(kase.visitorName); // who came for the client usually meets the staff and signs
    m_signer->setText(kase.visitorName);
    m_photoList->setObjectName(QStringLiteral("visitPhotos"));
    m_photoList->setModel(m_photos);
    m_photoList->setMaximumHeight(70);
    m_signer->setObjectName(QStringLiteral("visitSigner"));
    m_signer->setPlaceholderText(tr("The signer's name in print"));
    m_error->setObjectName(QStringLiteral("visitError"));
    m_error->setStyleSheet(QStringLiteral("color:#b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* addPhoto = new QPushButton(tr("Add photos…"), this);
    addPhoto->setObjectName(QStringLiteral("visitAddPhotos"));
    auto* photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photoList, 1);
    photoRow->addWidget(addPhoto, 0, Qt::AlignTop);
    auto* undo = new QPushButton(tr("Undo"), this);
    auto* redo = new QPushButton(tr("Redo"), this);
    auto* clear = new QPushButton(tr("Clear"), this);
    auto* padButtons = new QHBoxLayout;
    padButtons->addWidget(new QLabel(tr("Printed name"), this));
    padButtons->addWidget(m_signer, 1);
    padButtons->addWidget(undo);
    padButtons->addWidget(redo);
    padButtons->addWidget(clear);

    auto* form = new QFormLayout;
    form->addRow(tr("When"), m_when);
    form->addRow(tr("Where"), m_place);
    form->addRow(tr("Staff present"), m_staff);
    form->addRow(tr("Client's people present"), m_clientPeople);
    form->addRow(tr("What was asked"), m_summary);
    form->addRow(tr("Answered on the spot"), m_answers);
    form->addRow(tr("Materials collected"), m_materials);
    form->addRow(tr("Follow-ups promised"), m_followUps);
    form->addRow(tr("Photos"), photoRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* saveButton = buttons->addButton(tr("Save the signed record"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("visitSave"));
    // The fields scroll on a small screen; the pad, the signer's name and the buttons stay in view.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ScreenFit::scrolling(form, this), 3);
    auto* signHere = new QLabel(tr("The client confirms the record by signing:"), this);
    signHere->setToolTip(clauseTip("7.3.4"));
    layout->addWidget(signHere);
    layout->addWidget(m_pad, 1);
    layout->addLayout(padButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // The counter's flow through the sheet, top to bottom; Enter moves on, only 保存 (or
    // Ctrl+Enter) saves the signed record.
    m_when->setObjectName(QStringLiteral("visitWhen"));
    m_staff->setObjectName(QStringLiteral("visitStaff"));
    QWidget* order[] = { m_when,
        m_place,
        m_staff,
        m_clientPeople,
        m_summary,
        m_answers,
        m_materials,
        m_followUps,
        addPhoto,
        m_photoList,
        m_pad,
        m_signer,
        undo,
        redo,
        clear,
        saveButton,
        buttons->button(QDialogButtonBox::Cancel) };
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    KeyFlow::enterMovesOn(this, saveButton);
    m_when->setFocus();

    connect(addPhoto, &QPushButton::clicked, this, &VisitDialog::addPhotos);
    connect(undo, &QPushButton::clicked, m_pad, &SignaturePad::undo);
    connect(redo, &QPushButton::clicked, m_pad, &SignaturePad::redo);
    connect(clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(saveButton, &QPushButton::clicked, this, &VisitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &VisitDialog::reject);
    for (QLineEdit* e : { m_place, m_staff, m_clientPeople, m_signer })
        connect(e, &QLineEdit::textChanged, this, &VisitDialog::markChanged);
    for (QPlainTextEdit* e : { m_summary, m_answers, m_materials, m_followUps })
        connect(e, &QPlainTextEdit::textChanged, this, &VisitDialog::markChanged);
    connect(m_pad, &SignaturePad::changed, this, &VisitDialog::markChanged);
    connect(m_pad, &SignaturePad::changed, m_error, &QWidget::hide);
    connect(m_photos, &QAbstractItemModel::rowsInserted, this, &VisitDialog::markChanged);
    m_draftTimer->setInterval(kDraftIntervalMs);
    connect(m_draftTimer, &QTimer::timeout, this, &VisitDialog::saveDraftNow);
    m_draftTimer->start();
}

void VisitDialog::markChanged()
{
    m_dirty = true;
    m_touched = true;
}

void VisitDialog::reject()
{
    // Esc, Cancel or the window's close: a record someone typed is never thrown away unasked.
    if (!m_touched) {
        QDialog::reject();
        return;
    }
    auto* ask = new QMessageBox(QMessageBox::Question,
        tr("Leave the visit record?"),
        tr("This visit record is not saved. Keep it as a draft to finish later (it is offered again at the next "
           "start), or discard what was typed?"),
        QMessageBox::NoButton,
        this);
    ask->setObjectName(QStringLiteral("leaveVisit"));
    auto* keep = ask->addButton(tr("Keep as draft"), QMessageBox::AcceptRole);
    auto* discard = ask->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    ask->addButton(tr("Go on typing"), QMessageBox::RejectRole);
    ask->setDefaultButton(keep);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::buttonClicked, this, [this, keep, discard](QAbstractButton* chosen) {
        if (chosen != keep && chosen != discard)
            return; // go on typing
        m_draftTimer->stop();
        if (chosen == keep) {
            m_dirty = true;
            saveDraftNow();
        } else {
            const QString id = m_draftId;
            m_ctx.writer()->post<Status>(
                this, [id](Database& db) { return VisitDraftStore::discard(db, id); }, [](Status) {});
        }
        m_touched = false;
        QDialog::reject();
    });
    ask->open(); // window-modal, so the form stays as it is behind it
}

QDateTime VisitDialog::visitedAt() const
{
    return QDateTime(m_when->date(), m_when->time(), Clock::chinaZone()).toUTC();
}

QJsonObject VisitDialog::content() const
{
    return { { QStringLiteral("case"), m_case.number },
        { QStringLiteral("when"), Clock::toStorage(visitedAt()) },
        { QStringLiteral("place"), m_place->text() },
        { QStringLiteral("staff"), m_staff->text() },
        { QStringLiteral("client_people"), m_clientPeople->text() },
        { QStringLiteral("summary"), m_summary->toPlainText() },
        { QStringLiteral("answers"), m_answers->toPlainText() },
        { QStringLiteral("materials"), m_materials->toPlainText() },
        { QStringLiteral("follow_ups"), m_followUps->toPlainText() },
        { QStringLiteral("photos"), QJsonArray::fromStringList(m_photos->stringList()) },
        { QStringLiteral("signer"), m_signer->text() },
        { QStringLiteral("strokes"), QString::fromUtf8(m_pad->strokesJson()) } };
}

void VisitDialog::restore(const QString& draftId, const QJsonObject& c)
{
    m_draftId = draftId;
    const QDateTime when = Clock::fromStorage(c.value(QStringLiteral("when")).toString());
    if (when.isValid()) {
        const QDateTime china = when.toTimeZone(Clock::chinaZone());
        m_when->setDateTime(QDateTime(china.date(), china.time()));
    }
    m_place->setText(c.value(QStringLiteral("place")).toString());
    m_staff->setText(c.value(QStringLiteral("staff")).toString());
    m_clientPeople->setText(c.value(QStringLiteral("client_people")).toString());
    m_summary->setPlainText(c.value(QStringLiteral("summary")).toString());
    m_answers->setPlainText(c.value(QStringLiteral("answers")).toString());
    m_materials->setPlainText(c.value(QStringLiteral("materials")).toString());
    m_followUps->setPlainText(c.value(QStringLiteral("follow_ups")).toString());
    QStringList photos;
    for (const QJsonValue& p : c.value(QStringLiteral("photos")).toArray())
        photos << p.toString();
    m_photos->setStringList(photos);
    m_signer->setText(c.value(QStringLiteral("signer")).toString());
    m_pad->setStrokesJson(c.value(QStringLiteral("strokes")).toString().toUtf8());
    m_dirty = false;
    m_touched = true; // someone's typing, brought back
}

void VisitDialog::correct(const Visit& earlier)
{
    m_supersedes = earlier.id;
    setWindowTitle(tr("Correcting the visit record of %1").arg(Clock::displayDateTime(earlier.visitedAt)));
    const QDateTime china = earlier.visitedAt.toTimeZone(Clock::chinaZone());
    m_when->setDateTime(QDateTime(china.date(), china.time()));
    m_place->setText(earlier.place);
    m_staff->setText(earlier.staff);
    m_clientPeople->setText(earlier.clientPeople);
    m_summary->setPlainText(earlier.summary);
    m_answers->setPlainText(earlier.answers);
    m_materials->setPlainText(earlier.materials);
    m_followUps->setPlainText(earlier.followUps.join(QLatin1Char('\n')));
    m_signer->setText(earlier.signerName);
    m_dirty = false;
}

void VisitDialog::saveDraftNow()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    const VisitDraft draft { m_draftId, m_case.number, content(), Clock::nowUtc() };
    m_ctx.writer()->post<Status>(
        this,
        [draft](Database& db) { return VisitDraftStore::save(db, draft); },
        [this](Status s) {
            if (!s)
                m_dirty = true; // try again at the next tick
        });
}

void VisitDialog::addPhotos()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Photos of the visit"), {}, tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"));
    if (files.isEmpty())
        return;
    QStringList all = m_photos->stringList();
    for (const QString& f : files)
        if (!all.contains(f))
            all << f;
    m_photos->setStringList(all);
    markChanged();
}

void VisitDialog::save()
{
    NewVisit v;
    v.caseNumber = m_case.number;
    v.visitedAt = visitedAt();
    v.place = m_place->text();
    v.staff = m_staff->text();
    v.clientPeople = m_clientPeople->text();
    v.summary = m_summary->toPlainText();
    v.answers = m_answers->toPlainText();
    v.materials = m_materials->toPlainText();
    v.followUps = m_followUps->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    v.photoFiles = m_photos->stringList();
    v.signerName = m_signer->text();
    v.signaturePng = m_pad->toPng();
    v.signatureStrokes = QString::fromUtf8(m_pad->strokesJson());
    v.supersedes = m_supersedes;
    if (v.signaturePng.isEmpty()) {
        m_error->setText(tr("The client has not signed yet: the record is complete only with the signature."));
        m_error->show();
        m_pad->setFocus(Qt::OtherFocusReason);
        return;
    }
    const Actor actor = m_ctx.actor();
    const QString draftId = m_draftId;
    setEnabled(false);
    m_draftTimer->stop();
    m_ctx.writer()->post<Result<Visit>>(
        this,
        [v, actor, draftId](Database& db) {
            auto recorded = VisitRecording(db).record(v, actor);
            if (recorded)
                VisitDraftStore::discard(db, draftId);
            return recorded;
        },
        [this](Result<Visit> r) {
            setEnabled(true);
            if (!r) {
                m_draftTimer->start();
                m_error->setText(r.error().message.local);
                m_error->show();
                if (r.error().field == QLatin1String("summary"))
                    m_summary->setFocus();
                else if (r.error().field == QLatin1String("signer"))
                    m_signer->setFocus();
                return;
            }
            m_recorded = r.value();
            accept();
        });
}
