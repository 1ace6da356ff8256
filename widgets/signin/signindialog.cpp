#include "signindialog.h"

#include "common/uilanguage.h"
#include "services/userservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_heading(new QLabel(this)),
      m_subheading(new QLabel(this)),
      m_loginLabel(new QLabel(this)),
      m_passwordLabel(new QLabel(this)),
      m_languageLabel(new QLabel(this)),
      m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_language(new QComboBox(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("SignInDialog"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_language->setObjectName(QStringLiteral("language"));
    m_error->setObjectName(QStringLiteral("error"));

    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setAlignment(Qt::AlignCenter);
    m_subheading->setAlignment(Qt::AlignCenter);
    m_subheading->setWordWrap(true);

    m_password->setEchoMode(QLineEdit::Password);
    m_login->setMaxLength(32);
    m_login->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
    for (const auto &[code, name] : UiLanguage::choices())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(m_language->findData(UiLanguage::current()));

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_signIn = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_quit = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_quit->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel->setBuddy(m_language);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_language);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_language);
    setTabOrder(m_language, m_signIn);
    setTabOrder(m_signIn, m_quit);
    m_login->setFocus();

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = language();
        if (code != UiLanguage::current())
            UiLanguage::apply(code);   // sends LanguageChange to every widget
        emit languageChosen(code);
    });
    retranslateUi();
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Jingban - sign in"));
    m_heading->setText(tr("Jingban"));
    m_subheading->setText(tr("Urban and rural resident medical insurance counter"));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("L&anguage:"));
    m_login->setPlaceholderText(tr("e.g. wangli"));
    m_signIn->setText(tr("&Sign in"));
    m_quit->setText(tr("&Quit"));
    if (m_error->isVisible() && !m_login->text().isEmpty())
        m_error->clear();
    m_error->hide();
    adjustSize();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    if (!login.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setLanguage(const QString &code)
{
    const int i = m_language->findData(UiLanguage::normalize(code));
    if (i >= 0)
        m_language->setCurrentIndex(i);
}

QString SignInDialog::language() const
{
    return m_language->currentData().toString();
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignInDialog::accept()
{
    QString message;
    if (m_login->text().trimmed().isEmpty())
        message = tr("Login: required.");
    else if (m_password->text().isEmpty())
        message = tr("Password: required.");
    if (message.isEmpty()) {
        const Result<SessionUser> r = UserService::signIn(m_db, m_login->text().trimmed(), m_password->text());
        if (r.ok()) {
            m_user = r.value();
            m_error->hide();
            QDialog::accept();
            return;
        }
        message = r.errorText();
    }
    m_error->setText(message);
    m_error->show();
    if (m_login->text().trimmed().isEmpty()) {
        m_login->setFocus();
    } else {
        m_password->clear();
        m_password->setFocus();
    }
    adjustSize();
}
