#pragma once

#include <QDate>
#include <QPointer>
#include <QUndoCommand>

class HouseholdCardModel;

// Records a member's death among the card's pending edits; undo takes it back.
class RecordDeathCommand : public QUndoCommand
{
public:
    RecordDeathCommand(HouseholdCardModel *model, const QString &personId, const QString &name, const QDate &date);
    void redo() override;
    void undo() override;

private:
    QPointer<HouseholdCardModel> m_model;
    QString m_personId;
    QDate m_date;
};
