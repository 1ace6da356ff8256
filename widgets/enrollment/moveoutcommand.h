#pragma once

#include <QPointer>
#include <QUndoCommand>

class HouseholdCardModel;

// A member moves out of the county's insurance (迁出), among the card's
// pending edits; undo takes it back.
class MoveOutCommand : public QUndoCommand
{
public:
    MoveOutCommand(HouseholdCardModel *model, const QString &personId, const QString &name);
    void redo() override;
    void undo() override;

private:
    QPointer<HouseholdCardModel> m_model;
    QString m_personId;
};
