#include "filingworklist.h"

#include "certificationnoticerenderer.h"
#include "filingformrenderer.h"
#include "filinglistexport.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/filingdocumentmodel.h"
#include "itemmodels/filinglistmodel.h"
#include "services/filingservice.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

FilingWorklist::FilingWorklist(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent), m_db(db), m_user(user), m_writer(db, user), m_model(new FilingListModel(db, this))
{
    setObjectName(QStringLiteral("filingWorklist"));
    m_model->setViewer(user);

    auto *filters = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    for (const QString &s : {QStringLiteral("reported"), QStringLiteral("returned"), QStringLiteral("reviewed"),
                             QStringLiteral("submitted"), QStringLiteral("certified"), QStringLiteral("rejected"),
                             QStringLiteral("expired"), QStringLiteral("revoked")})
        m_status->addItem(FilingListModel::statusLabel(s), s);
    //: filing list filter: certified filings whose validity ends within the next 60 days
    m_status->addItem(tr("Certified, expiring within 60 days"), QStringLiteral("expiring"));
    //: filing list filter: every status
    m_status->addItem(tr("All"), QString());
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villageFilter"));
    //: filing list filter: every village
    m_village->addItem(tr("All villages"), QString());
    for (const auto &v : FilingListModel::villages(db, RoleInfo::isCountyRole(user.role) ? QString() : user.townshipId))
        m_village->addItem(v.second, v.first);
    m_disease = new QLineEdit(this);
    m_disease->setObjectName(QStringLiteral("diseaseFilter"));
    m_disease->setPlaceholderText(tr("Disease code"));
    m_disease->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    auto *villageLabel = new QLabel(tr("&Village:"), this);
    villageLabel->setBuddy(m_village);
    //: filing list filter label
    auto *diseaseLabel = new QLabel(tr("D&isease:"), this);
    diseaseLabel->setBuddy(m_disease);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(villageLabel);
    filters->addWidget(m_village);
    filters->addWidget(diseaseLabel);
    filters->addWidget(m_disease);
    filters->addStretch(1);
    filters->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("filingTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *actions = new QHBoxLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Reason for returning (required to return)"));
    //: reviewer's button: approve the selected filings (初审通过)
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    //: reviewer's button: return the selected filings to the clerk (退回)
    m_return = new QPushButton(tr("Re&turn"), this);
    m_return->setObjectName(QStringLiteral("returnButton"));
    //: reviewer's button: submit reviewed filings to the county (上报)
    m_submit = new QPushButton(tr("Su&bmit to the county"), this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    //: clerk's button: open a returned filing to correct it
    m_correct = new QPushButton(tr("&Correct"), this);
    m_correct->setObjectName(QStringLiteral("correctButton"));
    //: print the filing form for the person to sign
    m_print = new QPushButton(tr("&Print form"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    //: print the county's certification (or non-certification) notice for the person
    m_notice = new QPushButton(tr("Print &notice"), this);
    m_notice->setObjectName(QStringLiteral("noticeButton"));
    //: county certifier's button: revoke a certification, with a reason (撤销认定)
    m_revoke = new QPushButton(tr("Revo&ke"), this);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    //: export the filing list as filtered to XLSX or CSV (Ctrl+E)
    m_export = new QPushButton(tr("E&xport..."), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Export every filing the filters match to an Excel workbook or CSV file (Ctrl+E)"));
    for (QPushButton *b : {m_approve, m_return, m_submit, m_correct, m_print, m_notice, m_revoke, m_export})
        b->setAutoDefault(false);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    actions->addWidget(reasonLabel);
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_approve);
    actions->addWidget(m_return);
    actions->addWidget(m_submit);
    actions->addWidget(m_correct);
    actions->addWidget(m_revoke);
    actions->addWidget(m_print);
    actions->addWidget(m_notice);
    actions->addWidget(m_export);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    const bool reviewer = RoleInfo::can(user.role, Permission::ReviewFilings);
    const bool filer = RoleInfo::can(user.role, Permission::FileFilings);
    m_approve->setVisible(reviewer);
    m_return->setVisible(reviewer);
    m_submit->setVisible(reviewer);
    const bool certifier = RoleInfo::can(user.role, Permission::CertifyFilings);
    m_revoke->setVisible(certifier);
    m_reason->setVisible(reviewer || certifier);
    reasonLabel->setVisible(reviewer || certifier);
    if (!reviewer && certifier)
        //: reason field of the filing list, for the county certifier
        m_reason->setPlaceholderText(tr("Reason for revoking (required to revoke)"));
    m_correct->setVisible(filer);

    connect(m_status, &QComboBox::currentIndexChanged, this, &FilingWorklist::applyFilter);
    connect(m_village, &QComboBox::currentIndexChanged, this, &FilingWorklist::applyFilter);
    connect(m_disease, &QLineEdit::editingFinished, this, &FilingWorklist::applyFilter);
    connect(m_approve, &QPushButton::clicked, this, &FilingWorklist::approveSelected);
    connect(m_return, &QPushButton::clicked, this, &FilingWorklist::returnSelected);
    connect(m_submit, &QPushButton::clicked, this, &FilingWorklist::submitSelected);
    connect(m_correct, &QPushButton::clicked, this, &FilingWorklist::correctCurrent);
    connect(m_print, &QPushButton::clicked, this, &FilingWorklist::printCurrent);
    connect(m_notice, &QPushButton::clicked, this, &FilingWorklist::printNotice);
    connect(m_revoke, &QPushButton::clicked, this, &FilingWorklist::revokeCurrent);
    connect(m_export, &QPushButton::clicked, this, &FilingWorklist::exportList);
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, this, &FilingWorklist::exportList);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_model->data(m_view->currentIndex(), FilingListModel::StatusRole).toString() == QLatin1String("returned"))
            correctCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FilingWorklist::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FilingWorklist::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FilingWorklist::updateButtons);
    connect(m_model, &FilingListModel::queryFailed, m_message, &QLabel::setText);

    // A reviewer starts on what waits for review, a clerk on what came back.
    showStatus(reviewer && user.role != Role::Clerk ? QStringLiteral("reported")
               : filer                               ? QStringLiteral("returned")
                                                     : QStringLiteral("submitted"));
}

