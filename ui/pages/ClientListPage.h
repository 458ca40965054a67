#pragma once

#include <QWidget>

class AppContext;
class CaseListModel;
class ClientListModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// The client archive (客户档案, 4.2): search by name, credit code, contact or phone; the chosen
// client's details and cases, and its whole file (客户档案…, Enter or a double click on the client).
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
    void openClientFile();

    AppContext& m_ctx;
    ClientListModel* m_clients;
    CaseListModel* m_cases;
    QTimer* m_delay;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_table;
    QLabel* m_detail;
    QPushButton* m_openFile;
    QTableView* m_caseTable;
};
