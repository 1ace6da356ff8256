#include "outpatientpage.h"

#include "certificationpage.h"
#include "domain/role.h"
#include "filingform.h"
#include "filingworklist.h"

#include <QTabWidget>
#include <QVBoxLayout>

OutpatientPage::OutpatientPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("outpatientPage"));
    const bool county = RoleInfo::isCountyRole(user.role);
    m_list = new FilingWorklist(db, user, m_tabs);
    if (!county) {
        m_form = new FilingForm(db, user, m_tabs);
        //: tab of the special-outpatient page
        m_tabs->addTab(m_form, tr("Filing for&m"));
    }
    //: tab of the special-outpatient page: filings by status, review and submission
    m_tabs->addTab(m_list, tr("Filing &lists"));
    if (county || RoleInfo::can(user.role, Permission::CertifyFilings)) {
        m_certification = new CertificationPage(db, user, m_tabs);
        //: tab of the special-outpatient page: the county's batch certification (集中认定)
        m_tabs->addTab(m_certification, tr("&Batch certification"));
        m_tabs->setCurrentWidget(m_certification);
        connect(m_certification, &CertificationPage::changed, m_list, &FilingWorklist::reload);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    if (!county && RoleInfo::can(user.role, Permission::ReviewFilings) && user.role != Role::Clerk)
        m_tabs->setCurrentWidget(m_list);

    if (m_form) {
        connect(m_form, &FilingForm::filingSaved, m_list, &FilingWorklist::reload);
        connect(m_list, &FilingWorklist::correctRequested, this, [this](const QString &id) {
            if (m_form->loadFiling(id))
                m_tabs->setCurrentWidget(m_form);
        });
    }
}
