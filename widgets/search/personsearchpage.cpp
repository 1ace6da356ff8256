#include "personsearchpage.h"

#include "itemmodels/personsearchmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

PersonSearchPage::PersonSearchPage(PersonSearchModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(new QLabel(this)), m_summary(new QLabel(this)), m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("searchResults"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_summary->setWordWrap(true);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &) { activateCurrent(); });
    connect(model, &QAbstractItemModel::modelReset, this, &PersonSearchPage::updateSummary);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PersonSearchPage::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    updateSummary();
}

void PersonSearchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateSummary();
    QWidget::changeEvent(event);
}

void PersonSearchPage::updateSummary()
{
    m_title->setText(tr("Find a person"));
    const int n = m_model->rowCount();
    const QString text = m_model->searchText().trimmed();
    if (text.isEmpty()) {
        m_summary->setText(tr("Type an id number (whole or its beginning), a name or the name's pinyin initials "
                              "(e.g. ZSF for 张三丰) in the search box above and press Enter. Ctrl+F goes to the search box."));
        return;
    }
    if (m_model->mode() == PersonSearchModel::Mode::None) {
        m_summary->setText(tr("\"%1\" is neither an id number, a name nor pinyin initials.").arg(text));
        return;
    }
    if (n == 0)
        m_summary->setText(tr("No person found for \"%1\".").arg(text));
    else if (m_model->canFetchMore({}))
        m_summary->setText(tr("The first %n persons found for \"%1\"; scroll down for more. Enter opens the person.", "", n).arg(text));
    else
        m_summary->setText(tr("%n person(s) found for \"%1\". Enter opens the person.", "", n).arg(text));
}

void PersonSearchPage::activateCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    emit personActivated(m_model->personId(current.row()));
}

bool PersonSearchPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activateCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
