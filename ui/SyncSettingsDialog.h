#pragma once

#include "sync/SyncClient.h"

#include <QDialog>

class QLineEdit;
class QLabel;

// Where this station synchronises: the city platform's address, the city's CA certificate, and the
// station's credential (issued by the city's administrator; kept owner-only beside the database).
class SyncSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SyncSettingsDialog(const SyncEndpoint& current, QWidget* parent = nullptr);
    SyncEndpoint endpoint() const; // token empty: keep the stored one

private:
    QLineEdit* m_url;
    QLineEdit* m_ca;
    QLineEdit* m_token;
};
