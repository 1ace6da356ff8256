#include "syncconflicteditdelegate.h"

#include "itemmodels/recordvalueformat.h"
#include "itemmodels/syncconflictfieldsmodel.h"

#include <QComboBox>
#include <QLineEdit>

namespace {
// The model's entity and column of a row, and the stored value that stands.
struct Field
{
    QString entity, column, raw;
};
Field fieldOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const SyncConflictFieldsModel *>(index.model());
    if (!model)
        return {};
    return {model->entity(), model->column(index.row()), model->standingValue(index.row())};
}
} // namespace

QWidget *SyncConflictEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Field f = fieldOf(index);
    const auto choices = RecordValueFormat::choices(f.entity, f.column);
    if (choices.isEmpty()) {
        QWidget *editor = SyncHighlightDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (RecordValueFormat::kind(f.entity, f.column) == RecordValueFormat::Kind::Date)
                //: how to type a date in a conflict's edited version
                line->setPlaceholderText(tr("yyyy-mm-dd"));
            else if (RecordValueFormat::kind(f.entity, f.column) == RecordValueFormat::Kind::Money)
                //: how to type an amount in a conflict's edited version
                line->setPlaceholderText(tr("yuan, e.g. 1234.56"));
        }
        return editor;
    }
    auto *combo = new QComboBox(parent);
    for (const auto &[code, label] : choices)
        combo->addItem(label, code);
    return combo;
}

void SyncConflictEditDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(fieldOf(index).raw));
        return;
    }
    SyncHighlightDelegate::setEditorData(editor, index);
}

void SyncConflictEditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    SyncHighlightDelegate::setModelData(editor, model, index);
}

void SyncConflictEditDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    SyncHighlightDelegate::initStyleOption(option, index);
    if (index.column() == SyncConflictFieldsModel::StandsColumn && !(index.flags() & Qt::ItemIsEditable))
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
}
