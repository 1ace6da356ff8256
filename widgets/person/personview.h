#pragma once

#include "domain/sessionuser.h"

#include <QDialog>
#include <QSqlDatabase>

class HouseholdMembersModel;
class QFormLayout;
class QLabel;
class QTableView;

// One person and their household, read only: the household's fields and
// every member, the chosen person selected. Enter on a member shows that
// member; Esc closes.
class PersonView : public QDialog
{
    Q_OBJECT
public:
    PersonView(const QSqlDatabase &db, const SessionUser &viewer, QWidget *parent = nullptr);

    bool showPerson(const QString &personId);
    HouseholdMembersModel *members() const { return m_members; }

signals:
    // The clerk asked for the household's health poverty relief year.
    void reliefYearRequested(const QString &householdId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    HouseholdMembersModel *m_members;
    QLabel *m_heading;
    QLabel *m_householdCode;
    QLabel *m_village;
    QLabel *m_township;
    QLabel *m_address;
    QLabel *m_phone;
    QTableView *m_view;
};
