#pragma once

#include <QStyledItemDelegate>

// Marks the rows a sync model flags with its HighlightRole (Qt::UserRole + 1):
// bold on a pale yellow ground, so a conflict's differing fields, open
// conflicts and failed runs stand out. The models stay free of QtGui.
class SyncHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
