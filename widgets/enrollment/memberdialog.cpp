#include "memberdialog.h"

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

MemberDialog::MemberDialog(bool hasHead, QWidget *parent) : MemberDialog(hasHead, false, parent)
{
}

MemberDialog::MemberDialog(const HouseholdService::NewPerson &current, bool isHead, QWidget *parent)
    : MemberDialog(!isHead, true, parent)
{
    m_idNumber->setText(current.idNumber);
    m_name->setText(current.name);
    if (isHead)
        m_relation->clear();
    if (isHead || current.relation == QLatin1String("self"))
        m_relation->addItem(HouseholdMembersModel::relationLabel(QStringLiteral("self")), QStringLiteral("self"));
    m_relation->setCurrentIndex(std::max(0, m_relation->findData(current.relation)));
    m_relation->setEnabled(!isHead);
    m_poverty->setChecked(current.poverty);
    m_dibao->setChecked(current.dibao);
    m_tekun->setChecked(current.tekun);
    m_nearPoor->setChecked(current.nearPoor);
    m_phone->setText(current.phone);
}

MemberDialog::MemberDialog(bool hasHead, bool editing, QWidget *parent)
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
    setObjectName(editing ? QStringLiteral("EditMemberDialog") : QStringLiteral("AddMemberDialog"));
    setWindowTitle(editing ? tr("Correct a member's details") : tr("Add a household member"));
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
    //: button of the member dialog: keep the corrections among the card's pending edits
    buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("&Apply") : tr("&Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

HouseholdService::NewPerson MemberDialog::person() const
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

QString MemberDialog::errorText() const
{
    return m_error->text();
}

void MemberDialog::accept()
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
