#pragma once

#include "domain/Records.h"

#include <QDialog>

class QLabel;
class QLineEdit;

// First start on an empty database: which station is this? (city code, station code, name)
class StationSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StationSetupDialog(QWidget* parent = nullptr);
    Station station() const;
    void showError(const QString& message);

private:
    QLineEdit* m_city;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLabel* m_error;
};
