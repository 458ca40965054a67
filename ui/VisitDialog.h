#pragma once

#include "domain/Records.h"
#include "domain/Visit.h"

#include <QDialog>
#include <QJsonObject>

class AppContext;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QStringListModel;
class QTimer;
class SignaturePad;

// 7.3.3/7.3.4: the on-site visit record, typed on a laptop at the enterprise with no network: who,
// when, where, what was asked and answered, materials, follow-ups promised, photos, and the client's
// signature with their printed name. The form is saved as a draft every few seconds while it changes,
// so a killed program loses at most those seconds; saving records it (signed, so locked) in core.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kDraftIntervalMs = 3000;
    VisitDialog(AppContext& ctx, const CaseRecord& kase, QWidget* parent = nullptr);
    // Continues a draft left by an earlier session.
    void restore(const QString& draftId, const QJsonObject& content);
    // A new record correcting a signed one: its fields to start from, a new signature to give.
    void correct(const Visit& earlier);
    const Visit& recorded() const { return m_recorded; }
    void saveDraftNow();
    // Asks first when anything was typed (or a draft brought back): keep it as a draft, discard it,
    // or go on typing.
    void reject() override;

private:
    QJsonObject content() const;
    QDateTime visitedAt() const; // what the clerk set, China time, as UTC
    void markChanged();
    void addPhotos();
    void save();

    AppContext& m_ctx;
    CaseRecord m_case;
    QString m_draftId;
    QString m_supersedes;
    bool m_dirty = false; // changed since the last draft was saved
    bool m_touched = false; // typed in since it opened, or a draft brought back
    QTimer* m_draftTimer;
    QDateTimeEdit* m_when;
    QLineEdit* m_place;
    QLineEdit* m_staff;
    QLineEdit* m_clientPeople;
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_answers;
    QPlainTextEdit* m_materials;
    QPlainTextEdit* m_followUps;
    QStringListModel* m_photos;
    QListView* m_photoList;
    SignaturePad* m_pad;
    QLineEdit* m_signer;
    QLabel* m_error;
    Visit m_recorded;
};
