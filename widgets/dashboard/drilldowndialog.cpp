#include "drilldowndialog.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DrillDownDialog::DrillDownDialog(const QString &title, QAbstractItemModel *model, QWidget *parent)
    : QDialog(parent), m_model(model), m_view(new QTableView(this)), m_totals(new QLabel(this))
{
    setWindowTitle(title);
    model->setParent(this);
    m_view->setObjectName(QStringLiteral("drillDownList"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    m_totals->setObjectName(QStringLiteral("drillDownTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addWidget(buttons);
    resize(1300, 700);
    m_view->setFocus();
}

void DrillDownDialog::setTotals(const QString &text)
{
    m_totals->setText(text);
}

QString DrillDownDialog::totalsText() const
{
    return m_totals->text();
}
