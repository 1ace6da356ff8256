#include "receiptprinting.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

void ReceiptPrinting::preview(QWidget *parent, const QSqlDatabase &db, const QString &receiptId, ReceiptRenderer::Size size)
{
    const auto doc = ReceiptService::load(db, receiptId);
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReceiptRenderer::pageLayout(size));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Receipt %1 - print preview").arg(doc->serial));
    const ReceiptRenderer renderer(*doc);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *p) { renderer.render(p, size); });
    dialog.exec();
}

void ReceiptPrinting::print(QWidget *parent, const QSqlDatabase &db, const QString &receiptId, ReceiptRenderer::Size size)
{
    const auto doc = ReceiptService::load(db, receiptId);
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReceiptRenderer::pageLayout(size));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print receipt %1").arg(doc->serial));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!ReceiptRenderer(*doc).render(&printer, size))
        QMessageBox::warning(parent, tr("Print receipt"), tr("The receipt could not be printed."));
}

bool ReceiptPrinting::savePdf(QWidget *parent, const QSqlDatabase &db, const QString &receiptId, ReceiptRenderer::Size size)
{
    const auto doc = ReceiptService::load(db, receiptId);
    if (!doc)
        return false;
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save receipt as PDF"),
                                                      QDir::home().filePath(tr("receipt-%1.pdf").arg(doc->serial)),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const Validation v = ReceiptRenderer(*doc).writePdf(path, size);
    if (!v.ok()) {
        QMessageBox::warning(parent, tr("Save receipt as PDF"), v.text());
        return false;
    }
    return true;
}

QComboBox *ReceiptPrinting::sizeBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("receiptSize"));
    //: paper size of the printed receipt
    box->addItem(tr("Small receipt (A5)"), int(ReceiptRenderer::Size::Small));
    //: paper size of the printed receipt
    box->addItem(tr("A4"), int(ReceiptRenderer::Size::A4));
    return box;
}
