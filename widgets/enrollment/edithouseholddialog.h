#pragma once

#include "services/householdservice.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;

// The household's village (one of its township's), address and phone, for
// the household card. The phone is checked here so that a typo is heard of
// at once; the service checks everything again when the card is saved.
class EditHouseholdDialog : public QDialog
{
    Q_OBJECT
public:
    EditHouseholdDialog(const QSqlDatabase &db, const QString &townshipId, const HouseholdService::HouseholdEdit &current,
                        QWidget *parent = nullptr);

    HouseholdService::HouseholdEdit edit() const;
    QString errorText() const;

    void accept() override;

private:
    QComboBox *m_village;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLabel *m_error;
};
