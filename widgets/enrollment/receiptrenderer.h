#pragma once

#include "domain/result.h"
#include "services/receiptservice.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;
class QPainter;

// The contribution receipt (缴费票据), painted onto any paged device, so
// one piece of code serves print preview, printer and PDF: the township,
// serial, household, every member with tier, personal contribution, the
// part the state paid and the government subsidy, the total in figures and
// in Chinese capitals (大写), payment channel, date and clerk. A voided or
// refunded receipt is marked across the page.
//
// Sizes: A4 portrait, and the small receipt (A5 landscape, a receipt-book
// leaf). Drawing is in tenths of a millimetre, so both look the same on
// a printer and in a PDF.
class ReceiptRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptRenderer)
public:
    enum class Size { A4, Small };

    explicit ReceiptRenderer(ReceiptService::Document document) : m_doc(std::move(document)) {}

    static QPageLayout pageLayout(Size size);
    // Paints every page; the device must be laid out with pageLayout(size).
    bool render(QPagedPaintDevice *device, Size size) const;
    Validation writePdf(const QString &path, Size size) const;
    int pageCount(Size size) const;

private:
    int rowsPerPage(Size size) const;
    void paintPage(QPainter &p, double width, double height, int page, int pages, int firstRow, int rows) const;

    ReceiptService::Document m_doc;
};
