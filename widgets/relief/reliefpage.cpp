#include "reliefpage.h"

#include "householdyearpanel.h"
#include "policycorrectionpanel.h"
#include "relieflistpanel.h"
#include "storage/localsettings.h"

#include <QSqlQuery>
#include <QTabWidget>
#include <QVBoxLayout>

ReliefPage::ReliefPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent), m_db(db), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("reliefPage"));
    m_year = new HouseholdYearPanel(db, user, m_tabs);
    m_list = new ReliefListPanel(db, user, m_tabs);
    m_corrections = new PolicyCorrectionPanel(db, user, m_tabs);
    //: tab of the relief page
    m_tabs->addTab(m_year, tr("Poverty &household year"));
    //: tab of the relief page: 救助发放花名册
    m_tabs->addTab(m_list, tr("Relief &list and payment"));
    //: tab of the relief page
    m_tabs->addTab(m_corrections, tr("Policy &corrections"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // The page opens on the tab used last on this workstation.
    m_tabs->setCurrentIndex(LocalSettings::value(db, QStringLiteral("relief.tab"), QStringLiteral("0")).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        LocalSettings::setValue(m_db, QStringLiteral("relief.tab"), QString::number(index));
    });
}

bool ReliefPage::showHousehold(const QString &householdId)
{
    m_tabs->setCurrentWidget(m_year);
    return m_year->showHousehold(householdId);
}

bool ReliefPage::showPersonHousehold(const QString &personId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT household_id FROM person WHERE id = ?"));
    q.addBindValue(personId);
    return q.exec() && q.next() && showHousehold(q.value(0).toString());
}
