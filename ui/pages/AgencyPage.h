#pragma once

#include <QString>
#include <QWidget>

class AppContext;
class AgencyListModel;
class QLabel;
class QTableView;

// 7.6.2 服务机构: the archive of service agencies and expert teams, with qualification warnings;
// adding one, and importing a CSV file exported from Excel (all rows or none, with the report).
class AgencyPage : public QWidget
{
    Q_OBJECT

public:
    explicit AgencyPage(AppContext& ctx, QWidget* parent = nullptr);
    AgencyListModel* model() const { return m_model; }
    void reload();
    void importFile(const QString& path); // what the import button does after choosing the file

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addAgency();

    AppContext& m_ctx;
    AgencyListModel* m_model;
    QTableView* m_table;
    QLabel* m_warnings;
    QString m_importHelp;
};
