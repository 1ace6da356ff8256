#include "moveoutcommand.h"

#include "itemmodels/householdcardmodel.h"

MoveOutCommand::MoveOutCommand(HouseholdCardModel *model, const QString &personId, const QString &name)
    : m_model(model), m_personId(personId)
{
    //: undo menu entry: a member moves out of the county
    setText(QCoreApplication::translate("HouseholdCard", "move out of %1").arg(name));
}

void MoveOutCommand::redo()
{
    if (m_model)
        m_model->setPendingMoveOut(m_personId);
}

void MoveOutCommand::undo()
{
    if (m_model)
        m_model->clearPendingMoveOut(m_personId);
}
