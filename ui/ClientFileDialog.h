#pragma once

#include "DocumentPrinting.h"
#include "reports/ClientFile.h"

#include <QDialog>

class AppContext;
class ClientFileModel;
class QLabel;
class QPushButton;
class QTableView;

// A client's file (客户档案, 4.2, 7.6.1): who the client is, how its cases stand, and every step
// on them in time order, read on the reader thread. A row opens its case; 打印… puts the file on
// A4 in the print preview, which also saves it as PDF.
class ClientFileDialog : public QDialog
{
    Q_OBJECT

public:
    ClientFileDialog(AppContext& ctx, const QString& clientId, QWidget* parent = nullptr);
    ClientFileModel* model() const { return m_model; }
    bool isLoaded() const { return m_loaded; }

signals:
    void caseActivated(const QString& number);
    void loaded(); // the file is shown (or why it could not be read)

private:
    void load(const QString& clientId);
    void display(const ClientFileContent& content);
    void activateRow(int row);
    DocumentPrinting::Printable printable() const;

    AppContext& m_ctx;
    ClientFileModel* m_model;
    QLabel* m_particulars;
    QLabel* m_status;
    QTableView* m_view;
    QPushButton* m_print;
    QPushButton* m_savePdf;
    QPushButton* m_openCase;
    ClientFileContent m_content;
    bool m_loaded = false;
};
