#pragma once

#include "domain/sessionuser.h"
#include "services/householdservice.h"

#include <QDialog>
#include <QSqlDatabase>

class ContributionDialog;
class HouseholdCardModel;
class HouseholdEnrollmentModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

// The household card (户卡): the household's head, address, village and
// phone; its members (relation, id number, name, sex, birth date, category,
// status); and every member's enrollment by scheme year (tier, personal
// contribution, the state's part, subsidy, status, receipt).
//
// Members are added (births, marriages into the household), corrected,
// moved to another household or out of the county, deaths recorded, the
// head changed, and the household's village, address and phone changed on
// the card first: each edit goes
// on a QUndoStack (Ctrl+Z, Ctrl+Shift+Z) and shows in the table as not
// saved; Save (Ctrl+S) writes them all through HouseholdService in one
// transaction. Contributions are taken in ContributionDialog; a receipt
// of the history is printed, and voided or refunded with a reason and a
// reviewer's approval (ReceiptService).
class HouseholdCard : public QDialog
{
    Q_OBJECT
public:
    HouseholdCard(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    bool load(const QString &householdId);
    void setDefaultYear(int year) { m_year = year; }

    HouseholdCardModel *members() const { return m_members; }
    HouseholdEnrollmentModel *enrollments() const { return m_enrollments; }
    QTableView *memberView() const { return m_memberView; }
    QTableView *enrollmentView() const { return m_enrollmentView; }
    QUndoStack *undoStack() const { return m_undo; }
    QString errorText() const;

    // The actions behind the buttons, for the keyboard and for tests.
    void addMember();                 // asks with MemberDialog
    void recordDeath();               // of the current member, asks for the date
    void marryIn();                   // asks with MemberDialog; the relation is to the head
    // Of the current member; the dialogs ask for what is missing.
    void moveMember();
    bool moveMemberTo(const QString &householdCode, const QString &relation);
    void changeHead();
    bool makeHead(const QString &oldHeadRelation);
    void editMember();                // of the current member, asks with MemberDialog
    bool correctMember(const HouseholdService::NewPerson &values);
    void editHousehold();             // asks with EditHouseholdDialog
    void changeHousehold(const HouseholdService::HouseholdEdit &edit);
    void moveOut();                   // of the current member, asks to confirm
    bool moveOutCurrent();
    bool save();
    ContributionDialog *takeContributions();   // opens the dialog (non-modal)
    void requestReceiptChange(bool refund);    // of the current history row, asks for a reason
    void approveReceiptChange();
    void rejectReceiptChange();

    void reject() override;

signals:
    void householdChanged();

private:
    QString currentReceiptId() const;
    void updateButtons();
    void showHeader();
    void showError(const QString &text);

    QSqlDatabase m_db;
    SessionUser m_user;
    int m_year = 0;
    HouseholdCardModel *m_members;
    HouseholdEnrollmentModel *m_enrollments;
    QUndoStack *m_undo;
    QLabel *m_heading;
    QLabel *m_code;
    QLabel *m_village;
    QLabel *m_address;
    QLabel *m_phone;
    QLabel *m_error;
    QTableView *m_memberView;
    QTableView *m_enrollmentView;
    QComboBox *m_size;
    QPushButton *m_addMember;
    QPushButton *m_death;
    QPushButton *m_marry;
    QPushButton *m_move;
    QPushButton *m_head;
    QPushButton *m_editMember;
    QPushButton *m_editHousehold;
    QPushButton *m_moveOut;
    QPushButton *m_save;
    QPushButton *m_contribute;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_void;
    QPushButton *m_refund;
    QPushButton *m_approve;
    QPushButton *m_rejectChange;
};
