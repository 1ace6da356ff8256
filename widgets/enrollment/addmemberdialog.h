#pragma once

#include "services/householdservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// A new member for the household card (a birth, a marriage into the
// household, anyone joining): id number, name, relation to the head,
// subsidized categories, phone. Sex and birth date come from the id number.
// The id number is checked here so that the clerk hears of a typo at once;
// the service checks everything again when the card is saved.
class AddMemberDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddMemberDialog(bool hasHead, QWidget *parent = nullptr);

    HouseholdService::NewPerson person() const;
    QString errorText() const;

    void accept() override;

private:
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
