#pragma once

#include "services/householdservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// A member for the household card: a new one (a birth, a marriage into
// the household, anyone joining), or the corrections of a saved one. Id
// number, name, relation to the head, subsidized categories, phone; sex and
// birth date come from the id number. The id number is checked here so
// that the clerk hears of a typo at once; the service checks everything
// again when the card is saved.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    // A new member; "self" is offered only to a household without a head.
    explicit MemberDialog(bool hasHead, QWidget *parent = nullptr);
    // Corrections of a saved member, the fields filled with its values. The
    // head's relation stays "self"; another member's cannot become it.
    MemberDialog(const HouseholdService::NewPerson &current, bool isHead, QWidget *parent = nullptr);

    HouseholdService::NewPerson person() const;
    QString errorText() const;

    void accept() override;

private:
    MemberDialog(bool hasHead, bool editing, QWidget *parent);
    QLineEdit *m_idNumber;
    QLineEdit *m_name;
    QComboBox *m_relation;
    QCheckBox *m_poverty;
    QCheckBox *m_dibao;
    QCheckBox *m_tekun;
    QCheckBox *m_nearPoor;
    QLineEdit *m_phone;
    QLabel *m_error;
};
