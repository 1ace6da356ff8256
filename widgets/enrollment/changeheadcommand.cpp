#include "changeheadcommand.h"

#include "itemmodels/householdcardmodel.h"

ChangeHeadCommand::ChangeHeadCommand(HouseholdCardModel *model, const QString &newHeadPersonId, const QString &name,
                                     const QString &oldHeadRelation)
    : m_model(model), m_newHead(newHeadPersonId), m_oldHeadRelation(oldHeadRelation)
{
    //: undo menu entry: a member becomes the head of the household
    setText(QCoreApplication::translate("HouseholdCard", "%1 as head").arg(name));
}

void ChangeHeadCommand::redo()
{
    if (!m_model)
        return;
    m_previousHead = m_model->pendingHead();
    m_previousRelation = m_model->pendingOldHeadRelation();
    m_model->setPendingHead(m_newHead, m_oldHeadRelation);
}

void ChangeHeadCommand::undo()
{
    if (!m_model)
        return;
    if (m_previousHead.isEmpty())
        m_model->clearPendingHead();
    else
        m_model->setPendingHead(m_previousHead, m_previousRelation);
}
