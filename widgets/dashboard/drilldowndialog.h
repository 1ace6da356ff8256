#pragma once

#include <QDialog>

class QAbstractItemModel;
class QLabel;
class QTableView;

// The list behind a dashboard bar or slice: a table of its rows (the claims
// list, the filing list or a dashboard detail list, which the dialog owns)
// and the totals that agree with the figure clicked.
class DrillDownDialog : public QDialog
{
    Q_OBJECT
public:
    DrillDownDialog(const QString &title, QAbstractItemModel *model, QWidget *parent = nullptr);

    void setTotals(const QString &text);
    QTableView *view() const { return m_view; }
    QAbstractItemModel *model() const { return m_model; }
    QString totalsText() const;

private:
    QAbstractItemModel *m_model;
    QTableView *m_view;
    QLabel *m_totals;
};
