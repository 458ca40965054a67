#include "StationSetupDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

StationSetupDialog::StationSetupDialog(QWidget* parent)
    : QDialog(parent)
    , m_city(new QLineEdit(QStringLiteral("LZ"), this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Set up this station"));
    m_code->setPlaceholderText(tr("e.g. LN"));
    m_name->setPlaceholderText(tr("e.g. 柳南区"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("This database belongs to no station yet. Case numbers start with the city and station "
                               "codes, e.g. LZ-LN-20261124-0007."),
        this));
    form->addRow(tr("City code"), m_city);
    form->addRow(tr("Station code"), m_code);
    form->addRow(tr("Station name"), m_name);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
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

void StationSetupDialog::showError(const QString& message)
{
    m_error->setText(message);
}
