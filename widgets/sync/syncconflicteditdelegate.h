#pragma once

#include "synchighlightdelegate.h"

// Edits the "will stand" value of a conflict's field in the clerk's words:
// a list to pick from for a field with fixed values (relation, status,
// yes/no...), a line for the rest (money in yuan, dates as 2024-03-01). The
// model turns what is typed back into the stored value.
class SyncConflictEditDelegate : public SyncHighlightDelegate
{
    Q_OBJECT
public:
    using SyncHighlightDelegate::SyncHighlightDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    // A "will stand" value the reviewer may not type (who and when, derived
    // fields, references) is shown greyed.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
