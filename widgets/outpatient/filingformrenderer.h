#pragma once

#include "itemmodels/filingdocumentmodel.h"

#include <QCoreApplication>
#include <QPageSize>

class QPagedPaintDevice;
class QPainter;
class QRectF;
class QWidget;

// The special-outpatient filing form (门诊慢特病备案表) for the person to
// sign: one renderer that paints onto any QPagedPaintDevice, so print
// preview, the printer and PDF are the same code. A4 portrait. The id number
// is printed masked, as on the settlement slip. Once the county has decided,
// the form also shows the certification (valid from, valid to) or the
// rejection and its reason.
class FilingFormRenderer
{
    Q_DECLARE_TR_FUNCTIONS(FilingFormRenderer)
public:
    explicit FilingFormRenderer(FilingDocument document) : m_doc(std::move(document)) {}

    void paint(QPainter &painter, const QRectF &rect) const;
    bool render(QPagedPaintDevice *device, QPageSize::PageSizeId size = QPageSize::A4) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // Print preview with the printer dialog behind it (modal).
    void preview(QWidget *parent) const;

private:
    FilingDocument m_doc;
};
