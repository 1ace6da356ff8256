#pragma once

#include "itemmodels/filingdocumentmodel.h"

#include <QCoreApplication>
#include <QPageSize>

class QPagedPaintDevice;
class QPainter;
class QRectF;
class QWidget;

// The certification notice (门诊慢特病认定通知书) handed to the person once
// the county has decided a filing: certified with its validity, or not
// certified with the reason. One renderer for print preview, printer and
// PDF; A5 landscape fits the counter's printers, A4 works too.
class CertificationNoticeRenderer
{
    Q_DECLARE_TR_FUNCTIONS(CertificationNoticeRenderer)
public:
    explicit CertificationNoticeRenderer(FilingDocument document) : m_doc(std::move(document)) {}

    // Only decided filings have a notice.
    static bool hasNotice(const FilingDocument &document);

    void paint(QPainter &painter, const QRectF &rect) const;
    bool render(QPagedPaintDevice *device, QPageSize::PageSizeId size = QPageSize::A5) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;
    void preview(QWidget *parent) const;

private:
    FilingDocument m_doc;
};