void FilingWorklist::showStatus(const QString &status)
{
    const int i = m_status->findData(status);
    if (i == m_status->currentIndex())
        applyFilter();
    else
        m_status->setCurrentIndex(i < 0 ? m_status->count() - 1 : i);
}

void FilingWorklist::applyFilter()
{
    FilingListModel::Filter f;
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("expiring")) {
        f.statuses = {QStringLiteral("certified")};
        f.validToBy = QDate::currentDate().addDays(60);
    } else if (!status.isEmpty()) {
        f.statuses = {status};
    }
    f.townshipId = RoleInfo::isCountyRole(m_user.role) ? QString() : m_user.townshipId;
    f.villageId = m_village->currentData().toString();
    f.diseaseCode = m_disease->text().trimmed().toUpper();
    m_model->setFilter(f);
    //: count of filings the list's filter matches
    m_count->setText(tr("%n filing(s)", "", int(qMin<qint64>(m_model->totalCount(), INT_MAX))));
    m_view->resizeColumnsToContents();
}

void FilingWorklist::reload()
{
    applyFilter();
}

QString FilingWorklist::message() const
{
    return m_message->text();
}

QStringList FilingWorklist::selectedFilingIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << m_model->filingId(i.row());
    return ids;
}

bool FilingWorklist::selectFiling(const QString &filingId, bool add)
{
    const int row = m_model->rowOfFiling(filingId);
    if (row < 0)
        return false;
    m_view->selectionModel()->select(m_model->index(row, 0),
                                     (add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect)
                                         | QItemSelectionModel::Rows);
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
    return true;
}

void FilingWorklist::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    for (QPushButton *b : {m_approve, m_return, m_submit, m_print})
        b->setEnabled(any);
    const QString status = m_model->data(m_view->currentIndex(), FilingListModel::StatusRole).toString();
    m_correct->setEnabled(any && status == QLatin1String("returned"));
    m_revoke->setEnabled(any && status == QLatin1String("certified"));
    m_notice->setEnabled(any && (status == QLatin1String("certified") || status == QLatin1String("rejected")
                                 || status == QLatin1String("expired") || status == QLatin1String("revoked")));
}

