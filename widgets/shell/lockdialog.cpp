#include "lockdialog.h"

#include "services/userservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LockDialog::LockDialog(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QDialog(parent), m_db(db), m_user(user), m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("LockDialog"));
    setWindowTitle(tr("Jingban - locked"));
    auto *text = new QLabel(tr("The session of %1 (%2) was locked because it was left idle. Enter the password to go on.")
                                .arg(user.displayName, user.login),
                            this);
    text->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setDefault(true);
    QPushButton *signOut = buttons->addButton(tr("Sign &out"), QDialogButtonBox::DestructiveRole);
    signOut->setAutoDefault(false);
    connect(unlock, &QPushButton::clicked, this, &LockDialog::accept);
    connect(signOut, &QPushButton::clicked, this, [this] { done(SignOut); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_password->setFocus();
}

QString LockDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LockDialog::accept()
{
    const auto r = UserService::signIn(m_db, m_user.login, m_password->text());
    if (r.ok() && r->id == m_user.id) {
        QDialog::accept();
        return;
    }
    m_error->setText(r.ok() ? tr("Login or password is wrong.") : r.errorText());
    m_error->show();
    m_password->clear();
    m_password->setFocus();
}
