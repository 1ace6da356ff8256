#include "rosterimportdialog.h"

#include "itemmodels/displayformat.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

RosterImportDialog::RosterImportDialog(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QDialog(parent), m_db(db), m_user(user), m_steps(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("rosterImportDialog"));
    setWindowTitle(tr("Import a roster"));

    // 1. The file.
    auto *filePage = new QWidget(m_steps);
    m_path = new QLineEdit(filePage);
    m_path->setObjectName(QStringLiteral("rosterPath"));
    m_path->setPlaceholderText(tr("An .xlsx or .csv file (GBK or UTF-8)"));
    auto *browse = new QPushButton(tr("&Browse..."), filePage);
    browse->setAutoDefault(false);
    auto *pathLabel = new QLabel(tr("Roster &file:"), filePage);
    pathLabel->setBuddy(m_path);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *fileLayout = new QVBoxLayout(filePage);
    auto *fileHint = new QLabel(tr("The county's roster (花名册) of households and persons. The first row with the standard "
                                   "headers (户编号, 户主姓名, 姓名, 公民身份号码, …) is taken as the header; other columns "
                                   "are mapped in the next step."),
                                filePage);
    fileHint->setWordWrap(true);
    fileLayout->addWidget(fileHint);
    fileLayout->addLayout(pathRow);
    fileLayout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &RosterImportDialog::browse);
    connect(m_path, &QLineEdit::returnPressed, this, &RosterImportDialog::next);

    // 2. The columns.
    auto *mappingPage = new QWidget(m_steps);
    m_fileInfo = new QLabel(mappingPage);
    m_fileInfo->setWordWrap(true);
    m_mapping = new QTableWidget(mappingPage);
    m_mapping->setObjectName(QStringLiteral("columnMapping"));
    m_mapping->setColumnCount(3);
    //: roster import mapping table: the header text of a column in the file
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imported as")});
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    auto *mappingLayout = new QVBoxLayout(mappingPage);
    mappingLayout->addWidget(m_fileInfo);
    mappingLayout->addWidget(m_mapping, 1);

    // 3. The preview.
    auto *previewPage = new QWidget(m_steps);
    m_previewSummary = new QLabel(previewPage);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    m_badRows = new QStandardItemModel(0, 3, this);
    //: roster import preview: the bad rows' columns
    m_badRows->setHorizontalHeaderLabels({tr("Line"), tr("Reason"), tr("What is wrong")});
    m_badView = new QTableView(previewPage);
    m_badView->setObjectName(QStringLiteral("badRows"));
    m_badView->setModel(m_badRows);
    m_badView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_badView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_badView->verticalHeader()->hide();
    m_badView->horizontalHeader()->setStretchLastSection(true);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->addWidget(m_previewSummary);
    previewLayout->addWidget(m_badView, 1);

    // 4. The import.
    auto *importPage = new QWidget(m_steps);
    m_progress = new QProgressBar(importPage);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_importSummary = new QLabel(importPage);
    m_importSummary->setObjectName(QStringLiteral("importSummary"));
    m_importSummary->setWordWrap(true);
    auto *importLayout = new QVBoxLayout(importPage);
    importLayout->addWidget(m_progress);
    importLayout->addWidget(m_importSummary);
    importLayout->addStretch(1);

    m_steps->addWidget(filePage);
    m_steps->addWidget(mappingPage);
    m_steps->addWidget(previewPage);
    m_steps->addWidget(importPage);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_back = new QPushButton(tr("< &Back"), this);
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_back->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    connect(m_back, &QPushButton::clicked, this, &RosterImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, &RosterImportDialog::next);
    connect(m_cancel, &QPushButton::clicked, this, &RosterImportDialog::cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 32);
    showStep(FileStep);
}

RosterImportDialog::~RosterImportDialog() = default;

RosterImportDialog::Step RosterImportDialog::step() const
{
    return Step(m_steps->currentIndex());
}

QString RosterImportDialog::message() const
{
    return m_message->text();
}

QComboBox *RosterImportDialog::fieldChooser(int column) const
{
    return qobject_cast<QComboBox *>(m_mapping->cellWidget(column, 2));
}

