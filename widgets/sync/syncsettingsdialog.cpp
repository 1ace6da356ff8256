#include "syncsettingsdialog.h"

#include "common/focuschain.h"
#include "sync/syncsettings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SyncSettingsDialog::SyncSettingsDialog(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QDialog(parent), m_db(db), m_user(user), m_url(new QLineEdit(this)), m_credential(new QLineEdit(this)),
      m_interval(new QSpinBox(this)), m_ca(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(tr("Sync settings"));
    const SyncSettings current = SyncSettings::load(db);

    m_url->setObjectName(QStringLiteral("syncServerUrl"));
    m_url->setText(current.serverUrl);
    m_url->setPlaceholderText(tr("https://county.example:8443 (empty: the address in the credential file)"));
    m_url->setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    m_credential->setObjectName(QStringLiteral("syncCredentialFile"));
    m_credential->setPlaceholderText(current.credentialId.isEmpty()
                                         ? tr("The .credential file the county issued")
                                         : tr("Empty: keep the credential read in before"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Workstation credential"), QDir::homePath(),
                                                          tr("Credentials (*.credential);;All files (*)"));
        if (!file.isEmpty())
            m_credential->setText(QDir::toNativeSeparators(file));
    });
    auto *credentialRow = new QHBoxLayout;
    credentialRow->addWidget(m_credential, 1);
    credentialRow->addWidget(browse);

    auto *currentCredential = new QLabel(this);
    currentCredential->setObjectName(QStringLiteral("syncCurrentCredential"));
    currentCredential->setWordWrap(true);
    currentCredential->setText(current.credentialId.isEmpty()
                                   ? tr("No credential has been read in yet.")
                                   : tr("In use: credential %1..., read from %2")
                                         .arg(current.credentialId.left(8), QDir::toNativeSeparators(current.credentialFile)));

    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setValue(current.intervalMinutes);
    //: unit after the automatic sync interval
    m_interval->setSuffix(tr(" min"));
    //: the automatic sync interval when it is 0
    m_interval->setSpecialValueText(tr("off (only Sync now)"));

    m_ca->setObjectName(QStringLiteral("syncCaFile"));
    m_ca->setPlaceholderText(current.caPem.isEmpty() ? tr("Only if the county uses a certificate of its own (PEM file)")
                                                     : tr("Empty: keep the county certificate read in before"));
    auto *browseCa = new QPushButton(tr("B&rowse..."), this);
    browseCa->setAutoDefault(false);
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("County certificate"), QDir::homePath(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ca->setText(QDir::toNativeSeparators(file));
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browseCa);

    m_error->setObjectName(QStringLiteral("syncSettingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("County server &address:"), m_url);
    form->addRow(tr("&Credential file:"), credentialRow);
    form->addRow(QString(), currentCredential);
    form->addRow(tr("Sync &automatically every:"), m_interval);
    form->addRow(tr("County c&ertificate:"), caRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(caRow)))
        label->setBuddy(m_ca);
    qobject_cast<QLabel *>(form->labelForField(m_url))->setBuddy(m_url);
    qobject_cast<QLabel *>(form->labelForField(m_interval))->setBuddy(m_interval);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(credentialRow)))
        label->setBuddy(m_credential);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Enter moves on; on the last field it saves (the dialog's default button).
    const QList<QWidget *> chain = {m_url, m_credential, m_interval, m_ca};
    for (QLineEdit *edit : {m_url, m_credential})
        connect(edit, &QLineEdit::returnPressed, this, [chain, edit] { FocusChain::focusNext(chain, edit); });
    if (auto *spinEdit = m_interval->findChild<QLineEdit *>())
        connect(spinEdit, &QLineEdit::returnPressed, this, [chain, this] { FocusChain::focusNext(chain, m_interval); });
    connect(m_ca, &QLineEdit::returnPressed, this, &SyncSettingsDialog::accept);
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
}

void SyncSettingsDialog::accept()
{
    const Validation v = SyncSettings::save(m_db, m_user, m_url->text(), QDir::fromNativeSeparators(m_credential->text()),
                                            m_interval->value(), QDir::fromNativeSeparators(m_ca->text()));
    if (!v.ok()) {
        m_error->setText(v.text());
        m_error->show();
        if (v.hasField(QStringLiteral("server_url")))
            m_url->setFocus();
        else if (v.hasField(QStringLiteral("credential")))
            m_credential->setFocus();
        else if (v.hasField(QStringLiteral("ca")))
            m_ca->setFocus();
        return;
    }
    QDialog::accept();
}
