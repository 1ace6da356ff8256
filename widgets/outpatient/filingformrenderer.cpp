#include "filingformrenderer.h"

#include "domain/idnumber.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/filinglistmodel.h"
#include "itemmodels/personsearchmodel.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace {
QString dateText(const QDate &d)
{
    return d.isValid() ? DisplayFormat::date(d) : QString();
}
QString dateTimeText(const QString &isoUtc)
{
    if (isoUtc.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? DisplayFormat::dateTime(t) : isoUtc;
}
} // namespace

void FilingFormRenderer::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    const qreal unit = rect.width() / 180.0;   // about one millimetre of an A4 page's text width
    QFont base = painter.font();
    base.setPixelSize(qMax(8, int(unit * 3.6)));
    QFont title = base;
    title.setPixelSize(int(unit * 6.5));
    title.setBold(true);
    QFont small = base;
    small.setPixelSize(int(unit * 3.0));
    QPen line(Qt::black);
    line.setWidthF(unit * 0.3);
    painter.setPen(line);

    qreal y = rect.top();
    painter.setFont(title);
    const QString heading = tr("Special-outpatient (chronic and special disease) filing form");
    const qreal titleHeight = unit * 11;
    painter.drawText(QRectF(rect.left(), y, rect.width(), titleHeight), Qt::AlignCenter, heading);
    y += titleHeight + unit * 2;

    painter.setFont(small);
    const qreal infoHeight = unit * 6;
    painter.drawText(QRectF(rect.left(), y, rect.width() / 2, infoHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Township: %1").arg(m_doc.townshipName));
    //: printed filing form: current status of the filing
    painter.drawText(QRectF(rect.left() + rect.width() / 2, y, rect.width() / 2, infoHeight), Qt::AlignRight | Qt::AlignVCenter,
                     tr("Status: %1").arg(FilingListModel::statusLabel(m_doc.status)));
    y += infoHeight + unit;

    // The grid: label | value | label | value.
    painter.setFont(base);
    const qreal rowHeight = unit * 10;
    const qreal labelWidth = unit * 30;
    const qreal valueWidth = rect.width() / 2 - labelWidth;
    auto cell = [&](qreal x, qreal w, qreal h, const QString &text, bool label) {
        const QRectF r(x, y, w, h);
        if (label)
            painter.fillRect(r, QColor(0xee, 0xee, 0xee));
        painter.drawRect(r);
        painter.drawText(r.adjusted(unit * 1.5, 0, -unit * 1.5, 0),
                         (label ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextWordWrap, text);
    };
    auto pair = [&](const QString &l1, const QString &v1, const QString &l2, const QString &v2) {
        cell(rect.left(), labelWidth, rowHeight, l1, true);
        cell(rect.left() + labelWidth, valueWidth, rowHeight, v1, false);
        cell(rect.left() + labelWidth + valueWidth, labelWidth, rowHeight, l2, true);
        cell(rect.left() + 2 * labelWidth + valueWidth, valueWidth, rowHeight, v2, false);
        y += rowHeight;
    };
    auto wide = [&](const QString &l, const QString &v, qreal h) {
        cell(rect.left(), labelWidth, h, l, true);
        cell(rect.left() + labelWidth, rect.width() - labelWidth, h, v, false);
        y += h;
    };

    QStringList categories;
    if (m_doc.poverty) categories << ClaimListModel::categoryLabel(QStringLiteral("poverty"));
    if (m_doc.dibao) categories << ClaimListModel::categoryLabel(QStringLiteral("dibao"));
    if (m_doc.tekun) categories << ClaimListModel::categoryLabel(QStringLiteral("tekun"));
    //: printed filing form: person category when none applies
    const QString category = categories.isEmpty() ? tr("None") : categories.join(QStringLiteral("、"));

    pair(tr("Name"), m_doc.personName, tr("Sex"), PersonSearchModel::sexLabel(m_doc.sex));
    pair(tr("Id number"), IdNumber::masked(m_doc.idNumber), tr("Birth date"), dateText(m_doc.birthDate));
    //: printed filing form: household number
    pair(tr("Village"), m_doc.villageName, tr("Household"), m_doc.householdCode);
    //: printed filing form: poverty, dibao, tekun
    wide(tr("Category"), category, rowHeight);
    wide(tr("Disease"), QStringLiteral("%1 %2").arg(m_doc.diseaseCode, m_doc.diseaseName), rowHeight);
    const QString institution = m_doc.institutionName.isEmpty()
                                    ? QString()
                                    : QStringLiteral("%1 (%2)").arg(m_doc.institutionName, ClaimListModel::levelLabel(m_doc.institutionLevel));
    //: printed filing form: the diagnosing institution
    pair(tr("Diagnosed at"), institution, tr("Diagnosed on"), dateText(m_doc.diagnosisDate));
    //: printed filing form: evidence kind
    wide(tr("Evidence"), FilingListModel::evidenceLabel(m_doc.evidenceKind)
                             + (m_doc.attachments > 0 ? tr(" (%n scan(s) attached)", "", m_doc.attachments) : QString()),
         rowHeight);
    wide(tr("Note"), m_doc.note, rowHeight * 1.6);
    //: printed filing form: who filed it and when
    pair(tr("Filed by"), QStringLiteral("%1 %2").arg(m_doc.createdBy, dateTimeText(m_doc.createdAt)),
         //: printed filing form: township reviewer
         tr("Reviewed by"), QStringLiteral("%1 %2").arg(m_doc.reviewedBy, dateTimeText(m_doc.reviewedAt)));
    if (m_doc.status == QLatin1String("certified") || m_doc.status == QLatin1String("expired")) {
        //: printed filing form: the county's certification
        wide(tr("County certification"),
             tr("Certified by %1; valid from %2 to %3").arg(m_doc.decidedBy, dateText(m_doc.validFrom), dateText(m_doc.validTo)),
             rowHeight);
    } else if (!m_doc.reason.isEmpty()) {
        //: printed filing form: reason for returning, rejecting or revoking
        wide(tr("Reason"), m_doc.reason, rowHeight);
    }

    // The person's declaration and the signatures.
    y += unit * 6;
    painter.setFont(base);
    const QString declaration =
        tr("I declare that the diagnosis evidence I provided is true and complete, and I agree that the medical "
           "insurance office may check it with the diagnosing institution. I know that special-outpatient bills "
           "are reimbursed only after the county has certified this filing, and only for the disease certified.");
    const QRectF declRect(rect.left(), y, rect.width(), unit * 24);
    painter.drawText(declRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, declaration);
    y += declRect.height() + unit * 6;
    const qreal third = rect.width() / 3;
    //: signature line on the printed filing form
    const QStringList signatures = {tr("Applicant (signature):"), tr("Clerk (signature):"), tr("Reviewer (signature):")};
    for (int i = 0; i < signatures.size(); ++i) {
        const QRectF r(rect.left() + i * third, y, third - unit * 4, unit * 8);
        painter.drawText(r, Qt::AlignLeft | Qt::AlignTop, signatures.at(i));
        painter.drawLine(QPointF(r.left(), r.bottom() + unit * 8), QPointF(r.right(), r.bottom() + unit * 8));
    }
    y += unit * 22;
    //: date line on the printed filing form
    painter.drawText(QRectF(rect.left(), y, rect.width(), unit * 8), Qt::AlignRight | Qt::AlignTop,
                     tr("Date:          year      month      day"));
    painter.setFont(small);
    painter.drawText(QRectF(rect.left(), rect.bottom() - unit * 6, rect.width(), unit * 6), Qt::AlignLeft | Qt::AlignBottom,
                     tr("Filing %1").arg(m_doc.filingId));
    painter.restore();
}

bool FilingFormRenderer::render(QPagedPaintDevice *device, QPageSize::PageSizeId size) const
{
    device->setPageSize(QPageSize(size));
    device->setPageOrientation(QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRect r = device->pageLayout().paintRectPixels(device->logicalDpiX());
    paint(painter, QRectF(0, 0, r.width(), r.height()));
    return painter.end();
}

bool FilingFormRenderer::writePdf(const QString &path, QString *error) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Jingban"));
    writer.setTitle(tr("Special-outpatient filing form"));
    const bool ok = render(&writer);
    if (!ok && error)
        *error = tr("The filing form cannot be written to %1.").arg(QFileInfo(path).absoluteFilePath());
    return ok;
}

void FilingFormRenderer::preview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Special-outpatient filing form"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [this](QPrinter *p) { render(p); });
    dialog.exec();
}
