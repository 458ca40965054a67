#pragma once

#include "workflow/StationSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The station's settings for administrators (issue 6): idle lock, the daily backup with rotation,
// the supervision contacts and how long a password lasts.
class StationSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    StationSettingsDialog(const StationSettingsValues& values, QWidget* parent = nullptr);
    StationSettingsValues values() const;
    void showError(const QString& message);

private:
    QSpinBox* m_idle;
    QCheckBox* m_daily;
    QLineEdit* m_folder;
    QSpinBox* m_kept;
    QLineEdit* m_supervisionPhone;
    QLineEdit* m_supervisionEmail;
    QSpinBox* m_passwordDays;
    QLabel* m_error;
};
