#pragma once

#include <QPointer>
#include <QUndoCommand>

class HouseholdCardModel;

// Makes another member the head among the card's pending edits; undo gives
// the household its head back.
class ChangeHeadCommand : public QUndoCommand
{
public:
    ChangeHeadCommand(HouseholdCardModel *model, const QString &newHeadPersonId, const QString &name,
                      const QString &oldHeadRelation);
    void redo() override;
    void undo() override;

private:
    QPointer<HouseholdCardModel> m_model;
    QString m_newHead, m_oldHeadRelation;
    QString m_previousHead, m_previousRelation;   // a head change pending before this one
};
