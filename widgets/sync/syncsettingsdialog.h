#pragma once

#include "domain/sessionuser.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QSpinBox;

// The township admin sets where this workstation syncs: the county server's
// address, the credential file the county issued and how often to sync.
// SyncSettings checks and stores them; a bad address or a missing
// credential is told in words and nothing is stored.
class SyncSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SyncSettingsDialog(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *credentialEdit() const { return m_credential; }
    QSpinBox *intervalBox() const { return m_interval; }
    QLineEdit *caEdit() const { return m_ca; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    QSqlDatabase m_db;
    SessionUser m_user;
    QLineEdit *m_url;
    QLineEdit *m_credential;
    QSpinBox *m_interval;
    QLineEdit *m_ca;
    QLabel *m_error;
};
