#include "certificationpage.h"

#include "domain/idnumber.h"
#include "filinglistexport.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/filingattachmentmodel.h"
#include "itemmodels/filingdocumentmodel.h"
#include "itemmodels/filinglistmodel.h"
#include "itemmodels/personsearchmodel.h"
#include "services/filingservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QUrl>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

CertificationPage::CertificationPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent), m_db(db), m_user(user), m_writer(db, user), m_model(new FilingListModel(db, this))
{
    setObjectName(QStringLiteral("certificationPage"));
    m_model->setViewer(user);

    auto *filters = new QHBoxLayout;
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("townshipFilter"));
    //: batch certification filter: every township
    m_township->addItem(tr("All townships"), QString());
    for (const auto &t : FilingListModel::townships(db))
        m_township->addItem(t.second, t.first);
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villageFilter"));
    m_disease = new QLineEdit(this);
    m_disease->setObjectName(QStringLiteral("diseaseFilter"));
    m_disease->setPlaceholderText(tr("Disease code"));
    m_disease->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    auto *townshipLabel = new QLabel(tr("&Township:"), this);
    townshipLabel->setBuddy(m_township);
    auto *villageLabel = new QLabel(tr("&Village:"), this);
    villageLabel->setBuddy(m_village);
    auto *diseaseLabel = new QLabel(tr("D&isease:"), this);
    diseaseLabel->setBuddy(m_disease);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    filters->addWidget(townshipLabel);
    filters->addWidget(m_township);
    filters->addWidget(villageLabel);
    filters->addWidget(m_village);
    filters->addWidget(diseaseLabel);
    filters->addWidget(m_disease);
    filters->addStretch(1);
    filters->addWidget(m_count);
    //: export the submitted filings as filtered to XLSX or CSV (Ctrl+E)
    m_export = new QPushButton(tr("E&xport..."), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAutoDefault(false);
    m_export->setToolTip(tr("Export every filing the filters match to an Excel workbook or CSV file (Ctrl+E)"));
    filters->addWidget(m_export);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("filingTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    for (int c : {int(FilingListModel::StatusColumn), int(FilingListModel::ReasonColumn), int(FilingListModel::ValidToColumn)})
        m_view->hideColumn(c);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("filingDetail"));
    m_attachments = new FilingAttachmentModel(db, this);
    m_scans = new QListView(this);
    m_scans->setObjectName(QStringLiteral("scanList"));
    m_scans->setModel(m_attachments);
    m_scans->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scans->setMaximumHeight(fontMetrics().height() * 6);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_detail, 1);
    //: certification screen: the scans of the current filing; Enter opens one
    sideLayout->addWidget(new QLabel(tr("Scans of the evidence (Enter or double-click to open):"), side));
    sideLayout->addWidget(m_scans);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    const int year = QDate::currentDate().year();
    m_validFrom = new QDateEdit(QDate(year, 1, 1), this);
    m_validFrom->setObjectName(QStringLiteral("validFromEdit"));
    m_validTo = new QDateEdit(QDate(year, 12, 31), this);
    m_validTo->setObjectName(QStringLiteral("validToEdit"));
    for (QDateEdit *e : {m_validFrom, m_validTo}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Reason for rejecting (required to reject)"));
    //: county certifier's button: certify the selected filings (认定)
    m_certify = new QPushButton(tr("&Certify selected"), this);
    m_certify->setObjectName(QStringLiteral("certifyButton"));
    //: county certifier's button: reject the selected filings (不予认定)
    m_reject = new QPushButton(tr("Re&ject selected"), this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    for (QPushButton *b : {m_certify, m_reject})
        b->setAutoDefault(false);
    auto *decide = new QHBoxLayout;
    //: batch certification: start of the certification's validity
    auto *fromLabel = new QLabel(tr("Valid &from:"), this);
    fromLabel->setBuddy(m_validFrom);
    //: batch certification: end of the certification's validity
    auto *toLabel = new QLabel(tr("valid t&o:"), this);
    toLabel->setBuddy(m_validTo);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    decide->addWidget(fromLabel);
    decide->addWidget(m_validFrom);
    decide->addWidget(toLabel);
    decide->addWidget(m_validTo);
    decide->addWidget(m_certify);
    decide->addSpacing(24);
    decide->addWidget(reasonLabel);
    decide->addWidget(m_reason, 1);
    decide->addWidget(m_reject);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Submitted filings waiting for the county's decision. Select one or many (Shift, Ctrl, "
                               "Ctrl+A), look at each one's evidence on the right, then certify or reject them together."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(decide);
    layout->addWidget(m_message);

    if (!RoleInfo::can(user.role, Permission::CertifyFilings)) {
        for (QWidget *w : {static_cast<QWidget *>(m_certify), static_cast<QWidget *>(m_reject),
                           static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_validFrom),
                           static_cast<QWidget *>(m_validTo)})
            w->setEnabled(false);
        m_message->setText(tr("Only the county certifier certifies filings."));
    }

    auto fillVillages = [this] {
        const QSignalBlocker block(m_village);
        m_village->clear();
        m_village->addItem(tr("All villages"), QString());
        if (!m_township->currentData().toString().isEmpty())
            for (const auto &v : FilingListModel::villages(m_db, m_township->currentData().toString()))
                m_village->addItem(v.second, v.first);
    };
    fillVillages();
    connect(m_township, &QComboBox::currentIndexChanged, this, [this, fillVillages] {
        fillVillages();
        applyFilter();
    });
    connect(m_village, &QComboBox::currentIndexChanged, this, &CertificationPage::applyFilter);
    connect(m_disease, &QLineEdit::editingFinished, this, &CertificationPage::applyFilter);
    connect(m_certify, &QPushButton::clicked, this, &CertificationPage::certifySelected);
    connect(m_reject, &QPushButton::clicked, this, &CertificationPage::rejectSelected);
    connect(m_export, &QPushButton::clicked, this, &CertificationPage::exportList);
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QShortcut::activated, this, &CertificationPage::exportList);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CertificationPage::showDetail);
    connect(m_model, &FilingListModel::queryFailed, m_message, &QLabel::setText);
    connect(m_scans, &QListView::activated, this, [this](const QModelIndex &i) { openScan(i.row()); });
    applyFilter();
}

