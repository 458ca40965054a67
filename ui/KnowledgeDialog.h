#pragma once

#include "common/Result.h"
#include "domain/Knowledge.h"
#include "models/ListTableModel.h"

#include <QDialog>
#include <QHash>

class AppContext;
class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;

// The knowledge base for supervisors (管理 → 知识库…, issue 21): its entries, searched as the cases
// are, with how often each was used and how often its answer was changed; those never used or
// often changed listed for review; a new entry written here, or the next version of one (with its
// days of validity, its basis marked withdrawn); one retired with its reason; and the answers clerks
// proposed from their cases, approved into entries or sent back. The city's entries are read-only
// at a county.
class KnowledgeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KnowledgeDialog(AppContext& ctx, QWidget* parent = nullptr);
    ListTableModel<KnowledgeEntry>* entries() const { return m_entries; }
    ListTableModel<KnowledgeProposal>* proposals() const { return m_proposals; }
    QTabWidget* tabs() const { return m_tabs; }

    // An entry not used since it was written, or whose answer clerks changed in half its uses.
    static bool needsReview(const KnowledgeEntry& e, const QDate& today);

signals:
    void reloaded();
    // The entry form, open now (for tests, which fill it in while it runs).
    void formShown(QDialog* form);

private:
    void reload();
    // The form for a new entry, or for the next version of `current`.
    void editEntry(const KnowledgeEntry* current);
    void retireEntry();
    void decide(bool approve);
    template<typename T>
    void write(std::function<Result<T>(Database&)> job);

    AppContext& m_ctx;
    QTabWidget* m_tabs;
    QLineEdit* m_search;
    QCheckBox* m_reviewOnly;
    ListTableModel<KnowledgeEntry>* m_entries;
    ListTableModel<KnowledgeProposal>* m_proposals;
    QTableView* m_entryView;
    QTableView* m_proposalView;
    QLabel* m_status;
    QHash<QString, QString> m_names; // login -> name
};
