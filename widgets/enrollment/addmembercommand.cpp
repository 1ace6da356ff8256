#include "addmembercommand.h"

#include "itemmodels/householdcardmodel.h"

AddMemberCommand::AddMemberCommand(HouseholdCardModel *model, const HouseholdService::NewPerson &person)
    : m_model(model), m_person(person)
{
    //: undo menu entry
    setText(QCoreApplication::translate("HouseholdCard", "add %1").arg(person.name));
}

void AddMemberCommand::redo()
{
    if (m_model)
        m_token = m_model->addPendingMember(m_person);
}

void AddMemberCommand::undo()
{
    if (m_model)
        m_model->removePendingMember(m_token);
}
