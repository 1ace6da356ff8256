#include "reconciliationpage.h"

#include "domain/money.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/reconciliationmodel.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

ReconciliationPage::ReconciliationPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_user(user),
      m_model(new ReconciliationModel(db, RoleInfo::isCountyRole(user.role) ? QString() : user.townshipId, this)),
      m_view(new QTableView(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_check(new QLabel(this))
{
    setObjectName(QStringLiteral("ReconciliationPage"));
    if (!user.townshipId.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM township WHERE id = ?"));
        q.addBindValue(user.townshipId);
        if (q.exec() && q.next())
            m_township = q.value(0).toString();
    }
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_check->setObjectName(QStringLiteral("check"));
    m_view->setObjectName(QStringLiteral("reconciliation"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);

    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *show = new QPushButton(tr("&Show"), this);
    auto *preview = new QPushButton(tr("Print pre&view..."), this);
    auto *printButton = new QPushButton(tr("&Print..."), this);
    auto *exportButton = new QPushButton(tr("E&xport..."), this);
    exportButton->setObjectName(QStringLiteral("export"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(show);
    bar->addStretch(1);
    bar->addWidget(preview);
    bar->addWidget(printButton);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_check);

    connect(show, &QPushButton::clicked, this, &ReconciliationPage::refresh);
    connect(preview, &QPushButton::clicked, this, [this] { print(true); });
    connect(printButton, &QPushButton::clicked, this, [this] { print(false); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the reconciliation"),
            QDir::home().filePath(tr("reconciliation-%1-%2.xlsx")
                                      .arg(m_from->date().toString(QStringLiteral("yyyyMMdd")),
                                           m_to->date().toString(QStringLiteral("yyyyMMdd")))),
            tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportTo(path, &error))
            QMessageBox::warning(this, tr("Export the reconciliation"), error);
    });
}

void ReconciliationPage::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void ReconciliationPage::refresh()
{
    m_model->setRange(m_from->date(), qMax(m_from->date(), m_to->date()));
    m_view->resizeColumnsToContents();
    m_check->setText(checkText());
}

QString ReconciliationPage::checkText() const
{
    const auto &t = m_model->total();
    if (m_model->lines().isEmpty())
        return tr("No receipts were issued or voided on these days.");
    if (ReconciliationReport::agrees(m_model->lines()))
        return tr("Agrees: the personal contributions of %n person(s) equal the %1 of the receipts issued, to the fen.",
                  "", int(t.persons))
            .arg(Money(t.issuedFen).toDisplayString());
    return tr("Does not agree: personal contributions %1, receipts %2. Report this to the township administrator.")
        .arg(Money(t.personalFen).toDisplayString(), Money(t.issuedFen).toDisplayString());
}

QTextDocument *ReconciliationPage::document(QObject *parent) const
{
    auto *doc = new QTextDocument(parent);
    QString html = QStringLiteral("<html><body style=\"font-size: 9pt\">");
    html += QStringLiteral("<h2 align=\"center\">%1</h2>")
                .arg(tr("%1 contributions: daily reconciliation").arg(m_township).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("From %1 to %2").arg(DisplayFormat::date(m_model->from()), DisplayFormat::date(m_model->to())).toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (int c = 0; c < m_model->columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>").arg(m_model->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const bool total = m_model->index(r, 0).data(ReconciliationModel::TotalRowRole).toBool();
        html += QStringLiteral("<tr>");
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const QString text = m_model->index(r, c).data().toString().toHtmlEscaped();
            html += QStringLiteral("<td%1>%2%3%4</td>")
                        .arg(c >= ReconciliationModel::ReceiptsColumn ? QStringLiteral(" align=\"right\"") : QString(),
                             total ? QStringLiteral("<b>") : QString(), text, total ? QStringLiteral("</b>") : QString());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p>").arg(checkText().toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Printed %1 by %2.    Checked by: ____________")
                         .arg(DisplayFormat::dateTime(QDateTime::currentDateTimeUtc()), m_user.displayName)
                         .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    doc->setHtml(html);
    return doc;
}

void ReconciliationPage::print(bool preview)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
    QTextDocument *doc = document(this);
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, doc, &QTextDocument::print);
        dialog.exec();
    } else {
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            doc->print(&printer);
    }
    delete doc;
}

bool ReconciliationPage::exportTo(const QString &path, QString *error) const
{
    const Validation v = ReconciliationReport::write(path, m_model->lines());
    if (!v.ok() && error)
        *error = v.text();
    return v.ok();
}
