#include "editmembercommand.h"

#include "itemmodels/householdcardmodel.h"

EditMemberCommand::EditMemberCommand(HouseholdCardModel *model, const QString &personId,
                                     const HouseholdService::NewPerson &values)
    : m_model(model), m_personId(personId), m_values(values), m_before(model->pendingEdit(personId))
{
    //: undo menu entry: corrections of a member's details
    setText(QCoreApplication::translate("HouseholdCard", "corrections of %1").arg(values.name.trimmed()));
}

void EditMemberCommand::redo()
{
    if (m_model)
        m_model->setPendingEdit(m_personId, m_values);
}

void EditMemberCommand::undo()
{
    if (!m_model)
        return;
    if (m_before)
        m_model->setPendingEdit(m_personId, *m_before);
    else
        m_model->clearPendingEdit(m_personId);
}
