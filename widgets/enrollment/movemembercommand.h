#pragma once

#include <QPointer>
#include <QUndoCommand>

class HouseholdCardModel;

// Moves a member to another household among the card's pending edits; undo
// takes the move back.
class MoveMemberCommand : public QUndoCommand
{
public:
    MoveMemberCommand(HouseholdCardModel *model, const QString &personId, const QString &name, const QString &toHouseholdId,
                      const QString &toCode, const QString &relation);
    void redo() override;
    void undo() override;

private:
    QPointer<HouseholdCardModel> m_model;
    QString m_personId, m_toHouseholdId, m_toCode, m_relation;
};
