#include "syncconflictsview.h"

#include "syncconflicteditdelegate.h"
#include "synchighlightdelegate.h"

#include "itemmodels/displayformat.h"
#include "itemmodels/recordvalueformat.h"
#include "itemmodels/syncconflictfieldsmodel.h"
#include "itemmodels/syncconflictmodel.h"
#include "services/conflictresolutionservice.h"
#include "sync/syncwording.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

SyncConflictsView::SyncConflictsView(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_user(user),
      m_model(new SyncConflictModel(db, this)),
      m_fields(new SyncConflictFieldsModel(db, this)),
      m_list(new QTableView(this)),
      m_fieldsView(new QTableView(this)),
      m_showResolved(new QCheckBox(tr("Show &resolved conflicts too"), this)),
      m_summary(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("syncConflictsView"));
    m_list->setObjectName(QStringLiteral("syncConflictList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SyncHighlightDelegate(m_list));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    m_list->hideColumn(SyncConflictModel::ReasonColumn);   // said in full above the two versions
    m_list->setMinimumHeight(120);

    m_fieldsView->setObjectName(QStringLiteral("syncConflictFields"));
    m_fieldsView->setModel(m_fields);
    m_fieldsView->setItemDelegate(new SyncConflictEditDelegate(m_fieldsView));
    m_fieldsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_fieldsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fieldsView->setWordWrap(true);
    m_fieldsView->verticalHeader()->hide();
    m_fieldsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fieldsView->horizontalHeader()->setSectionResizeMode(SyncConflictFieldsModel::FieldColumn, QHeaderView::ResizeToContents);
    m_fieldsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_fieldsView->installEventFilter(this);
    m_list->installEventFilter(this);
    // Tab goes on to the next control (arrows move between cells), so the
    // decisions are reached with Tab alone.
    m_list->setTabKeyNavigation(false);
    m_fieldsView->setTabKeyNavigation(false);
    connect(m_fields, &SyncConflictFieldsModel::editRefused, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_fields, &SyncConflictFieldsModel::dataChanged, this, [this] { m_error->hide(); });

    m_summary->setObjectName(QStringLiteral("syncConflictSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("syncConflictError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->hide();

    m_keepServer = new QPushButton(tr("Keep the c&ounty's version"), this);
    m_keepServer->setObjectName(QStringLiteral("keepServerButton"));
    m_keepLocal = new QPushButton(tr("Keep &this workstation's version"), this);
    m_keepLocal->setObjectName(QStringLiteral("keepLocalButton"));
    m_keepEdited = new QPushButton(tr("Save the e&dited version"), this);
    m_keepEdited->setObjectName(QStringLiteral("keepEditedButton"));
    for (QPushButton *b : {m_keepServer, m_keepLocal, m_keepEdited})
        b->setAutoDefault(false);
    m_keepServer->setToolTip(tr("Alt+O: the county's version stands; nothing is sent."));
    m_keepLocal->setToolTip(tr("Alt+T: this workstation's version is written again and sent at the next sync."));
    m_keepEdited->setToolTip(tr("Alt+D or Ctrl+Enter: the values under \"Will stand\" are written and sent at the next sync."));
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *save = new QShortcut(keys, this);
        save->setContext(Qt::WidgetWithChildrenShortcut);
        connect(save, &QShortcut::activated, this, [this] {
            if (m_keepEdited->isEnabled())
                keepEdited();
        });
    }
    connect(m_keepServer, &QPushButton::clicked, this, &SyncConflictsView::keepServer);
    connect(m_keepLocal, &QPushButton::clicked, this, &SyncConflictsView::keepLocal);
    connect(m_keepEdited, &QPushButton::clicked, this, &SyncConflictsView::keepEdited);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_showResolved);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_fieldsView, 1);
    rightLayout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepServer);
    buttons->addWidget(m_keepLocal);
    buttons->addWidget(m_keepEdited);
    buttons->addStretch();
    rightLayout->addLayout(buttons);
    if (user.role == Role::Clerk) {
        auto *note = new QLabel(tr("A reviewer decides which version stands; you can look at the conflicts here."), right);
        note->setWordWrap(true);
        rightLayout->addWidget(note);
    }

    auto *hint = new QLabel(tr("Enter on a conflict goes to its fields; F2 or typing changes the value that will stand; "
                               "Ctrl+Enter saves the edited version."),
                            right);
    hint->setObjectName(QStringLiteral("syncConflictKeys"));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    rightLayout->addWidget(hint);
    setTabOrder(m_list, m_showResolved);
    setTabOrder(m_showResolved, m_fieldsView);
    setTabOrder(m_fieldsView, m_keepServer);
    setTabOrder(m_keepServer, m_keepLocal);
    setTabOrder(m_keepLocal, m_keepEdited);

    // The list above the two versions: a handful of conflicts at most, and
    // both tables get the page's whole width, so no column is cut off.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_showResolved, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowResolved(on);
        showConflict(m_model->rowCount() > 0 ? 0 : -1);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showConflict(current.row()); });
    reload();
}

