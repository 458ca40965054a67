#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Log-in at start, and unlocking the window after it locked itself when idle (issue 6). The dialog
// only collects the name and password: checking them is the caller's work on the database thread,
// and it answers with accept() or showError(). A password that has run out (issue 16): the caller
// calls askNewPassword(), the dialog then collects a new one twice and emits newPasswordChosen.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        LogIn,
        Unlock, // the window is locked: the same user again, or another who takes over
        SwitchUser, // the one working logged out: anyone logs in
    };
    LoginDialog(const QString& stationName, Purpose purpose, const QString& login = {}, QWidget* parent = nullptr);

    QString login() const;
    void showError(const QString& message); // clears the password and lets the user try again
    // The password given was right but has run out: shows `why` and two fields for a new one.
    void askNewPassword(const QString& why);

signals:
    void credentialsEntered(const QString& login, const QString& password);
    void newPasswordChosen(const QString& login, const QString& current, const QString& password);
    void quitRequested(); // from a locked window: the program closes

protected:
    void reject() override; // an unlock cannot be dismissed

private:
    void submit();

    Purpose m_purpose;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_newPassword;
    QLineEdit* m_newPasswordAgain;
    QLabel* m_error;
    QPushButton* m_ok;
    bool m_choosingNewPassword = false;
};