CertificationPage::~CertificationPage() = default;

void CertificationPage::applyFilter()
{
    FilingListModel::Filter f;
    f.statuses = {QStringLiteral("submitted")};
    f.townshipId = RoleInfo::isCountyRole(m_user.role) ? m_township->currentData().toString() : m_user.townshipId;
    f.villageId = m_village->currentData().toString();
    f.diseaseCode = m_disease->text().trimmed().toUpper();
    m_model->setFilter(f);
    m_count->setText(tr("%n filing(s) waiting", "", int(qMin<qint64>(m_model->totalCount(), INT_MAX))));
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::NoUpdate);
    showDetail();
}

void CertificationPage::reload()
{
    applyFilter();
}

void CertificationPage::showDetail()
{
    const QString id = m_model->data(m_view->currentIndex(), FilingListModel::FilingIdRole).toString();
    const auto doc = id.isEmpty() ? std::nullopt : FilingDocumentModel::load(m_db, id);
    m_attachments->setFilingId(doc ? id : QString());
    if (!doc) {
        m_detail->setHtml(tr("<i>No filing chosen.</i>"));
        return;
    }
    const FilingDocument &d = *doc;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><th align=right>%1</th><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QStringList categories;
    if (d.poverty) categories << ClaimListModel::categoryLabel(QStringLiteral("poverty"));
    if (d.dibao) categories << ClaimListModel::categoryLabel(QStringLiteral("dibao"));
    if (d.tekun) categories << ClaimListModel::categoryLabel(QStringLiteral("tekun"));
    QString html = QStringLiteral("<h3>%1 · %2 %3</h3><table cellspacing=4>")
                       .arg(d.personName.toHtmlEscaped(), d.diseaseCode.toHtmlEscaped(), d.diseaseName.toHtmlEscaped());
    html += row(tr("Id number"), PersonSearchModel::maySeeIdNumber(m_user, d.personTownshipId) ? d.idNumber : IdNumber::masked(d.idNumber));
    html += row(tr("Sex"), PersonSearchModel::sexLabel(d.sex));
    html += row(tr("Birth date"), DisplayFormat::date(d.birthDate));
    html += row(tr("Township"), d.townshipName);
    html += row(tr("Village"), d.villageName);
    //: person category when none applies
    html += row(tr("Category"), categories.isEmpty() ? tr("None") : categories.join(QStringLiteral("、")));
    html += row(tr("Diagnosed at"), d.institutionName.isEmpty() ? QString()
                                                                : QStringLiteral("%1 (%2)").arg(d.institutionName, ClaimListModel::levelLabel(d.institutionLevel)));
    html += row(tr("Diagnosed on"), DisplayFormat::date(d.diagnosisDate));
    html += row(tr("Evidence"), FilingListModel::evidenceLabel(d.evidenceKind));
    //: number of scans attached to a filing
    html += row(tr("Scans"), tr("%n attached", "", d.attachments));
    html += row(tr("Note"), d.note);
    html += row(tr("Filed by"), d.createdBy);
    html += row(tr("Reviewed by"), d.reviewedBy);
    //: who submitted the filing to the county
    html += row(tr("Submitted by"), d.submittedBy);
    html += QStringLiteral("</table>");
    m_detail->setHtml(html);
}

