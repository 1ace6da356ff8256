#include "movemembercommand.h"

#include "itemmodels/householdcardmodel.h"

MoveMemberCommand::MoveMemberCommand(HouseholdCardModel *model, const QString &personId, const QString &name,
                                     const QString &toHouseholdId, const QString &toCode, const QString &relation)
    : m_model(model), m_personId(personId), m_toHouseholdId(toHouseholdId), m_toCode(toCode), m_relation(relation)
{
    //: undo menu entry: a member moves to another household
    setText(QCoreApplication::translate("HouseholdCard", "move of %1 to household %2").arg(name, toCode));
}

void MoveMemberCommand::redo()
{
    if (m_model)
        m_model->setPendingMove(m_personId, m_toHouseholdId, m_toCode, m_relation);
}

void MoveMemberCommand::undo()
{
    if (m_model)
        m_model->clearPendingMove(m_personId);
}
