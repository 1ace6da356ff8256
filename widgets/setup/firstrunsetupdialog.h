#pragma once

#include "domain/sessionuser.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QPushButton;

// The first run of a replica with no user: either create the township this
// workstation serves and its administrator (through
// UserService::firstRunSetup, one audited transaction), or ask for the demo
// county (the caller runs jingban-cli demo). Errors name the field and stay
// in the dialog; nothing is written until every field is right.
class FirstRunSetupDialog : public QDialog
{
    Q_OBJECT
public:
    enum Outcome { Cancelled, Created, DemoRequested };

    FirstRunSetupDialog(const QSqlDatabase &db, bool demoAvailable, QWidget *parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    // The administrator created (Created only); signed in already.
    const SessionUser &administrator() const { return m_admin; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    QSqlDatabase m_db;
    Outcome m_outcome = Cancelled;
    SessionUser m_admin;
    QLineEdit *m_countyCode;
    QLineEdit *m_townshipCode;
    QLineEdit *m_townshipName;
    QLineEdit *m_login;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
};
