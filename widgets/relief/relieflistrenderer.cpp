#include "relieflistrenderer.h"

#include "domain/money.h"
#include "itemmodels/displayformat.h"
#include "relief/relieflistmodel.h"

#include <QDateTime>
#include <QFile>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

QString ReliefListRenderer::html() const
{
    QString h = QStringLiteral("<html><body style=\"font-size: 9pt\">");
    h += QStringLiteral("<h2 align=\"center\">%1</h2>")
             .arg(tr("%1 medical assistance and health poverty relief payment list").arg(m_heading.township).toHtmlEscaped());
    QStringList facts;
    facts << tr("Village: %1").arg(m_heading.village.isEmpty() ? tr("all villages") : m_heading.village);
    facts << tr("Settled: %1").arg(m_heading.period);
    if (!m_heading.batch.isEmpty())
        facts << tr("Batch: %1").arg(m_heading.batch);
    h += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("    ")).toHtmlEscaped());
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (int c = 0; c < m_model.columnCount(); ++c)
        h += QStringLiteral("<th>%1</th>").arg(m_model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    // Signature column: the person (or the household head) signs for the money.
    h += QStringLiteral("<th>%1</th></tr>").arg(tr("Signature").toHtmlEscaped());
    for (int r = 0; r < m_model.rowCount(); ++r) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < m_model.columnCount(); ++c) {
            const QModelIndex i = m_model.index(r, c);
            const bool right = i.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight;
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(right ? QStringLiteral(" align=\"right\"") : QString(), i.data().toString().toHtmlEscaped());
        }
        h += QStringLiteral("<td width=\"8%\"></td></tr>");
    }
    const auto t = m_model.totals();
    h += QStringLiteral("<tr><td colspan=\"%1\"><b>%2</b></td><td align=\"right\"><b>%3</b></td>"
                        "<td align=\"right\"><b>%4</b></td><td align=\"right\"><b>%5</b></td>"
                        "<td align=\"right\"><b>%6</b></td><td colspan=\"3\"></td></tr>")
             .arg(ReliefListModel::ClaimsColumn)
             .arg(tr("Total: %n person(s)", "", t.persons).toHtmlEscaped())
             .arg(t.claims)
             .arg(Money(t.assistanceFen).toDisplayString(), Money(t.reliefFen).toDisplayString(),
                  Money(t.totalFen()).toDisplayString());
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>%1</p>").arg(tr("Total in words: %1").arg(Money(t.totalFen()).toChineseCapital()).toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Printed %1 by %2.    Prepared by: ____________    Approved by: ____________    "
                     "Township seal:")
                      .arg(DisplayFormat::dateTime(QDateTime::currentDateTimeUtc()), m_heading.printedBy)
                      .toHtmlEscaped());
    h += QStringLiteral("</body></html>");
    return h;
}

QTextDocument *ReliefListRenderer::document(QObject *parent) const
{
    auto *doc = new QTextDocument(parent);
    doc->setHtml(html());
    return doc;
}

bool ReliefListRenderer::writePdf(const QString &path, QString *error) const
{
    QPdfWriter pdf(path);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    pdf.setResolution(300);
    pdf.setTitle(tr("Relief payment list"));
    QTextDocument doc;
    doc.setHtml(html());
    doc.print(&pdf);
    const bool ok = QFile::exists(path);
    if (!ok && error)
        *error = tr("The PDF could not be written to %1.").arg(path);
    return ok;
}

void ReliefListRenderer::preview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
    QTextDocument doc;
    doc.setHtml(html());
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &doc, &QTextDocument::print);
    dialog.exec();
}