void FilingWorklist::showResult(const QString &done, const QStringList &errors)
{
    if (errors.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_message->setText(done);
    } else {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(errors.join(QLatin1Char('\n')));
    }
}

bool FilingWorklist::approveSelected()
{
    const QStringList ids = selectedFilingIds();
    if (ids.isEmpty()) {
        showResult({}, {tr("Pick at least one filing.")});
        return false;
    }
    FilingService service(m_writer);
    QStringList errors;
    int approved = 0;
    for (const QString &id : ids) {
        const Validation v = service.review(id, true);
        if (v.ok())
            ++approved;
        else
            errors << v.text();
    }
    errors.removeDuplicates();
    reload();
    emit changed();
    showResult(tr("%n filing(s) approved.", "", approved), errors);
    return errors.isEmpty();
}

bool FilingWorklist::returnSelected()
{
    const QStringList ids = selectedFilingIds();
    if (ids.isEmpty()) {
        showResult({}, {tr("Pick at least one filing.")});
        return false;
    }
    FilingService service(m_writer);
    QStringList errors;
    int returned = 0;
    for (const QString &id : ids) {
        const Validation v = service.review(id, false, m_reason->text());
        if (v.ok())
            ++returned;
        else
            errors << v.text();
    }
    errors.removeDuplicates();
    if (returned > 0)
        m_reason->clear();
    reload();
    emit changed();
    showResult(tr("%n filing(s) returned to the clerk.", "", returned), errors);
    if (!errors.isEmpty() && m_reason->text().trimmed().isEmpty())
        m_reason->setFocus();
    return errors.isEmpty();
}

bool FilingWorklist::submitSelected()
{
    const QStringList ids = selectedFilingIds();
    const Validation v = FilingService(m_writer).submit(ids);
    if (v.ok()) {
        reload();
        emit changed();
    }
    showResult(tr("%n filing(s) submitted to the county.", "", int(ids.size())), v.ok() ? QStringList() : QStringList{v.text()});
    return v.ok();
}

void FilingWorklist::correctCurrent()
{
    const QString id = m_model->data(m_view->currentIndex(), FilingListModel::FilingIdRole).toString();
    if (!id.isEmpty())
        emit correctRequested(id);
}

void FilingWorklist::printCurrent()
{
    const QString id = m_model->data(m_view->currentIndex(), FilingListModel::FilingIdRole).toString();
    const auto doc = FilingDocumentModel::load(m_db, id);
    if (doc)
        FilingFormRenderer(doc.value()).preview(this);
}

void FilingWorklist::printNotice()
{
    const QString id = m_model->data(m_view->currentIndex(), FilingListModel::FilingIdRole).toString();
    const auto doc = FilingDocumentModel::load(m_db, id);
    if (doc && CertificationNoticeRenderer::hasNotice(doc.value()))
        CertificationNoticeRenderer(doc.value()).preview(this);
}

bool FilingWorklist::revokeCurrent()
{
    const QString id = m_model->data(m_view->currentIndex(), FilingListModel::FilingIdRole).toString();
    const Validation v = FilingService(m_writer).revoke(id, m_reason->text());
    if (!v.ok()) {
        showResult({}, {v.text()});
        if (v.hasField(QStringLiteral("reason")))
            m_reason->setFocus();
        return false;
    }
    m_reason->clear();
    reload();
    emit changed();
    showResult(tr("The certification is revoked."), {});
    return true;
}

bool FilingWorklist::exportTo(const QString &path)
{
    const auto written = FilingListExport::write(this, m_model, path);
    if (!written) {
        showResult({}, {written.errorText()});
        return false;
    }
    showResult(tr("%n filing(s) exported to %1.", "", int(qMin<qint64>(*written, INT_MAX))).arg(QDir::toNativeSeparators(path)),
               {});
    return true;
}

void FilingWorklist::exportList()
{
    QString message;
    const bool ok = FilingListExport::askAndWrite(this, m_model, &message);
    if (!message.isEmpty())
        showResult(ok ? message : QString(), ok ? QStringList() : QStringList{message});
}
