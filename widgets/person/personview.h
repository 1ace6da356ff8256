#pragma once

#include "domain/sessionuser.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

class HouseholdMembersModel;
class SpecialOutpatientLimitModel;
class QFormLayout;
class QLabel;
class QTableView;

// One person and their household, read only: the household's fields and
// every member, the chosen person selected, and the person's valid
// special-outpatient certifications with what is left of each disease's
// yearly limit. Enter on a member shows that member; Esc closes.
class PersonView : public QDialog
{
    Q_OBJECT
public:
    PersonView(const QSqlDatabase &db, const SessionUser &viewer, QWidget *parent = nullptr);

    bool showPerson(const QString &personId);
    HouseholdMembersModel *members() const { return m_members; }
    SpecialOutpatientLimitModel *limits() const { return m_limits; }
    // The day whose certifications and scheme year are shown (today unless set).
    void setReferenceDate(const QDate &day) { m_day = day; }

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
    SpecialOutpatientLimitModel *m_limits;
    QLabel *m_limitsHeading;
    QTableView *m_limitsView;
    QLabel *m_limitsNote;
    QDate m_day;
};
