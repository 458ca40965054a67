#include "SyncSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

SyncSettingsDialog::SyncSettingsDialog(const SyncEndpoint& current, QWidget* parent)
    : QDialog(parent)
    , m_url(new QLineEdit(current.url, this))
    , m_ca(new QLineEdit(current.caFile, this))
    , m_token(new QLineEdit(this))
{
    setWindowTitle(tr("Synchronisation"));
    m_url->setPlaceholderText(QStringLiteral("https://qsdesk.liuzhou.example:8443"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(
        current.token.isEmpty() ? tr("issued by the city's administrator") : tr("stored; leave empty to keep it"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("The city's CA certificate"), m_ca->text(), tr("Certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_ca->setText(file);
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Cases are sent to the city platform and received from it over an encrypted connection "
                               "that trusts only the city's own certificate authority."),
        this));
    form->addRow(tr("Platform address"), m_url);
    form->addRow(tr("CA certificate"), caRow);
    form->addRow(tr("Station credential"), m_token);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SyncEndpoint SyncSettingsDialog::endpoint() const
{
    return { m_url->text().trimmed(), m_ca->text().trimmed(), m_token->text().trimmed() };
}
