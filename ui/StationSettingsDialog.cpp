#include "StationSettingsDialog.h"

#include "security/PasswordPolicy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

StationSettingsDialog::StationSettingsDialog(const StationSettingsValues& v, QWidget* parent)
    : QDialog(parent)
    , m_idle(new QSpinBox(this))
    , m_daily(new QCheckBox(tr("Back up the database every day"), this))
    , m_folder(new QLineEdit(v.backupFolder, this))
    , m_kept(new QSpinBox(this))
    , m_supervisionPhone(new QLineEdit(v.supervision.phone, this))
    , m_supervisionEmail(new QLineEdit(v.supervision.email, this))
    , m_passwordDays(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Station settings"));
    setObjectName(QStringLiteral("stationSettingsDialog"));
    m_idle->setRange(1, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setValue(v.idleLockMinutes);
    m_daily->setChecked(v.dailyBackup);
    m_kept->setRange(1, 365);
    m_kept->setValue(v.backupsKept);
    m_passwordDays->setObjectName(QStringLiteral("passwordDays"));
    m_passwordDays->setRange(0, PasswordPolicy::kMaxAgeDaysLimit);
    m_passwordDays->setSpecialValueText(tr("never run out"));
    m_passwordDays->setSuffix(tr(" days"));
    m_passwordDays->setValue(v.passwordMaxAgeDays);
    m_passwordDays->setToolTip(
        tr("After this many days each user is asked for a new password at log-in. Many stations use 90 days."));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Lock the window after"), m_idle);
    form->addRow(m_daily);
    form->addRow(tr("Backup folder"), folderRow);
    form->addRow(tr("Backups kept"), m_kept);
    m_supervisionPhone->setPlaceholderText(QStringLiteral("0772-12315"));
    m_supervisionPhone->setToolTip(tr("7.5.2: printed on every notice and visit sheet"));
    m_supervisionEmail->setToolTip(tr("7.5.2: printed on every notice and visit sheet"));
    form->addRow(tr("Supervision telephone"), m_supervisionPhone);
    form->addRow(tr("Supervision e-mail"), m_supervisionEmail);
    form->addRow(tr("Passwords last"), m_passwordDays);
    auto* hint = new QLabel(tr("Choose a folder on another disk or a network share: a backup on the same disk is lost "
                               "with it. Backups are readable by this computer account only."),
        this);
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

StationSettingsValues StationSettingsDialog::values() const
{
    StationSettingsValues v;
    v.idleLockMinutes = m_idle->value();
    v.dailyBackup = m_daily->isChecked();
    v.backupFolder = m_folder->text().trimmed();
    v.backupsKept = m_kept->value();
    v.supervision = { m_supervisionPhone->text().trimmed(), m_supervisionEmail->text().trimmed() };
    v.passwordMaxAgeDays = m_passwordDays->value();
    return v;
}

void StationSettingsDialog::showError(const QString& message)
{
    m_error->setText(message);
}
