#pragma once

#include "workflow/StationSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The station's settings for administrators (issue 6): idle lock and the daily backup with rotation.
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
    QLabel* m_error;
};
