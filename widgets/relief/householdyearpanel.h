#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class PovertyHouseholdListModel;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class ReliefClaimsModel;
class ReliefMembersModel;

// A registered poverty household's year (贫困户年度医疗费用及救助): find the
// household on the left; on the right its members with totals, coverage and
// relief caps, every settled claim with every layer, and the relief of the
// chosen claim explained in words a clerk can read aloud.
class HouseholdYearPanel : public QWidget
{
    Q_OBJECT
public:
    HouseholdYearPanel(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    // Shows a household (any household, poverty or not); false if there is none.
    bool showHousehold(const QString &householdId);
    void setYear(int year);
    int year() const;
    QString householdId() const { return m_householdId; }

    PovertyHouseholdListModel *households() const { return m_households; }
    ReliefMembersModel *members() const { return m_members; }
    ReliefClaimsModel *claims() const { return m_claims; }
    QLabel *explanation() const { return m_explanation; }
    QLabel *summary() const { return m_summary; }
    QTableView *claimsView() const { return m_claimsView; }

public slots:
    void reload();

private:
    bool load();
    void showClaim(int row);

    QSqlDatabase m_db;
    SessionUser m_user;
    QString m_householdId;
    PovertyHouseholdListModel *m_households;
    ReliefMembersModel *m_members;
    ReliefClaimsModel *m_claims;
    QLineEdit *m_find;
    QTableView *m_householdView;
    QSpinBox *m_year;
    QLabel *m_heading;
    QLabel *m_summary;
    QTableView *m_membersView;
    QTableView *m_claimsView;
    QLabel *m_explanation;
};
