#include "contributiondialog.h"

#include "domain/money.h"
#include "itemmodels/householdcontributionmodel.h"
#include "itemmodels/householdenrollmentmodel.h"
#include "receiptprinting.h"
#include "services/enrollmentservice.h"
#include "services/receiptservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

ContributionDialog::ContributionDialog(const QSqlDatabase &db, const SessionUser &user, const QString &householdId,
                                       int schemeYear, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_user(user),
      m_householdId(householdId),
      m_model(new HouseholdContributionModel(db, this)),
      m_view(new QTableView(this)),
      m_year(new QSpinBox(this)),
      m_tier(new QComboBox(this)),
      m_channel(new QComboBox(this)),
      m_size(ReceiptPrinting::sizeBox(this)),
      m_total(new QLabel(this)),
      m_capital(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("ContributionDialog"));
    setWindowTitle(tr("Take contributions"));
    m_year->setObjectName(QStringLiteral("schemeYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(schemeYear);
    m_tier->setObjectName(QStringLiteral("tier"));
    m_channel->setObjectName(QStringLiteral("channel"));
    for (const QString &c : EnrollmentService::channels())
        if (c != QLatin1String("subsidy"))   // chosen by the service when nobody pays
            m_channel->addItem(ReceiptService::channelLabel(c), c);
    m_total->setObjectName(QStringLiteral("total"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_total->setFont(big);
    m_capital->setObjectName(QStringLiteral("totalInWords"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    m_view->setObjectName(QStringLiteral("contributionMembers"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Space checks or unchecks the current member (the delegate does it);
    // Enter goes on to the default button, which takes the payment.
    auto *form = new QFormLayout;
    form->addRow(tr("Scheme &year:"), m_year);
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("Payment &channel:"), m_channel);
    form->addRow(tr("Receipt &size:"), m_size);

    m_pay = new QPushButton(tr("Take &payment and issue receipt"), this);
    m_pay->setObjectName(QStringLiteral("pay"));
    m_pay->setDefault(true);
    m_preview = new QPushButton(tr("Print pre&view..."), this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_print = new QPushButton(tr("P&rint..."), this);
    m_print->setObjectName(QStringLiteral("print"));
    m_pdf = new QPushButton(tr("Save as P&DF..."), this);
    m_pdf->setObjectName(QStringLiteral("savePdf"));
    for (QPushButton *b : {m_preview, m_print, m_pdf}) {
        b->setEnabled(false);
        b->setAutoDefault(false);
    }
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pay, &QPushButton::clicked, this, &ContributionDialog::takePayment);
    connect(m_preview, &QPushButton::clicked, this, [this] { ReceiptPrinting::preview(this, m_db, m_receiptId, receiptSize()); });
    connect(m_print, &QPushButton::clicked, this, [this] { ReceiptPrinting::print(this, m_db, m_receiptId, receiptSize()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { ReceiptPrinting::savePdf(this, m_db, m_receiptId, receiptSize()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pay);
    buttons->addStretch(1);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(close);

    auto *membersLabel = new QLabel(tr("&Members to enroll (Space checks or unchecks; Enter takes the payment):"), this);
    membersLabel->setBuddy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(membersLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_capital);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_model, &HouseholdContributionModel::totalChanged, this, &ContributionDialog::updateTotal);
    connect(m_year, &QSpinBox::valueChanged, this, &ContributionDialog::reload);
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] {
        if (m_tier->currentIndex() >= 0)
            m_model->setTier(m_tier->currentData().toInt());
    });
    reload();
    setTabOrder(m_year, m_tier);
    setTabOrder(m_tier, m_channel);
    setTabOrder(m_channel, m_size);
    setTabOrder(m_size, m_view);
    setTabOrder(m_view, m_pay);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 30);
}

void ContributionDialog::reload()
{
    const int tier = m_tier->currentIndex() >= 0 ? m_tier->currentData().toInt() : 1;
    m_model->load(m_householdId, m_year->value(), tier);
    const QSignalBlocker block(m_tier);
    m_tier->clear();
    for (int t : m_model->tiers())
        m_tier->addItem(HouseholdEnrollmentModel::tierLabel(t), t);
    const int at = m_tier->findData(m_model->tier());
    m_tier->setCurrentIndex(at >= 0 ? at : 0);
    if (at < 0 && m_tier->count() > 0)
        m_model->setTier(m_tier->currentData().toInt());
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, HouseholdContributionModel::NameColumn));
    updateTotal();
}

void ContributionDialog::updateTotal()
{
    const Money total(m_model->totalFen());
    const int persons = int(m_model->checkedPersonIds().size());
    m_total->setText(tr("%n person(s), to pay: %1", "", persons).arg(total.toDisplayString()));
    m_capital->setText(tr("In words: %1; paid by the state for subsidized members: %2")
                           .arg(total.toChineseCapital(), Money(m_model->subsidizedTotalFen()).toDisplayString()));
    m_error->setText(m_model->policyProblem());
    m_pay->setEnabled(m_receiptId.isEmpty() && persons > 0 && m_model->policyProblem().isEmpty());
}

void ContributionDialog::takePayment()
{
    if (!m_receiptId.isEmpty())
        return;
    ChangeWriter writer(m_db, m_user);
    EnrollmentService service(writer);
    const auto r = service.enrollAndPay(m_householdId, m_model->checkedPersonIds(), m_year->value(),
                                        m_tier->currentData().toInt(), m_channel->currentData().toString());
    if (!r) {
        m_error->setText(r.errorText());
        return;
    }
    m_receiptId = r->value(QStringLiteral("id")).toString();
    const QString serial = r->value(QStringLiteral("serial")).toString();
    m_error->setStyleSheet(QString());
    m_error->setText(tr("Receipt %1 issued. Print it for the household.").arg(serial));
    m_pay->setEnabled(false);
    for (QWidget *w : {static_cast<QWidget *>(m_year), static_cast<QWidget *>(m_tier), static_cast<QWidget *>(m_channel),
                       static_cast<QWidget *>(m_view)})
        w->setEnabled(false);
    for (QPushButton *b : {m_preview, m_print, m_pdf})
        b->setEnabled(true);
    m_print->setDefault(true);
    m_print->setFocus();
    emit receiptIssued(m_receiptId);
}

QString ContributionDialog::errorText() const
{
    return m_error->text();
}

ReceiptRenderer::Size ContributionDialog::receiptSize() const
{
    return ReceiptRenderer::Size(m_size->currentData().toInt());
}

Validation ContributionDialog::savePdf(const QString &path) const
{
    const auto doc = ReceiptService::load(m_db, m_receiptId);
    if (!doc)
        return Result<int>::failure(QStringLiteral("receipt_id"), tr("No receipt has been issued yet.")).errors();
    return ReceiptRenderer(*doc).writePdf(path, receiptSize());
}
