#include "recorddeathcommand.h"

#include "itemmodels/householdcardmodel.h"

RecordDeathCommand::RecordDeathCommand(HouseholdCardModel *model, const QString &personId, const QString &name,
                                       const QDate &date)
    : m_model(model), m_personId(personId), m_date(date)
{
    //: undo menu entry
    setText(QCoreApplication::translate("HouseholdCard", "death of %1").arg(name));
}

void RecordDeathCommand::redo()
{
    if (m_model)
        m_model->setPendingDeath(m_personId, m_date);
}

void RecordDeathCommand::undo()
{
    if (m_model)
        m_model->clearPendingDeath(m_personId);
}
