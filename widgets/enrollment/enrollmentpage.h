#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class HouseholdCard;
class InsuredElsewherePage;
class HouseholdListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class ReceiptRequestList;
class RosterImportDialog;
class ReconciliationPage;

// The enrollment page (参保登记) of the main window: the township's
// households, filtered by village, category and "not yet paid for year Y";
// Enter opens the household card, where members are edited and
// contributions taken. Further tabs hold the void and refund requests
// waiting for a reviewer, the daily reconciliation and the check of a list
// of people insured elsewhere.
class EnrollmentPage : public QWidget
{
    Q_OBJECT
public:
    EnrollmentPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    HouseholdListModel *households() const { return m_model; }
    QTableView *householdView() const { return m_view; }
    // Made when first asked for (its tab is first shown).
    ReconciliationPage *reconciliation();
    // The void and refund requests waiting for a reviewer (its own tab),
    // made when first asked for (its tab is first shown).
    ReceiptRequestList *receiptRequests();
    // The check of a list of people insured elsewhere (its own tab), made
    // when first asked for.
    InsuredElsewherePage *insuredElsewhere();
    QTabWidget *tabs() const { return m_tabs; }
    QSpinBox *yearBox() const { return m_year; }
    int year() const;
    // Opens the household's card (non-modal); nullptr if there is no such household.
    HouseholdCard *openHousehold(const QString &householdId);
    // The coming scheme year if its policy is published, else the newest published one.
    static int defaultYear(const QSqlDatabase &db);

    // The roster import dialog (modal when shown by the button); the list
    // refreshes when it imports.
    RosterImportDialog *makeRosterImport();

public slots:
    void refresh();
    void importRoster();

private:
    void applyFilter();
    void updateCount();

    QSqlDatabase m_db;
    SessionUser m_user;
    QTabWidget *m_tabs;
    HouseholdListModel *m_model;
    QTableView *m_view;
    QComboBox *m_village;
    QComboBox *m_category;
    QSpinBox *m_year;
    QCheckBox *m_unpaid;
    QLineEdit *m_text;
    QLabel *m_count;
    QWidget *m_reconciliationTab;
    ReconciliationPage *m_reconciliation = nullptr;
    QWidget *m_requestsTab;
    ReceiptRequestList *m_requests = nullptr;
    QWidget *m_elsewhereTab;
    InsuredElsewherePage *m_elsewhere = nullptr;
};
