#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class HouseholdYearPanel;
class PolicyCorrectionPanel;
class QTabWidget;
class ReliefListPanel;

// The health poverty relief area of the main window (健康脱贫医疗救助): a
// poverty household's year, the relief list and its payment, and policy
// corrections, as tabs.
class ReliefPage : public QWidget
{
    Q_OBJECT
public:
    ReliefPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    HouseholdYearPanel *householdYear() const { return m_year; }
    ReliefListPanel *reliefList() const { return m_list; }
    PolicyCorrectionPanel *corrections() const { return m_corrections; }
    QTabWidget *tabs() const { return m_tabs; }

    // Opens the household's year tab on it (from the person view).
    bool showHousehold(const QString &householdId);
    // The same for the household of a person.
    bool showPersonHousehold(const QString &personId);

private:
    QSqlDatabase m_db;
    QTabWidget *m_tabs;
    HouseholdYearPanel *m_year;
    ReliefListPanel *m_list;
    PolicyCorrectionPanel *m_corrections;
};
