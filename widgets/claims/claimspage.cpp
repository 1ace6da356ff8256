#include "claimspage.h"

#include "claimentryform.h"
#include "claimlistpage.h"
#include "claimreviewqueue.h"
#include "domain/role.h"
#include "itemmodels/claimslipmodel.h"
#include "printing/settlementsliprenderer.h"

#include <QTabWidget>
#include <QVBoxLayout>

ClaimsPage::ClaimsPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent), m_db(db), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("claimsPage"));
    m_entry = new ClaimEntryForm(db, user, m_tabs);
    m_queue = new ClaimReviewQueue(db, user, m_tabs);
    m_list = new ClaimListPage(db, user, m_tabs);
    //: tab of the claims page
    m_tabs->addTab(m_entry, tr("&Enter a claim"));
    //: tab of the claims page
    m_tabs->addTab(m_queue, tr("&Review"));
    //: tab of the claims page
    m_tabs->addTab(m_list, tr("&Claims and slips"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    if (RoleInfo::can(user.role, Permission::ApproveClaims) && user.role != Role::Clerk)
        m_tabs->setCurrentWidget(m_queue);
    if (!RoleInfo::can(user.role, Permission::EnterClaims))
        m_entry->setEnabled(false);

    connect(m_entry, &ClaimEntryForm::claimSaved, m_queue, &ClaimReviewQueue::reload);
    connect(m_entry, &ClaimEntryForm::claimSaved, m_list, &ClaimListPage::reload);
    connect(m_queue, &ClaimReviewQueue::changed, m_list, &ClaimListPage::reload);
    connect(m_list, &ClaimListPage::changed, m_queue, &ClaimReviewQueue::reload);
    connect(m_queue, &ClaimReviewQueue::settled, this, [this](const QString &settlementId) {
        if (!m_queue->printAfterApproval())
            return;
        const auto slip = ClaimSlipModel::load(m_db, settlementId);
        if (slip)
            SettlementSlipRenderer(slip.value()).preview(this);
    });
    connect(m_list, &ClaimListPage::reenterRequested, this, [this](const QString &claimId) {
        m_tabs->setCurrentWidget(m_entry);
        m_entry->loadClaim(claimId);
    });
}