void SyncConflictsView::reload()
{
    const QString keep = m_fields->conflict() ? m_fields->conflict()->id : QString();
    m_model->reload();
    m_list->resizeColumnsToContents();
    int row = m_model->rowOf(keep);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_list->selectRow(row);
    showConflict(row);
}

void SyncConflictsView::showConflict(int row)
{
    m_error->hide();
    const QString id = m_model->conflictId(row);
    const auto conflict = id.isEmpty() ? std::nullopt : ConflictResolutionService::load(m_db, id);
    m_fields->setConflict(conflict);
    const bool open = conflict && conflict->isOpen();
    for (QPushButton *b : {m_keepServer, m_keepLocal, m_keepEdited})
        b->setEnabled(open && m_user.role != Role::Clerk);
    if (!conflict) {
        m_summary->setText(m_model->rowCount() == 0 ? tr("No conflicts: everything this workstation sent was taken by the county.")
                                                    : QString());
        return;
    }
    const QString who = conflict->makerName.isEmpty() ? tr("someone on this workstation") : conflict->makerName;
    QString text = tr("%1 %2 was changed here by %3 (on version %4) while the county already had version %5. "
                      "The county's version stands until a reviewer decides. %6 field(s) differ.")
                       .arg(SyncWording::entity(conflict->entity),
                            RecordValueFormat::record(m_db, conflict->entity,
                                                      conflict->server.isEmpty() ? conflict->local : conflict->server, conflict->rowId),
                            who)
                       .arg(conflict->baseVersion)
                       .arg(conflict->serverVersion)
                       .arg(m_fields->differingCount());
    if (!conflict->reason.isEmpty())
        text += QLatin1Char('\n') + tr("The county said: %1").arg(conflict->reason);
    m_summary->setText(text);
    m_fieldsView->resizeRowsToContents();
}

void SyncConflictsView::focusFields()
{
    if (m_fields->rowCount() == 0)
        return;
    m_fieldsView->setFocus();
    // The first field that differs, in the column a reviewer may change.
    m_fieldsView->setCurrentIndex(m_fields->index(0, SyncConflictFieldsModel::StandsColumn));
}

bool SyncConflictsView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_list && enter && key->modifiers() == Qt::NoModifier) {
            focusFields();
            return true;
        }
        // Enter on a field moves to the next one, as in the forms (an open
        // editor takes its own Enter: the delegate commits it).
        if (watched == m_fieldsView && enter && key->modifiers() == Qt::NoModifier) {
            const QModelIndex current = m_fieldsView->currentIndex();
            if (current.row() + 1 < m_fields->rowCount())
                m_fieldsView->setCurrentIndex(m_fields->index(current.row() + 1, SyncConflictFieldsModel::StandsColumn));
            else
                m_keepEdited->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SyncConflictsView::finish(const Validation &result, const QString &done)
{
    if (!result.ok()) {
        m_error->setText(result.text());
        m_error->show();
        return;
    }
    m_error->hide();
    reload();
    m_summary->setText(done + QLatin1Char('\n') + m_summary->text());
    m_list->setFocus();
    emit resolved();
}

void SyncConflictsView::keepServer()
{
    if (!m_fields->conflict())
        return;
    ChangeWriter writer(m_db, m_user);
    ConflictResolutionService service(writer);
    finish(service.keepServer(m_fields->conflict()->id), tr("The county's version stands; the conflict is closed."));
}

void SyncConflictsView::keepLocal()
{
    if (!m_fields->conflict())
        return;
    ChangeWriter writer(m_db, m_user);
    ConflictResolutionService service(writer);
    finish(service.keepLocal(m_fields->conflict()->id),
           tr("This workstation's version was written again; it is sent to the county at the next sync."));
}

void SyncConflictsView::keepEdited()
{
    if (!m_fields->conflict())
        return;
    // A value still in its editor (Ctrl+Enter while typing) is taken first:
    // the editor commits when it loses the focus.
    if (QWidget *focus = QApplication::focusWidget(); focus && focus != m_fieldsView && m_fieldsView->isAncestorOf(focus))
        m_fieldsView->setFocus();
    ChangeWriter writer(m_db, m_user);
    ConflictResolutionService service(writer);
    finish(service.keepEdited(m_fields->conflict()->id, m_fields->standingValues()),
           tr("The edited version was written; it is sent to the county at the next sync."));
}
