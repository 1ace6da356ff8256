#include "addmembercommand.h"

#include "itemmodels/householdcardmodel.h"

AddMemberCommand::AddMemberCommand(HouseholdCardModel *model, const HouseholdService::NewPerson &person, bool marriage)
    : m_model(model), m_person(person), m_marriage(marriage)
{
    setText(marriage ? //: undo menu entry: a marriage into the household
                QCoreApplication::translate("HouseholdCard", "marriage of %1").arg(person.name)
                     : //: undo menu entry
                QCoreApplication::translate("HouseholdCard", "add %1").arg(person.name));
}

void AddMemberCommand::redo()
{
    if (m_model)
        m_token = m_model->addPendingMember(m_person, m_marriage);
}

void AddMemberCommand::undo()
{
    if (m_model)
        m_model->removePendingMember(m_token);
}
