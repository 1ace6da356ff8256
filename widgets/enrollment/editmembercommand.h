#pragma once

#include "services/householdservice.h"

#include <QPointer>
#include <QUndoCommand>

#include <optional>

class HouseholdCardModel;

// Corrects a saved member among the card's pending edits; undo brings back
// the correction pending before (or none).
class EditMemberCommand : public QUndoCommand
{
public:
    EditMemberCommand(HouseholdCardModel *model, const QString &personId, const HouseholdService::NewPerson &values);
    void redo() override;
    void undo() override;

private:
    QPointer<HouseholdCardModel> m_model;
    QString m_personId;
    HouseholdService::NewPerson m_values;
    std::optional<HouseholdService::NewPerson> m_before;
};
