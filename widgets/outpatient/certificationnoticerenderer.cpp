#include "certificationnoticerenderer.h"

#include "domain/idnumber.h"
#include "itemmodels/displayformat.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>

bool CertificationNoticeRenderer::hasNotice(const FilingDocument &d)
{
    return d.status == QLatin1String("certified") || d.status == QLatin1String("rejected")
           || d.status == QLatin1String("expired") || d.status == QLatin1String("revoked");
}

void CertificationNoticeRenderer::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    const qreal unit = rect.width() / 180.0;
    QFont base = painter.font();
    base.setPixelSize(qMax(8, int(unit * 4.2)));
    QFont title = base;
    title.setPixelSize(int(unit * 7));
    title.setBold(true);
    QFont small = base;
    small.setPixelSize(int(unit * 3.2));
    painter.setPen(Qt::black);

    qreal y = rect.top();
    painter.setFont(title);
    const bool certified = m_doc.status != QLatin1String("rejected");
    const QString heading = certified ? tr("Special-outpatient certification notice")
                                      : tr("Special-outpatient non-certification notice");
    painter.drawText(QRectF(rect.left(), y, rect.width(), unit * 12), Qt::AlignCenter, heading);
    y += unit * 18;

    painter.setFont(base);
    const QString disease = QStringLiteral("%1 %2").arg(m_doc.diseaseCode, m_doc.diseaseName);
    QString body;
    if (certified) {
        body = tr("%1 (id number %2):\n\nYour special-outpatient filing for %3, diagnosed on %4, has been certified by the "
                  "county medical insurance office. It is valid from %5 to %6. Within that period your outpatient bills "
                  "for this disease are reimbursed within its annual limit; bring this notice and your insurance card "
                  "when you claim.")
                   .arg(m_doc.personName, IdNumber::masked(m_doc.idNumber), disease, DisplayFormat::date(m_doc.diagnosisDate),
                        DisplayFormat::date(m_doc.validFrom),
                        m_doc.validTo.isValid() ? DisplayFormat::date(m_doc.validTo) : tr("further notice"));
        if (m_doc.status == QLatin1String("revoked"))
            body += QStringLiteral("\n\n") + tr("This certification has since been revoked: %1").arg(m_doc.reason);
        else if (m_doc.status == QLatin1String("expired"))
            body += QStringLiteral("\n\n") + tr("This certification has expired; file again to renew it.");
    } else {
        body = tr("%1 (id number %2):\n\nYour special-outpatient filing for %3, diagnosed on %4, has not been certified by "
                  "the county medical insurance office, for this reason: %5\n\nYou may file again with new diagnosis "
                  "evidence at your township's counter.")
                   .arg(m_doc.personName, IdNumber::masked(m_doc.idNumber), disease, DisplayFormat::date(m_doc.diagnosisDate),
                        m_doc.reason);
    }
    const QRectF bodyRect(rect.left(), y, rect.width(), rect.height() * 0.55);
    painter.drawText(bodyRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, body);
    y = bodyRect.bottom() + unit * 4;

    //: signature block of the certification notice
    painter.drawText(QRectF(rect.left(), y, rect.width(), unit * 8), Qt::AlignRight | Qt::AlignTop,
                     tr("County medical insurance office"));
    y += unit * 9;
    QDateTime decided = QDateTime::fromString(m_doc.decidedAt, Qt::ISODateWithMs);
    if (!decided.isValid())
        decided = QDateTime::fromString(m_doc.decidedAt, Qt::ISODate);
    painter.drawText(QRectF(rect.left(), y, rect.width(), unit * 8), Qt::AlignRight | Qt::AlignTop,
                     decided.isValid() ? DisplayFormat::date(decided.toLocalTime().date()) : QString());
    painter.setFont(small);
    painter.drawText(QRectF(rect.left(), rect.bottom() - unit * 6, rect.width(), unit * 6), Qt::AlignLeft | Qt::AlignBottom,
                     tr("Filing %1 · %2").arg(m_doc.filingId, m_doc.townshipName));
    painter.restore();
}

bool CertificationNoticeRenderer::render(QPagedPaintDevice *device, QPageSize::PageSizeId size) const
{
    device->setPageSize(QPageSize(size));
    device->setPageOrientation(size == QPageSize::A5 ? QPageLayout::Landscape : QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRect r = device->pageLayout().paintRectPixels(device->logicalDpiX());
    paint(painter, QRectF(0, 0, r.width(), r.height()));
    return painter.end();
}

bool CertificationNoticeRenderer::writePdf(const QString &path, QString *error) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Jingban"));
    writer.setTitle(tr("Special-outpatient certification notice"));
    const bool ok = render(&writer);
    if (!ok && error)
        *error = tr("The notice cannot be written to %1.").arg(QFileInfo(path).absoluteFilePath());
    return ok;
}

void CertificationNoticeRenderer::preview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Special-outpatient certification notice"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [this](QPrinter *p) { render(p, p->pageLayout().pageSize().id()); });
    dialog.exec();
}
