#include "synchighlightdelegate.h"

void SyncHighlightDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(Qt::UserRole + 1).toBool())
        return;
    option->font.setBold(true);
    option->backgroundBrush = QBrush(QColor(0xff, 0xf3, 0xc4));
}
