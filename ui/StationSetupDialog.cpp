#include "StationSetupDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>

StationSetupDialog::StationSetupDialog(bool askForStation, QWidget* parent)
    : QDialog(parent)
    , m_asksForStation(askForStation)
    , m_city(new QLineEdit(QStringLiteral("LZ"), this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_adminName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(askForStation ? tr("Set up this station") : tr("Create the first administrator"));
    setObjectName(QStringLiteral("stationSetupDialog"));
    m_code->setObjectName(QStringLiteral("stationCode"));
    m_name->setObjectName(QStringLiteral("stationName"));
    m_login->setObjectName(QStringLiteral("adminLogin"));
    m_adminName->setObjectName(QStringLiteral("adminName"));
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_repeat->setObjectName(QStringLiteral("adminPasswordAgain"));
    m_code->setPlaceholderText(tr("e.g. LN"));
    m_name->setPlaceholderText(tr("e.g. 柳南区"));
    m_login->setPlaceholderText(tr("e.g. admin"));
    m_adminName->setPlaceholderText(tr("e.g. 韦建国"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters, three kinds of a, A, 1, -"));
    m_error->setObjectName(QStringLiteral("setupError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    if (askForStation) {
        auto* station = new QGroupBox(tr("1. The station"), this);
        auto* form = new QFormLayout(station);
        auto* intro = new QLabel(tr("This database belongs to no station yet. Case numbers start with the city and "
                                    "station codes, e.g. LZ-LN-20261124-0007."),
            station);
        intro->setWordWrap(true);
        form->addRow(intro);
        form->addRow(tr("City code"), m_city);
        form->addRow(tr("Station code"), m_code);
        form->addRow(tr("Station name"), m_name);
        layout->addWidget(station);
    } else {
        for (QLineEdit* e : { m_city, m_code, m_name })
            e->hide();
    }
    auto* admin = new QGroupBox(
        askForStation ? tr("2. Its first administrator") : tr("The station's first administrator"), this);
    auto* form = new QFormLayout(admin);
    auto* why
        = new QLabel(tr("Everyone works under their own account; the administrator adds the others (clerks, field "
                        "staff, supervisors) and sets the station's backups."),
            admin);
    why->setWordWrap(true);
    form->addRow(why);
    form->addRow(tr("Login name"), m_login);
    form->addRow(tr("Full name"), m_adminName);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_repeat);
    layout->addWidget(admin);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StationSetupDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Station StationSetupDialog::station() const
{
    Station s;
    s.cityCode = m_city->text();
    s.code = m_code->text();
    s.name = m_name->text();
    return s;
}

NewUser StationSetupDialog::administrator() const
{
    return { m_login->text().trimmed(), m_adminName->text().trimmed(), Role::StationAdmin, m_password->text() };
}

void StationSetupDialog::submit()
{
    // The account's own rules first, here, so a typo does not leave a station without its administrator.
    if (m_password->text() != m_repeat->text()) {
        showError(tr("Password again: the two passwords differ."));
        m_repeat->setFocus();
        return;
    }
    if (Status s = UserAccounts::check(administrator()); !s) {
        showError(s.error().message.local);
        return;
    }
    accept();
}

void StationSetupDialog::showError(const QString& message)
{
    m_error->setText(message);
}