QString CertificationPage::exportScan(int row)
{
    if (row < 0 || row >= m_attachments->rowCount())
        return {};
    const QByteArray bytes = FilingAttachmentModel::content(m_db, m_attachments->at(row).id);
    if (bytes.isEmpty()) {
        showResult(false, tr("The scan %1 cannot be read or does not match its stored hash.").arg(m_attachments->at(row).fileName));
        return {};
    }
    if (!m_scanDir)
        m_scanDir = std::make_unique<QTemporaryDir>();
    const QString path = m_scanDir->filePath(QStringLiteral("%1-%2").arg(row).arg(QFileInfo(m_attachments->at(row).fileName).fileName()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void CertificationPage::openScan(int row)
{
    const QString path = exportScan(row);
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

QStringList CertificationPage::selectedFilingIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << m_model->filingId(i.row());
    return ids;
}

bool CertificationPage::selectFiling(const QString &filingId, bool add)
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

QString CertificationPage::message() const
{
    return m_message->text();
}

QString CertificationPage::detailText() const
{
    return m_detail->toPlainText();
}

void CertificationPage::showResult(bool ok, const QString &text)
{
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_message->setText(text);
}

bool CertificationPage::certifySelected()
{
    const QStringList ids = selectedFilingIds();
    if (m_confirmBatches && ids.size() > 1
        && QMessageBox::question(this, tr("Batch certification"),
                                 tr("Certify %n filing(s), valid from %1 to %2?", "", int(ids.size()))
                                     .arg(DisplayFormat::date(m_validFrom->date()), DisplayFormat::date(m_validTo->date())))
               != QMessageBox::Yes)
        return false;
    const Validation v = FilingService(m_writer).certify(ids, m_validFrom->date(), m_validTo->date());
    if (!v.ok()) {
        showResult(false, v.text());
        return false;
    }
    reload();
    emit changed();
    showResult(true, tr("%n filing(s) certified, valid from %1 to %2.", "", int(ids.size()))
                         .arg(DisplayFormat::date(m_validFrom->date()), DisplayFormat::date(m_validTo->date())));
    return true;
}

bool CertificationPage::rejectSelected()
{
    const QStringList ids = selectedFilingIds();
    if (m_confirmBatches && ids.size() > 1 && !m_reason->text().trimmed().isEmpty()
        && QMessageBox::question(this, tr("Batch certification"),
                                 tr("Reject %n filing(s) for this reason: %1?", "", int(ids.size())).arg(m_reason->text().trimmed()))
               != QMessageBox::Yes)
        return false;
    const Validation v = FilingService(m_writer).reject(ids, m_reason->text());
    if (!v.ok()) {
        showResult(false, v.text());
        if (v.hasField(QStringLiteral("reason")))
            m_reason->setFocus();
        return false;
    }
    m_reason->clear();
    reload();
    emit changed();
    showResult(true, tr("%n filing(s) rejected.", "", int(ids.size())));
    return true;
}

bool CertificationPage::exportTo(const QString &path)
{
    const auto written = FilingListExport::write(this, m_model, path);
    if (!written) {
        showResult(false, written.errorText());
        return false;
    }
    showResult(true, tr("%n filing(s) exported to %1.", "", int(qMin<qint64>(*written, INT_MAX))).arg(QDir::toNativeSeparators(path)));
    return true;
}

void CertificationPage::exportList()
{
    QString message;
    const bool ok = FilingListExport::askAndWrite(this, m_model, &message);
    if (!message.isEmpty())
        showResult(ok, message);
}
