#pragma once

#include "domain/sessionuser.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Sign-in before the main window. Keyboard only: the login has the focus,
// Tab moves on, Enter signs in, Esc quits. A failed sign-in shows
// UserService's message, clears nothing but the password, and keeps the
// dialog open. Choosing a language retranslates the dialog at once; the
// caller stores the choice once the user has signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    void setLogin(const QString &login);
    void setLanguage(const QString &code);
    QString language() const;
    const SessionUser &sessionUser() const { return m_user; }
    QString errorText() const;

public slots:
    void accept() override;

signals:
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QSqlDatabase m_db;
    SessionUser m_user;
    QLabel *m_heading;
    QLabel *m_subheading;
    QLabel *m_loginLabel;
    QLabel *m_passwordLabel;
    QLabel *m_languageLabel;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QComboBox *m_language;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QPushButton *m_quit;
};