void RosterImportDialog::showMessage(bool ok, const QString &text)
{
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_message->setText(text);
}

void RosterImportDialog::showStep(Step step)
{
    m_steps->setCurrentIndex(step);
    m_back->setEnabled(step == MappingStep || step == PreviewStep);
    switch (step) {
    case FileStep:
        m_next->setText(tr("&Next >"));
        m_path->setFocus();
        break;
    case MappingStep:
        //: roster import: go on from the column mapping to the preview
        m_next->setText(tr("&Check the rows >"));
        m_mapping->setFocus();
        break;
    case PreviewStep: {
        const int good = m_preview.rows - int(m_preview.bad.size());
        m_next->setText(tr("&Import %n good row(s)", "", good));
        m_next->setEnabled(good > 0 && m_preview.newPersons + m_preview.updatedPersons > 0);
        m_badView->setFocus();
        break;
    }
    case ImportStep:
        m_next->setText(tr("&Close"));
        break;
    }
    if (step != PreviewStep)
        m_next->setEnabled(true);
}

void RosterImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a roster"), QDir::homePath(),
                                                      tr("Rosters (*.xlsx *.csv *.txt)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

bool RosterImportDialog::next()
{
    switch (step()) {
    case FileStep: return openFile();
    case MappingStep: return takeMapping() && runPreview();
    case PreviewStep: return runImport();
    case ImportStep:
        accept();
        return true;
    }
    return false;
}

void RosterImportDialog::back()
{
    if (m_running)
        return;
    m_message->clear();
    if (step() == MappingStep)
        showStep(FileStep);
    else if (step() == PreviewStep)
        showStep(MappingStep);
}

void RosterImportDialog::cancel()
{
    reject();
}

void RosterImportDialog::reject()
{
    if (m_running) {
        m_cancelRequested = true;
        return;
    }
    QDialog::reject();
}

bool RosterImportDialog::openFile()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        showMessage(false, tr("Roster file: pick a file."));
        m_path->setFocus();
        return false;
    }
    auto import = std::make_unique<RosterImport>(m_db, m_user);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Validation v = import->open(path);
    QApplication::restoreOverrideCursor();
    if (!v.ok()) {
        showMessage(false, v.text());
        m_path->setFocus();
        return false;
    }
    m_import = std::move(import);
    m_message->clear();
    //: roster import: what was read; %2 is the encoding (UTF-8, GBK or xlsx)
    m_fileInfo->setText(tr("%n data row(s) below the header on line %1 (%2). Choose what each column holds; "
                           "columns marked \"not imported\" are ignored. The choices are remembered for the next roster.",
                           "", int(m_import->rowCount()))
                            .arg(m_import->headerLine())
                            .arg(m_import->encoding()));
    fillMapping();
    showStep(MappingStep);
    return true;
}

void RosterImportDialog::fillMapping()
{
    const QStringList &headers = m_import->headers();
    const RosterColumnMapping &mapping = m_import->mapping();
    const SpreadsheetReader::Row first = m_import->rows().isEmpty() ? SpreadsheetReader::Row() : m_import->rows().first();
    m_mapping->setRowCount(int(headers.size()));
    for (int c = 0; c < headers.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(headers.at(c)));
        m_mapping->setItem(c, 1, new QTableWidgetItem(first.cell(c)));
        auto *chooser = new QComboBox(m_mapping);
        chooser->setObjectName(QStringLiteral("fieldChooser%1").arg(c));
        //: roster import: this column is not imported
        chooser->addItem(tr("(not imported)"), -1);
        for (int f = 0; f < RosterColumnMapping::FieldCount; ++f) {
            const auto field = RosterColumnMapping::Field(f);
            chooser->addItem(RosterColumnMapping::isRequired(field) ? tr("%1 (required)").arg(RosterColumnMapping::label(field))
                                                                    : RosterColumnMapping::label(field),
                             f);
        }
        const auto field = mapping.fieldAt(c);
        chooser->setCurrentIndex(field ? chooser->findData(int(*field)) : 0);
        m_mapping->setCellWidget(c, 2, chooser);
    }
    if (headers.size() > 0)
        m_mapping->setCurrentCell(0, 2);
}

