#include "policycorrectionpanel.h"

#include "domain/money.h"
#include "domain/role.h"
#include "relief/policycorrectionmodel.h"
#include "services/adjustmentservice.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

PolicyCorrectionPanel::PolicyCorrectionPanel(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent), m_db(db), m_user(user), m_model(new PolicyCorrectionModel(this))
{
    setObjectName(QStringLiteral("policyCorrectionPanel"));
    QSqlQuery q(db);
    int year = QDate::currentDate().year();
    if (q.exec(QStringLiteral("SELECT MAX(scheme_year) FROM policy WHERE deleted = 0")) && q.next() && !q.value(0).isNull())
        year = q.value(0).toInt();
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("correctionYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    auto *yearLabel = new QLabel(tr("Scheme y&ear:"), this);
    yearLabel->setBuddy(m_year);
    auto *checkButton = new QPushButton(tr("&Check against the newest policy"), this);
    checkButton->setObjectName(QStringLiteral("checkCorrection"));
    m_summary = new QLabel(tr("When the county publishes a corrected policy for a year, check here which settled claims "
                              "it would change. Settled amounts change only through adjustments a reviewer approves."),
                           this);
    m_summary->setObjectName(QStringLiteral("correctionSummary"));
    m_summary->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("correctionTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(tr("For example: the county's corrected 2024 policy of 1 July"));
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    m_propose = new QPushButton(tr("&Propose adjustments"), this);
    m_approve = new QPushButton(tr("&Approve adjustments"), this);
    m_reject = new QPushButton(tr("Re&ject adjustments…"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(checkButton);
    bar->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(reasonLabel);
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_propose);
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    m_propose->setEnabled(false);
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    connect(checkButton, &QPushButton::clicked, this, &PolicyCorrectionPanel::check);
    connect(m_propose, &QPushButton::clicked, this, [this] {
        const QString error = propose(m_reason->text());
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Propose adjustments"), error);
    });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        const QString error = decide(true);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Approve adjustments"), error);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reject adjustments"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        const QString error = decide(false, reason);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Reject adjustments"), error);
    });
}

void PolicyCorrectionPanel::setYear(int year)
{
    m_year->setValue(year);
}

void PolicyCorrectionPanel::check()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString township = RoleInfo::isCountyRole(m_user.role) ? QString() : m_user.townshipId;
    const auto preview = PolicyCorrection::preview(m_db, township, m_year->value());
    QApplication::restoreOverrideCursor();
    if (!preview) {
        m_model->setPreview({});
        m_summary->setText(preview.errorText());
    } else {
        m_model->setPreview(preview.value());
        qint64 delta = 0;
        for (const PolicyCorrection::Change &c : preview->changes)
            delta += c.paidDeltaFen();
        if (preview->changes.isEmpty())
            m_summary->setText(tr("Policy %1: %n settled claim(s) checked; none would change.", "", preview->claimsChecked)
                                   .arg(preview->policyId));
        else
            m_summary->setText(tr("Policy %1: %n settled claim(s) checked; %2 would change, the scheme paying %3 in all "
                                  "(%4 awaiting approval). Nothing changes until a reviewer approves the adjustments.",
                                  "", preview->claimsChecked)
                                   .arg(preview->policyId)
                                   .arg(preview->changes.size())
                                   .arg(Money(delta).toDisplayString())
                                   .arg(m_model->pendingCount()));
    }
    m_view->resizeColumnsToContents();
    const bool ownTownship = !m_user.townshipId.isEmpty();
    m_propose->setEnabled(ownTownship && RoleInfo::can(m_user.role, Permission::EnterClaims)
                          && m_model->rowCount() > m_model->pendingCount());
    const bool approver = RoleInfo::can(m_user.role, Permission::ApproveClaims) && m_model->pendingCount() > 0;
    m_approve->setEnabled(approver);
    m_reject->setEnabled(approver);
}

QStringList PolicyCorrectionPanel::chosenAdjustments() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        if (!rows.isEmpty() && !rows.contains(i))
            continue;
        const QString id = i.data(PolicyCorrectionModel::AdjustmentIdRole).toString();
        // Maker–checker: one's own proposals are left for another user.
        if (!id.isEmpty() && i.data(PolicyCorrectionModel::ProposedByRole).toString() != m_user.id)
            ids << id;
    }
    return ids;
}

QString PolicyCorrectionPanel::propose(const QString &reason)
{
    ChangeWriter writer(m_db, m_user);
    const auto written = AdjustmentService(writer).propose(m_year->value(), reason);
    if (!written)
        return written.errorText();
    check();
    return {};
}

QString PolicyCorrectionPanel::decide(bool approve, const QString &reason)
{
    const QStringList ids = chosenAdjustments();
    if (ids.isEmpty())
        return tr("No adjustment proposed by another user is waiting among the chosen claims.");
    ChangeWriter writer(m_db, m_user);
    AdjustmentService service(writer);
    const Validation v = approve ? service.approve(ids) : service.reject(ids, reason);
    if (!v.ok())
        return v.text();
    check();
    return {};
}
