#include "LoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

LoginDialog::LoginDialog(const QString& stationName, Purpose purpose, const QString& login, QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_login(new QLineEdit(login, this))
    , m_password(new QLineEdit(this))
    , m_newPassword(new QLineEdit(this))
    , m_newPasswordAgain(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(purpose == Purpose::LogIn ? tr("Log in to QSDesk")
            : purpose == Purpose::Unlock     ? tr("QSDesk is locked")
                                             : tr("Switch user"));
    setObjectName(QStringLiteral("loginDialog"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPasswordAgain->setObjectName(QStringLiteral("newPasswordAgain"));
    m_newPasswordAgain->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(purpose == Purpose::LogIn ? tr("Station: %1").arg(stationName)
            : purpose == Purpose::Unlock
            ? tr("The window is locked. Enter your password to go on, or log in as another user.")
            : tr("You have logged out. The next person at the counter logs in here (station: %1).").arg(stationName),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("Login name"), m_login);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("New password"), m_newPassword);
    form->addRow(tr("New password again"), m_newPasswordAgain);
    form->setRowVisible(m_newPassword, false);
    form->setRowVisible(m_newPasswordAgain, false);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(purpose == Purpose::Unlock ? tr("Unlock") : tr("Log in"), QDialogButtonBox::AcceptRole);
    if (purpose == Purpose::LogIn) {
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        // Locked or logged out, the dialog stays until someone logs in; leaving the program is the way out.
        QPushButton* quit = buttons->addButton(tr("Quit QSDesk"), QDialogButtonBox::DestructiveRole);
        quit->setObjectName(QStringLiteral("quitButton"));
        quit->setAutoDefault(false);
        connect(quit, &QPushButton::clicked, this, [this]() {
            QDialog::reject();
            emit quitRequested();
        });
    }
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    setMinimumWidth(380);
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

QString LoginDialog::login() const
{
    return m_login->text().trimmed();
}

void LoginDialog::submit()
{
    if (login().isEmpty()) {
        showError(tr("Login name: required."));
        m_login->setFocus();
        return;
    }
    m_error->clear();
    if (m_choosingNewPassword) {
        if (m_newPassword->text() != m_newPasswordAgain->text()) {
            m_error->setText(tr("The two new passwords differ. Nothing was changed."));
            m_newPasswordAgain->clear();
            m_newPasswordAgain->setFocus();
            return;
        }
        m_ok->setEnabled(false);
        emit newPasswordChosen(login(), m_password->text(), m_newPassword->text());
        return;
    }
    m_ok->setEnabled(false); // until the answer comes back: checking takes a moment
    emit credentialsEntered(login(), m_password->text());
}

void LoginDialog::askNewPassword(const QString& why)
{
    auto* form = static_cast<QFormLayout*>(layout());
    m_choosingNewPassword = true;
    form->setRowVisible(m_newPassword, true);
    form->setRowVisible(m_newPasswordAgain, true);
    // The password just checked stays, to prove the change; who logs in no longer changes here.
    m_login->setReadOnly(true);
    m_password->setReadOnly(true);
    m_newPassword->clear();
    m_newPasswordAgain->clear();
    m_error->setText(why);
    m_newPassword->setFocus();
    m_ok->setEnabled(true);
}

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_ok->setEnabled(true);
    if (m_choosingNewPassword) { // the new password was refused: the current one was right
        m_newPassword->clear();
        m_newPasswordAgain->clear();
        m_newPassword->setFocus();
        return;
    }
    m_password->clear();
    m_password->setFocus();
}

void LoginDialog::reject()
{
    if (m_purpose == Purpose::LogIn)
        QDialog::reject();
}
