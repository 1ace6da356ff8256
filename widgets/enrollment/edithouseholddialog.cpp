#include "edithouseholddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

EditHouseholdDialog::EditHouseholdDialog(const QSqlDatabase &db, const QString &townshipId,
                                         const HouseholdService::HouseholdEdit &current, QWidget *parent)
    : QDialog(parent),
      m_village(new QComboBox(this)),
      m_address(new QLineEdit(current.address, this)),
      m_phone(new QLineEdit(current.phone, this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("EditHouseholdDialog"));
    setWindowTitle(tr("Household details"));
    m_village->setObjectName(QStringLiteral("village"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setMaxLength(100);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name FROM village WHERE township_id = ? AND deleted = 0 ORDER BY code"));
    q.addBindValue(townshipId);
    if (q.exec())
        while (q.next())
            m_village->addItem(q.value(1).toString(), q.value(0));
    m_village->setCurrentIndex(std::max(0, m_village->findData(current.villageId)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Village:"), m_village);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("P&hone:"), m_phone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

HouseholdService::HouseholdEdit EditHouseholdDialog::edit() const
{
    return {m_village->currentData().toString(), m_address->text().trimmed(), m_phone->text().trimmed()};
}

QString EditHouseholdDialog::errorText() const
{
    return m_error->text();
}

void EditHouseholdDialog::accept()
{
    if (!HouseholdService::isPhone(m_phone->text().trimmed())) {
        m_error->setText(tr("Phone: 11 digits for a mobile, or area code and number."));
        m_phone->setFocus();
        return;
    }
    QDialog::accept();
}
