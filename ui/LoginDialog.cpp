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
    , m_error(new QLabel(this))
{
    setWindowTitle(purpose == Purpose::LogIn ? tr("Log in to QSDesk") : tr("QSDesk is locked"));
    setObjectName(QStringLiteral("loginDialog"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(purpose == Purpose::LogIn
            ? tr("Station: %1").arg(stationName)
            : tr("The window locked itself after a time without use. Enter your password to go on, or log in as "
                 "another user."),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("Login name"), m_login);
    form->addRow(tr("Password"), m_password);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(purpose == Purpose::LogIn ? tr("Log in") : tr("Unlock"), QDialogButtonBox::AcceptRole);
    if (purpose == Purpose::LogIn)
        buttons->addButton(QDialogButtonBox::Cancel);
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
    m_ok->setEnabled(false); // until the answer comes back: checking takes a moment
    emit credentialsEntered(login(), m_password->text());
}

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_password->clear();
    m_password->setFocus();
    m_ok->setEnabled(true);
}

void LoginDialog::reject()
{
    if (m_purpose == Purpose::LogIn)
        QDialog::reject();
}
