#pragma once

#include "receiptrenderer.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QComboBox;
class QWidget;

// The three ways out for a receipt, shared by the contribution dialog and
// the household card: print preview, printer, and PDF (all through
// ReceiptRenderer).
class ReceiptPrinting
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinting)
public:
    static void preview(QWidget *parent, const QSqlDatabase &db, const QString &receiptId, ReceiptRenderer::Size size);
    static void print(QWidget *parent, const QSqlDatabase &db, const QString &receiptId, ReceiptRenderer::Size size);
    // Asks for a file name, then writes; false if cancelled or failed (the user was told).
    static bool savePdf(QWidget *parent, const QSqlDatabase &db, const QString &receiptId, ReceiptRenderer::Size size);
    // A combo box of the receipt sizes (A4, small receipt).
    static QComboBox *sizeBox(QWidget *parent);
};
