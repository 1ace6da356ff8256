#include "claimreversaldialog.h"

#include "services/changewriter.h"
#include "services/claimreversalservice.h"
#include "services/userservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ClaimReversalDialog::ClaimReversalDialog(const QSqlDatabase &db, const SessionUser &user, const QString &claimId,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_user(user), m_claimId(claimId)
{
    setObjectName(QStringLiteral("claimReversalDialog"));
    setWindowTitle(tr("Reverse a settlement"));
    auto *intro = new QLabel(tr("A settled claim is not edited: its settlement is reversed by a reversing entry with "
                                "negative amounts, and the bill can then be entered again. A second user who may "
                                "approve claims approves the reversal with their password."),
                             this);
    intro->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("approverLoginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("approverPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Approver &login:"), m_login);
    form->addRow(tr("Approver &password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reverse"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClaimReversalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

bool ClaimReversalDialog::reverse(const QString &reason, const QString &approverLogin, const QString &approverPassword)
{
    m_reason->setText(reason);
    m_login->setText(approverLogin);
    m_password->setText(approverPassword);
    m_message->clear();
    const auto approver = UserService::signIn(m_db, approverLogin.trimmed(), approverPassword);
    m_password->clear();
    if (!approver) {
        m_message->setText(tr("Approver: %1").arg(approver.errorText()));
        return false;
    }
    ChangeWriter writer(m_db, m_user);
    const auto reversing = ClaimReversalService(writer).reverse(m_claimId, reason, approver.value());
    if (!reversing) {
        m_message->setText(reversing.errorText());
        return false;
    }
    m_settlementId = reversing->value(QStringLiteral("id")).toString();
    return true;
}

void ClaimReversalDialog::accept()
{
    if (reverse(m_reason->text(), m_login->text(), m_password->text()))
        QDialog::accept();
}

QString ClaimReversalDialog::message() const
{
    return m_message->text();
}
