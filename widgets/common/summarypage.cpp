#include "summarypage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

SummaryPage::SummaryPage(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_description(new QLabel(this)), m_view(new QTableView(this))
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_description->setWordWrap(true);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->setTabKeyNavigation(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    // A narrow table keeps each figure next to its item.
    m_view->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    layout->addWidget(m_view, 1);
}

void SummaryPage::setTitle(const QString &title)
{
    m_title->setText(title);
}

void SummaryPage::setDescription(const QString &text)
{
    m_description->setText(text);
}
