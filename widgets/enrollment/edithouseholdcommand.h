#pragma once

#include "services/householdservice.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

class HouseholdCardModel;

// Changes the household's village, address or phone among the card's
// pending edits; undo brings back what was pending before.
class EditHouseholdCommand : public QUndoCommand
{
public:
    EditHouseholdCommand(HouseholdCardModel *model, const HouseholdService::HouseholdEdit &edit);
    void redo() override;
    void undo() override;

private:
    QPointer<HouseholdCardModel> m_model;
    HouseholdService::HouseholdEdit m_edit;
    std::optional<HouseholdService::HouseholdEdit> m_before;
};
