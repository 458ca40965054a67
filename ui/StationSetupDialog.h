#pragma once

#include "domain/Records.h"
#include "security/UserAccounts.h"

#include <QDialog>

class QLabel;
class QLineEdit;

// First start (issue 6): which station is this (city code, station code, name), and who is its first
// administrator. A station set up before accounts existed is asked for the administrator only.
class StationSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StationSetupDialog(bool askForStation, QWidget* parent = nullptr);
    bool asksForStation() const { return m_asksForStation; }
    Station station() const;
    NewUser administrator() const;
    void showError(const QString& message);

private:
    void submit();

    bool m_asksForStation;
    QLineEdit* m_city;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_login;
    QLineEdit* m_adminName;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_error;
};
