#include "firstrunsetupdialog.h"

#include "services/userservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

FirstRunSetupDialog::FirstRunSetupDialog(const QSqlDatabase &db, bool demoAvailable, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_countyCode(new QLineEdit(this)),
      m_townshipCode(new QLineEdit(this)),
      m_townshipName(new QLineEdit(this)),
      m_login(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("FirstRunSetupDialog"));
    setWindowTitle(tr("Jingban - first run"));
    m_countyCode->setObjectName(QStringLiteral("countyCode"));
    m_townshipCode->setObjectName(QStringLiteral("townshipCode"));
    m_townshipName->setObjectName(QStringLiteral("townshipName"));
    m_login->setObjectName(QStringLiteral("login"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_error->setObjectName(QStringLiteral("error"));

    auto *intro = new QLabel(tr("This workstation has no accounts yet. Set up the township it serves and the "
                                "township administrator's account, or open the demo county to look around."),
                             this);
    intro->setWordWrap(true);

    m_countyCode->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), this));
    m_townshipCode->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,9}")), this));
    m_countyCode->setPlaceholderText(tr("6 digits, e.g. 360121"));
    m_townshipCode->setPlaceholderText(tr("9 digits, beginning with the county code"));
    m_townshipName->setMaxLength(40);
    m_login->setMaxLength(32);
    m_login->setPlaceholderText(tr("lower-case letters and digits, e.g. admin"));
    m_displayName->setMaxLength(40);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters"));

    auto *township = new QGroupBox(tr("Township"), this);
    auto *tf = new QFormLayout(township);
    tf->addRow(tr("&County code:"), m_countyCode);
    tf->addRow(tr("&Township code:"), m_townshipCode);
    tf->addRow(tr("Township &name:"), m_townshipName);
    auto *admin = new QGroupBox(tr("Township administrator"), this);
    auto *af = new QFormLayout(admin);
    af->addRow(tr("&Login:"), m_login);
    af->addRow(tr("Na&me:"), m_displayName);
    af->addRow(tr("&Password:"), m_password);
    af->addRow(tr("Con&firm password:"), m_confirm);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *create = buttons->addButton(tr("C&reate and sign in"), QDialogButtonBox::AcceptRole);
    create->setDefault(true);
    if (demoAvailable) {
        QPushButton *demo = buttons->addButton(tr("Open the &demo county"), QDialogButtonBox::ActionRole);
        demo->setObjectName(QStringLiteral("demoButton"));
        demo->setAutoDefault(false);
        connect(demo, &QPushButton::clicked, this, [this] {
            m_outcome = DemoRequested;
            done(QDialog::Accepted);
        });
    }
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunSetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(township);
    layout->addWidget(admin);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    m_countyCode->setFocus();
}

QString FirstRunSetupDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void FirstRunSetupDialog::accept()
{
    if (m_password->text() != m_confirm->text()) {
        m_error->setText(tr("Confirm password: does not match the password."));
        m_error->show();
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    const auto r = UserService::firstRunSetup(
        m_db, {m_countyCode->text(), m_townshipCode->text(), m_townshipName->text()},
        {m_login->text().trimmed(), m_displayName->text(), Role::TownshipAdmin, {}, m_password->text()});
    if (!r.ok()) {
        m_error->setText(r.errorText());
        m_error->show();
        // Put the cursor on the first field that is wrong.
        const QString field = r.errors().errors().constFirst().field;
        QLineEdit *target = field == QLatin1String("county_code")     ? m_countyCode
                            : field == QLatin1String("township_code") ? m_townshipCode
                            : field == QLatin1String("township_name") ? m_townshipName
                            : field == QLatin1String("login")         ? m_login
                            : field == QLatin1String("display_name")  ? m_displayName
                            : field == QLatin1String("password")      ? m_password
                                                                      : m_countyCode;
        target->setFocus();
        target->selectAll();
        return;
    }
    m_admin = r.value();
    m_outcome = Created;
    QDialog::accept();
}
