#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;

// A main-window page that shows, in a table, what the replica holds for its
// area of work. Used by the areas whose own screens land later.
class SummaryPage : public QWidget
{
    Q_OBJECT
public:
    SummaryPage(QAbstractItemModel *model, QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setDescription(const QString &text);
    QTableView *view() const { return m_view; }

private:
    QLabel *m_title;
    QLabel *m_description;
    QTableView *m_view;
};
