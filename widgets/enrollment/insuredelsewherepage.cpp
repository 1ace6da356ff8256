#include "insuredelsewherepage.h"

#include "domain/role.h"
#include "itemmodels/insuredelsewheremodel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

InsuredElsewherePage::InsuredElsewherePage(const QSqlDatabase &db, const SessionUser &user, int year, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_user(user),
      m_model(new InsuredElsewhereModel(this)),
      m_file(new QLineEdit(this)),
      m_year(new QSpinBox(this)),
      m_summary(new QLabel(this)),
      m_error(new QLabel(this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("InsuredElsewherePage"));
    m_file->setObjectName(QStringLiteral("listFile"));
    //: placeholder of the file of people insured elsewhere (for example the employee-insurance list)
    m_file->setPlaceholderText(tr("List of people insured elsewhere (.xlsx or .csv), with id number and name columns"));
    m_year->setObjectName(QStringLiteral("schemeYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *fileLabel = new QLabel(tr("&List:"), this);
    fileLabel->setBuddy(m_file);
    auto *yearLabel = new QLabel(tr("Scheme &year:"), this);
    yearLabel->setBuddy(m_year);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browse"));
    browse->setAutoDefault(false);
    auto *checkButton = new QPushButton(tr("&Check"), this);
    checkButton->setObjectName(QStringLiteral("check"));
    checkButton->setAutoDefault(false);
    m_export = new QPushButton(tr("E&xport..."), this);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setAutoDefault(false);
    m_export->setEnabled(false);
    auto *open = new QPushButton(tr("&Open household card"), this);
    open->setObjectName(QStringLiteral("openHousehold"));
    open->setAutoDefault(false);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("overlaps"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(fileLabel);
    bar->addWidget(m_file, 1);
    bar->addWidget(browse);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addWidget(checkButton);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_export);
    buttons->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    //: explanation on the insured-elsewhere tab (重复参保核查)
    auto *intro = new QLabel(tr("A person insured elsewhere (for example in the employee insurance) must not be "
                                "enrolled here as well. Check the list the county sends: every person on it who is "
                                "enrolled for the year is listed with the household, so that the enrollment can be "
                                "refunded or the list corrected."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    auto runCheck = [this] { check(m_file->text().trimmed(), m_year->value()); };
    connect(m_file, &QLineEdit::returnPressed, this, runCheck);
    connect(checkButton, &QPushButton::clicked, this, runCheck);
    connect(browse, &QPushButton::clicked, this, [this, runCheck] {
        const QString path = QFileDialog::getOpenFileName(this, tr("List of people insured elsewhere"), QDir::homePath(),
                                                          tr("Spreadsheets (*.xlsx *.csv)"));
        if (path.isEmpty())
            return;
        m_file->setText(path);
        runCheck();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the overlaps"),
            QDir::home().filePath(tr("insured-elsewhere-%1.xlsx").arg(m_year->value())),
            tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    auto openCurrent = [this] {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid())
            emit householdRequested(i.data(InsuredElsewhereModel::HouseholdIdRole).toString());
    };
    connect(m_view, &QTableView::activated, this, openCurrent);
    connect(open, &QPushButton::clicked, this, openCurrent);
    setTabOrder(m_file, browse);
    setTabOrder(browse, m_year);
    setTabOrder(m_year, checkButton);
    setTabOrder(checkButton, m_view);
    setTabOrder(m_view, m_export);
    setTabOrder(m_export, open);
}

QString InsuredElsewherePage::summaryText() const
{
    return m_summary->text();
}

QString InsuredElsewherePage::errorText() const
{
    return m_error->text();
}

void InsuredElsewherePage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool InsuredElsewherePage::check(const QString &path, int year)
{
    if (path.isEmpty()) {
        showError(tr("List: choose the file to check."));
        m_file->setFocus();
        return false;
    }
    const QString townshipId = RoleInfo::isCountyRole(m_user.role) ? QString() : m_user.townshipId;
    const auto report = InsuredElsewhereCheck::check(m_db, path, year, townshipId);
    if (!report) {
        showError(report.errorText());
        m_file->setFocus();
        return false;
    }
    showError(QString());
    m_model->setReport(*report);
    QStringList summary;
    summary << tr("People on the list: %1; enrolled for %2: %3.").arg(report->listed).arg(year).arg(report->overlaps.size());
    if (report->unreadable > 0) {
        QStringList lines;
        for (int line : report->badLines.mid(0, 20))
            lines << QString::number(line);
        if (report->badLines.size() > 20)
            lines << QStringLiteral("…");
        //: %2 lists line numbers of the file
        summary << tr("Rows without a valid id number: %1 (lines %2).")
                       .arg(report->unreadable)
                       .arg(lines.join(tr(", ", "between line numbers")));
    }
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_export->setEnabled(!report->overlaps.isEmpty());
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
        m_view->setFocus();
    }
    return true;
}

bool InsuredElsewherePage::exportTo(const QString &path)
{
    const Validation v = InsuredElsewhereCheck::write(path, m_model->report());
    showError(v.text());
    return v.ok();
}
