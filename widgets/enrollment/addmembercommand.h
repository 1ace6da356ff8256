#pragma once

#include "services/householdservice.h"

#include <QPointer>
#include <QUndoCommand>

class HouseholdCardModel;

// Adds a member to the card's pending edits; undo takes them back.
class AddMemberCommand : public QUndoCommand
{
public:
    AddMemberCommand(HouseholdCardModel *model, const HouseholdService::NewPerson &person);
    void redo() override;
    void undo() override;

private:
    QPointer<HouseholdCardModel> m_model;
    HouseholdService::NewPerson m_person;
    int m_token = 0;
};
