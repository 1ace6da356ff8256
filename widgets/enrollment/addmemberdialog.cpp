#include "addmemberdialog.h"

#include "domain/idnumber.h"
#include "itemmodels/householdmembersmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddMemberDialog::AddMemberDialog(bool hasHead, QWidget *parent)
    : QDialog(parent),
      m_idNumber(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_relation(new QComboBox(this)),
      m_poverty(new QCheckBox(tr("Registered &poverty"), this)),
      m_dibao(new QCheckBox(tr("&Dibao"), this)),
      m_tekun(new QCheckBox(tr("&Tekun"), this)),
      m_nearPoor(new QCheckBox(tr("N&ear-poor"), this)),
      m_phone(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("AddMemberDialog"));
    setWindowTitle(tr("Add a household member"));
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    m_idNumber->setMaxLength(18);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(30);
    m_relation->setObjectName(QStringLiteral("relation"));
    for (const QString &r : HouseholdService::relations())
        if (r != QLatin1String("self") || !hasHead)
            m_relation->addItem(HouseholdMembersModel::relationLabel(r), r);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_poverty->setObjectName(QStringLiteral("poverty"));
    m_dibao->setObjectName(QStringLiteral("dibao"));
    m_tekun->setObjectName(QStringLiteral("tekun"));
    m_nearPoor->setObjectName(QStringLiteral("nearPoor"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *categories = new QHBoxLayout;
    for (QCheckBox *c : {m_poverty, m_dibao, m_tekun, m_nearPoor})
        categories->addWidget(c);
    auto *form = new QFormLayout;
    form->addRow(tr("&Id number:"), m_idNumber);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Relation to head:"), m_relation);
    form->addRow(tr("Category:"), categories);
    form->addRow(tr("P&hone:"), m_phone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

HouseholdService::NewPerson AddMemberDialog::person() const
{
    HouseholdService::NewPerson p;
    p.idNumber = m_idNumber->text().trimmed();
    p.name = m_name->text().trimmed();
    p.relation = m_relation->currentData().toString();
    p.poverty = m_poverty->isChecked();
    p.dibao = m_dibao->isChecked();
    p.tekun = m_tekun->isChecked();
    p.nearPoor = m_nearPoor->isChecked();
    p.phone = m_phone->text().trimmed();
    return p;
}

QString AddMemberDialog::errorText() const
{
    return m_error->text();
}

void AddMemberDialog::accept()
{
    Validation v;
    const auto id = IdNumber::parse(m_idNumber->text().trimmed());
    if (!id)
        v.append(id.errors());
    if (m_name->text().trimmed().isEmpty())
        v.add(QStringLiteral("name"), tr("Name: required."));
    if (!v.ok()) {
        m_error->setText(v.text());
        (v.hasField(QStringLiteral("name")) && id ? m_name : m_idNumber)->setFocus();
        return;
    }
    QDialog::accept();
}
