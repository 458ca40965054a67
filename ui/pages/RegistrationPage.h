#pragma once

#include "common/Result.h"
#include "domain/Records.h"

#include <QHash>
#include <QWidget>
#include <optional>

class AppContext;
class CatalogPicker;
class ClientListModel;
class KnowledgeSuggestions;
struct KnowledgeEntry;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

// The counter's registration form (7.2.1–7.2.3): find the client in the archive as you type, or add
// one inline; channel; catalog item; summary; then answer and close now, or register for follow-up.
// After saving, the new case number is shown and the form is ready for the next applicant.
class RegistrationPage : public QWidget
{
    Q_OBJECT

public:
    explicit RegistrationPage(AppContext& ctx, QWidget* parent = nullptr);

    void startNext(); // clears the form for the next applicant and focuses the client search
    QString lastNumber() const { return m_lastNumber; }
    // The acceptance receipt of the case just registered for follow-up, in the print preview.
    void printReceipt();

signals:
    void saved(const QString& number);
    void saveFailed(const QString& field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void save(Outcome outcome);
    void showErrors(const QList<Error>& errors);
    void clearErrors();
    void chooseClient(const QModelIndex& index);
    void setNewClientMode(bool on);
    void checkUsccLive();
    void followChannel(); // the visit button and what the person who asks is called
    QLabel* errorLabel(const QString& field);
    void requestChanged(); // the knowledge base's suggestions and the duplicate check follow it
    void useKnowledge(const KnowledgeEntry& entry);
    void checkDuplicates();
    void addToExisting();

    AppContext& m_ctx;
    ClientListModel* m_clients;
    QTimer* m_searchDelay;
    std::optional<Client> m_client;
    QString m_lastNumber;
    bool m_saving = false;

    class QScrollArea* m_scroll = nullptr;
    QLineEdit* m_clientSearch;
    QTableView* m_clientResults;
    QLabel* m_clientChosen;
    QPushButton* m_newClientButton;
    QGroupBox* m_newClientBox;
    QLineEdit* m_newName;
    QLineEdit* m_newUscc;
    QLineEdit* m_newContact;
    QLineEdit* m_newPhone;
    QComboBox* m_channel;
    CatalogPicker* m_catalog;
    QLabel* m_visitorLabel;
    QLineEdit* m_visitorName;
    QLineEdit* m_visitorPhone;
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_answer;
    QPushButton* m_answerButton;
    QPushButton* m_followUpButton;
    QPushButton* m_visitButton = nullptr;
    QPushButton* m_receiptButton = nullptr;
    QString m_receiptNumber; // the last case registered for follow-up here
    bool m_visitAfterSave = false;
    QLabel* m_banner;
    KnowledgeSuggestions* m_knowledge = nullptr;
    QString m_kbEntry; // the entry the answer was taken from (issue 21)
    QLabel* m_kbUsed = nullptr;
    QLabel* m_duplicates = nullptr; // "the client has an open case on the same item: …"
    QPushButton* m_addToExisting = nullptr; // the contact goes on that open case instead
    QString m_openDuplicate; // its number
    QTimer* m_duplicateDelay = nullptr;
    quint64 m_duplicateGeneration = 0;
    QHash<QString, QWidget*> m_inputs; // field -> input widget
    QHash<QString, QLabel*> m_errors; // field -> message under it
};
