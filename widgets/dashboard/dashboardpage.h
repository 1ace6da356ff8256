#pragma once

#include "dashboard/dashboardfigures.h"
#include "domain/sessionuser.h"
#include "drilldowndialog.h"

#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QVector>
#include <QWidget>

class ChartPanel;
class DashboardTableModel;
class QComboBox;
class QLabel;
class QTabWidget;

// The statistics page (统计): the township's figures for a scheme year (the
// whole county's, or one township's, for county roles) as charts, one tab
// each, read when the tab is first shown. Each chart shows the list behind
// a bar (Enter in its table or a click) and prints or saves as PNG or PDF.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { EnrollmentTab, ContributionsByMonthTab, ContributionsByDayTab, ClaimsTab, FilingsByStatusTab,
               FilingsByDiseaseTab, PovertyTab, ReliefCapsTab, TabCount };

    DashboardPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    DashboardScope scope() const;
    void setYear(int year);
    // County roles: a township's figures, or the whole county's (empty id).
    void setTownship(const QString &townshipId);
    QTabWidget *tabs() const { return m_tabs; }
    ChartPanel *panel(Tab tab) const { return m_panels.at(tab); }
    bool isLoaded(Tab tab) const { return m_loaded.contains(tab); }
    // The list opened last by a drill-down, while it is open.
    DrillDownDialog *lastList() const { return m_lastList; }
    QString errorText() const;

public slots:
    // Reads the figures of the shown tab again (the others when shown).
    void refresh();
    // Opens the list behind a row of a tab's table.
    void showList(Tab tab, int row);

private:
    void load(int tab);
    void openList(const QString &title, class QAbstractItemModel *model, const QString &totals);
    void showError(const QString &message);

    QSqlDatabase m_db;
    SessionUser m_user;
    QComboBox *m_year;
    QComboBox *m_township = nullptr;
    QLabel *m_scopeNote;
    QLabel *m_error;
    QTabWidget *m_tabs;
    QVector<DashboardTableModel *> m_models;
    QVector<ChartPanel *> m_panels;
    QSet<int> m_loaded;
    QPointer<DrillDownDialog> m_lastList;
};
