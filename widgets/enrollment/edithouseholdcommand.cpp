#include "edithouseholdcommand.h"

#include "itemmodels/householdcardmodel.h"

EditHouseholdCommand::EditHouseholdCommand(HouseholdCardModel *model, const HouseholdService::HouseholdEdit &edit)
    : m_model(model), m_edit(edit), m_before(model->pendingHouseholdEdit())
{
    //: undo menu entry: the household's village, address or phone changed
    setText(QCoreApplication::translate("HouseholdCard", "household details"));
}

void EditHouseholdCommand::redo()
{
    if (m_model)
        m_model->setPendingHouseholdEdit(m_edit);
}

void EditHouseholdCommand::undo()
{
    if (m_model)
        m_model->setPendingHouseholdEdit(m_before);
}
