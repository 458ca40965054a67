#pragma once

#include <QWidget>

class AppContext;
class CaseListModel;
class ClientListModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The client archive (客户档案, 4.2): search by name, credit code, contact or phone; the chosen
// client's details and cases.
class ClientListPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClientListPage(AppContext& ctx, QWidget* parent = nullptr);
    ClientListModel* model() const { return m_clients; }

signals:
    void caseActivated(const QString& number);

private:
    void currentRowChanged(int row);

    AppContext& m_ctx;
    ClientListModel* m_clients;
    CaseListModel* m_cases;
    QTimer* m_delay;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_table;
    QLabel* m_detail;
    QTableView* m_caseTable;
};
