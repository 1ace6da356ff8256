#include "claimreviewqueue.h"

#include "domain/money.h"
#include "domain/role.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/displayformat.h"
#include "services/changewriter.h"
#include "services/claimservice.h"
#include "services/policyservice.h"
#include "services/settlementinputs.h"
#include "settlementpanel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

ClaimReviewQueue::ClaimReviewQueue(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent), m_db(db), m_user(user), m_model(new ClaimListModel(db, this))
{
    setObjectName(QStringLiteral("claimReviewQueue"));
    m_model->setViewer(user);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reviewTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int c : {ClaimListModel::SlipColumn, ClaimListModel::BasicColumn, ClaimListModel::CriticalColumn,
                  ClaimListModel::AssistanceColumn, ClaimListModel::ReliefColumn, ClaimListModel::OutOfPocketColumn})
        m_view->hideColumn(c);

    m_panel = new SettlementPanel(this);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_approve = new QPushButton(tr("&Approve and settle (Ctrl+Enter)"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_return = new QPushButton(tr("&Return with a reason…"), this);
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_print = new QCheckBox(tr("&Print the slip after approval"), this);
    m_print->setChecked(true);
    const bool mayApprove = RoleInfo::can(user.role, Permission::ApproveClaims);
    m_approve->setEnabled(mayApprove);
    m_return->setEnabled(mayApprove);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_return);
    buttons->addWidget(m_print);
    buttons->addStretch(1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_panel, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(mayApprove ? tr("Claims waiting for review. The reviewer may not be the clerk who entered the claim.")
                                        : tr("Claims waiting for review (only a reviewer may approve them)."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_approve, &QPushButton::clicked, this, &ClaimReviewQueue::approveCurrent);
    connect(m_return, &QPushButton::clicked, this, &ClaimReviewQueue::askReturnReason);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *s = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, &ClaimReviewQueue::approveCurrent);
    }
    reload();
}

void ClaimReviewQueue::reload()
{
    ClaimListModel::Filter f;
    f.status = QStringLiteral("entered");
    f.townshipId = RoleInfo::isCountyRole(m_user.role) ? QString() : m_user.townshipId;
    m_model->setFilter(f);
    // The selection model is replaced with the data; follow the current row.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClaimReviewQueue::showCurrent,
            Qt::UniqueConnection);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ClaimListModel::PersonColumn));
    // Id numbers and institution names are never shown cut off.
    m_view->resizeColumnsToContents();
    showCurrent();
}

void ClaimReviewQueue::showCurrent()
{
    const QString claimId = m_model->claimId(m_view->currentIndex().row());
    if (claimId.isEmpty()) {
        m_panel->clear();
        m_details->setText(tr("No claim is waiting for review."));
        return;
    }
    ChangeWriter reader(m_db, m_user);
    const auto claim = reader.load(QStringLiteral("claim"), claimId);
    const auto preview = ClaimService(reader).preview(claimId);
    if (!claim || !preview) {
        m_panel->showErrors(preview.errors());
        return;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT display_name FROM app_user WHERE id = ?"));
    q.addBindValue(claim->value(QStringLiteral("created_by")));
    const QString maker = q.exec() && q.next() ? q.value(0).toString() : QString();
    const int row = m_view->currentIndex().row();
    m_details->setText(tr("%1, %2 at %3, %4 to %5; entered by %6")
                           .arg(m_model->index(row, ClaimListModel::PersonColumn).data().toString(),
                                m_model->index(row, ClaimListModel::KindColumn).data().toString(),
                                m_model->index(row, ClaimListModel::InstitutionColumn).data().toString(),
                                DisplayFormat::date(QDate::fromString(claim->value(QStringLiteral("admission")).toString(), Qt::ISODate)),
                                DisplayFormat::date(QDate::fromString(claim->value(QStringLiteral("discharge")).toString(), Qt::ISODate)),
                                maker));
    const auto policy = PolicyService::forYear(m_db, claim->value(QStringLiteral("scheme_year")).toInt());
    const auto input = SettlementInputs::claimInput(*claim);
    if (policy && input)
        m_panel->showResult(*policy, *input, *preview);
}

QString ClaimReviewQueue::approveCurrent()
{
    m_message->clear();
    const QString claimId = m_model->claimId(m_view->currentIndex().row());
    if (claimId.isEmpty())
        return {};
    ChangeWriter writer(m_db, m_user);
    const auto approved = ClaimService(writer).approve(claimId);
    if (!approved) {
        m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
        m_message->setText(tr("Not approved: %1").arg(approved.errorText()));
        return {};
    }
    const QString settlementId = approved->value(QStringLiteral("id")).toString();
    m_message->setStyleSheet(QStringLiteral("color: #1a6e1a;"));
    m_message->setText(tr("Approved and settled: slip %1.").arg(approved->value(QStringLiteral("slip_no")).toString()));
    const int row = m_view->currentIndex().row();
    reload();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), ClaimListModel::PersonColumn));
    emit changed();
    emit settled(settlementId);
    return settlementId;
}

bool ClaimReviewQueue::returnCurrent(const QString &reason)
{
    m_message->clear();
    const QString claimId = m_model->claimId(m_view->currentIndex().row());
    if (claimId.isEmpty())
        return false;
    ChangeWriter writer(m_db, m_user);
    const Validation v = ClaimService(writer).returnClaim(claimId, reason);
    if (!v.ok()) {
        m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
        m_message->setText(tr("Not returned: %1").arg(v.text()));
        return false;
    }
    m_message->setStyleSheet(QStringLiteral("color: #1a6e1a;"));
    m_message->setText(tr("Returned to the clerk."));
    reload();
    emit changed();
    return true;
}

void ClaimReviewQueue::askReturnReason()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Return the claim"), tr("Reason for returning the claim:"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        returnCurrent(reason);
}

QString ClaimReviewQueue::message() const
{
    return m_message->text();
}

bool ClaimReviewQueue::printAfterApproval() const
{
    return m_print->isChecked();
}

void ClaimReviewQueue::setPrintAfterApproval(bool on)
{
    m_print->setChecked(on);
}