bool RosterImportDialog::takeMapping()
{
    RosterColumnMapping mapping;
    QStringList twice;
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        const int f = fieldChooser(c)->currentData().toInt();
        if (f < 0)
            continue;
        const auto field = RosterColumnMapping::Field(f);
        if (mapping.column(field) >= 0)
            twice << RosterColumnMapping::label(field);
        mapping.setColumn(field, c);
    }
    QStringList problems;
    if (!twice.isEmpty())
        problems << tr("Columns: more than one column is imported as %1.").arg(twice.join(QStringLiteral(", ")));
    QStringList missing;
    for (const auto field : mapping.missingRequired())
        missing << RosterColumnMapping::label(field);
    if (!missing.isEmpty())
        problems << tr("Columns: no column is imported as %1.").arg(missing.join(QStringLiteral(", ")));
    if (!problems.isEmpty()) {
        showMessage(false, problems.join(QLatin1Char('\n')));
        return false;
    }
    m_import->setMapping(mapping);
    m_import->rememberMapping();
    return true;
}

bool RosterImportDialog::runPreview()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto preview = m_import->preview([](qint64, qint64) {
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return true;
    });
    QApplication::restoreOverrideCursor();
    if (!preview) {
        showMessage(false, preview.errorText());
        return false;
    }
    m_preview = preview.value();
    m_badRows->removeRows(0, m_badRows->rowCount());
    for (const RosterImport::BadRow &b : m_preview.bad) {
        auto *line = new QStandardItem;
        line->setData(b.line, Qt::DisplayRole);
        m_badRows->appendRow({line, new QStandardItem(b.reason), new QStandardItem(b.message)});
    }
    m_badView->resizeColumnsToContents();
    //: roster import preview; the counts of what the good rows will do
    m_previewSummary->setText(tr("%1 data rows: %2 bad (listed below, not imported); the good rows add %3 household(s) and "
                                 "%4 person(s), update %5 and leave %6 unchanged. Nothing has been written yet.")
                                  .arg(DisplayFormat::count(m_preview.rows), DisplayFormat::count(m_preview.bad.size()),
                                       DisplayFormat::count(m_preview.newHouseholds), DisplayFormat::count(m_preview.newPersons),
                                       DisplayFormat::count(m_preview.updatedPersons),
                                       DisplayFormat::count(m_preview.unchanged)));
    m_message->clear();
    showStep(PreviewStep);
    return true;
}

bool RosterImportDialog::runImport()
{
    m_running = true;
    m_cancelRequested = false;
    m_importSummary->clear();
    showStep(ImportStep);
    m_next->setEnabled(false);
    m_back->setEnabled(false);
    //: roster import: stop the running import; nothing is kept
    m_cancel->setText(tr("&Stop the import"));
    m_progress->setRange(0, int(qMin<qint64>(m_import->rowCount(), INT_MAX)));
    m_progress->setValue(0);
    const auto result = m_import->run([this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        QCoreApplication::processEvents();
        return !m_cancelRequested;
    });
    m_running = false;
    m_cancel->setText(tr("Cancel"));
    m_cancel->setEnabled(false);
    m_next->setEnabled(true);
    if (!result) {
        showMessage(false, result.errorText());
        return false;
    }
    m_result = result.value();
    if (m_result.cancelled) {
        m_progress->setValue(0);
        m_importSummary->setText(tr("The import was stopped. Nothing was written: the replica is as it was before."));
        showMessage(false, m_importSummary->text());
        return false;
    }
    m_progress->setValue(m_progress->maximum());
    m_importSummary->setText(tr("Imported %1 person(s) (%2 new household(s)); %3 unchanged; %4 bad row(s) left out.")
                                 .arg(DisplayFormat::count(m_result.imported), DisplayFormat::count(m_result.newHouseholds),
                                      DisplayFormat::count(m_result.unchanged), DisplayFormat::count(m_result.bad.size())));
    showMessage(true, m_importSummary->text());
    emit imported();
    return true;
}
