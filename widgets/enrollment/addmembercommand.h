#pragma once

#include "services/householdservice.h"

#include <QPointer>
#include <QUndoCommand>

class HouseholdCardModel;

// Adds a member to the card's pending edits (a birth or other new member, or
// a marriage into the household); undo takes them back.
class AddMemberCommand : public QUndoCommand
{
public:
    AddMemberCommand(HouseholdCardModel *model, const HouseholdService::NewPerson &person, bool marriage = false);
    void redo() override;
    void undo() override;

private:
    QPointer<HouseholdCardModel> m_model;
    HouseholdService::NewPerson m_person;
    bool m_marriage;
    int m_token = 0;
};
