#include "receiptrenderer.h"

#include "domain/idnumber.h"
#include "domain/money.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/householdenrollmentmodel.h"
#include "itemmodels/householdmembersmodel.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>

namespace {
constexpr double kRowHeight = 62;     // 6.2 mm
constexpr double kHeaderHeight = 330;
constexpr double kTableHeaderExtra = 31; // the header row is 1.5 rows high // title, serial, household block
constexpr double kFooterHeight = 200; // totals, clerk, signature

QFont font(double tenthsMm, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(qRound(tenthsMm));
    f.setBold(bold);
    return f;
}
}

QPageLayout ReceiptRenderer::pageLayout(Size size)
{
    if (size == Size::A4)
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    return QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape, QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
}

int ReceiptRenderer::rowsPerPage(Size size) const
{
    const QRectF r = pageLayout(size).paintRect(QPageLayout::Millimeter);
    return qMax(1, int((r.height() * 10 - kHeaderHeight - kFooterHeight - kRowHeight - kTableHeaderExtra) / kRowHeight));
}

int ReceiptRenderer::pageCount(Size size) const
{
    const int per = rowsPerPage(size);
    return qMax(1, int((m_doc.lines.size() + per - 1) / per));
}

Validation ReceiptRenderer::writePdf(const QString &path, Size size) const
{
    Validation v;
    {
        QPdfWriter pdf(path);
        pdf.setResolution(300);
        pdf.setPageLayout(pageLayout(size));
        pdf.setTitle(tr("Contribution receipt %1").arg(m_doc.serial));
        pdf.setCreator(QStringLiteral("Jingban"));
        if (!render(&pdf, size))
            v.add(QStringLiteral("file"), tr("File: %1 cannot be written.").arg(path));
    }
    if (v.ok() && (!QFile::exists(path) || QFile(path).size() == 0))
        v.add(QStringLiteral("file"), tr("File: %1 cannot be written.").arg(path));
    return v;
}

bool ReceiptRenderer::render(QPagedPaintDevice *device, Size size) const
{
    QPainter p;
    if (!p.begin(device))
        return false;
    const QRectF paint = device->pageLayout().paintRect(QPageLayout::Millimeter);
    const double scale = device->logicalDpiX() / 254.0;   // device pixels per 0.1 mm
    const double width = paint.width() * 10;
    const double height = paint.height() * 10;
    const int per = rowsPerPage(size);
    const int pages = pageCount(size);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        p.save();
        p.scale(scale, device->logicalDpiY() / 254.0);
        paintPage(p, width, height, page, pages, page * per, qMin<int>(per, int(m_doc.lines.size()) - page * per));
        p.restore();
    }
    return p.end();
}

void ReceiptRenderer::paintPage(QPainter &p, double width, double height, int page, int pages, int firstRow, int rows) const
{
    p.setPen(QPen(Qt::black, 3));
    // Title and serial.
    p.setFont(font(55, true));
    //: title printed on the contribution receipt
    p.drawText(QRectF(0, 0, width, 75), Qt::AlignHCenter | Qt::AlignVCenter,
               tr("Resident Basic Medical Insurance Contribution Receipt"));
    p.setFont(font(32));
    p.drawText(QRectF(0, 85, width / 2, 45), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Collected by: %1 medical insurance office").arg(m_doc.township));
    p.setFont(font(34, true));
    p.setPen(QPen(QColor(0xb0, 0, 0), 3));
    p.drawText(QRectF(width / 2, 85, width / 2, 45), Qt::AlignRight | Qt::AlignVCenter,
               tr("No. %1").arg(m_doc.serial));
    p.setPen(QPen(Qt::black, 3));

    // Household block: two columns of label: value.
    p.setFont(font(32));
    const double top = 145;
    const double lh = 45;
    const QString issued = DisplayFormat::dateTime(m_doc.issuedAt);
    const QList<QPair<QString, QString>> left = {{tr("Household code:"), m_doc.householdCode},
                                                 {tr("Head of household:"), m_doc.headName},
                                                 {tr("Village:"), m_doc.village},
                                                 {tr("Address:"), m_doc.address}};
    const QList<QPair<QString, QString>> right = {{tr("Scheme year:"), QString::number(m_doc.schemeYear)},
                                                  {tr("Payment channel:"), ReceiptService::channelLabel(m_doc.channel)},
                                                  {tr("Issued:"), issued},
                                                  {tr("Persons:"), QString::number(m_doc.lines.size())}};
    // Labels as wide as the widest of their column (translations differ in length).
    double lw = 0, rw = 0;
    for (int i = 0; i < left.size(); ++i) {
        lw = qMax<double>(lw, p.fontMetrics().horizontalAdvance(left.at(i).first) + 15);
        rw = qMax<double>(rw, p.fontMetrics().horizontalAdvance(right.at(i).first) + 15);
    }
    for (int i = 0; i < left.size(); ++i) {
        p.drawText(QRectF(0, top + i * lh, lw, lh), Qt::AlignLeft | Qt::AlignVCenter, left.at(i).first);
        p.drawText(QRectF(lw, top + i * lh, width * 0.6 - lw - 10, lh), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(left.at(i).second, Qt::ElideRight, int(width * 0.6 - lw - 10)));
        p.drawText(QRectF(width * 0.6, top + i * lh, rw, lh), Qt::AlignLeft | Qt::AlignVCenter, right.at(i).first);
        p.drawText(QRectF(width * 0.6 + rw, top + i * lh, width * 0.4 - rw, lh), Qt::AlignLeft | Qt::AlignVCenter,
                   right.at(i).second);
    }

    // Members table.
    struct Col { QString title; double share; Qt::Alignment align; };
    const QList<Col> cols = {{tr("No."), 0.05, Qt::AlignCenter},
                             {tr("Name"), 0.13, Qt::AlignCenter},
                             {tr("Relation to head"), 0.10, Qt::AlignCenter},
                             {tr("Id number"), 0.22, Qt::AlignCenter},
                             {tr("Tier"), 0.08, Qt::AlignCenter},
                             {tr("Personal contribution"), 0.14, Qt::AlignRight | Qt::AlignVCenter},
                             {tr("Paid by the state"), 0.14, Qt::AlignRight | Qt::AlignVCenter},
                             {tr("Government subsidy"), 0.14, Qt::AlignRight | Qt::AlignVCenter}};
    double y = kHeaderHeight;
    auto drawRow = [&](const QStringList &cells, bool header) {
        // The header row is taller and wraps, so long column titles fit.
        const double h = header ? kRowHeight * 1.5 : kRowHeight;
        p.setFont(font(header ? 26 : 30, header));
        double x = 0;
        for (int c = 0; c < cols.size(); ++c) {
            const double w = width * cols.at(c).share;
            p.drawRect(QRectF(x, y, w, h));
            if (header)
                p.drawText(QRectF(x + 8, y, w - 16, h), Qt::AlignCenter | Qt::TextWordWrap, cells.value(c));
            else
                p.drawText(QRectF(x + 8, y, w - 16, h), cols.at(c).align,
                           p.fontMetrics().elidedText(cells.value(c), Qt::ElideRight, int(w - 16)));
            x += w;
        }
        y += h;
    };
    QStringList titles;
    for (const Col &c : cols)
        titles << c.title;
    drawRow(titles, true);
    for (int i = firstRow; i < firstRow + rows; ++i) {
        const ReceiptService::Line &l = m_doc.lines.at(i);
        drawRow({QString::number(i + 1), l.name, HouseholdMembersModel::relationLabel(l.relation),
                 IdNumber::masked(l.idNumber), HouseholdEnrollmentModel::tierLabel(l.tier),
                 Money(l.personalFen).toDisplayString(), Money(l.subsidizedFen).toDisplayString(),
                 Money(l.subsidyFen).toDisplayString()},
                false);
    }

    // Totals on the last page.
    if (page == pages - 1) {
        qint64 personal = 0, subsidized = 0, subsidy = 0;
        for (const ReceiptService::Line &l : m_doc.lines) {
            personal += l.personalFen;
            subsidized += l.subsidizedFen;
            subsidy += l.subsidyFen;
        }
        const double labelWidth = width * (0.05 + 0.13 + 0.10 + 0.22 + 0.08);
        p.setFont(font(30, true));
        p.drawRect(QRectF(0, y, labelWidth, kRowHeight));
        p.drawText(QRectF(12, y, labelWidth - 24, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter, tr("Total"));
        double x = labelWidth;
        for (qint64 fen : {personal, subsidized, subsidy}) {
            const double w = width * 0.14;
            p.drawRect(QRectF(x, y, w, kRowHeight));
            p.drawText(QRectF(x + 12, y, w - 24, kRowHeight), Qt::AlignRight | Qt::AlignVCenter, Money(fen).toDisplayString());
            x += w;
        }
        y += kRowHeight;
        p.drawRect(QRectF(0, y, width, kRowHeight * 1.2));
        p.setFont(font(34, true));
        //: receipt: the amount paid, in Chinese capital numerals and in figures
        p.drawText(QRectF(12, y, width - 24, kRowHeight * 1.2), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Amount paid (in words): %1    (in figures): %2")
                       .arg(Money(m_doc.totalFen).toChineseCapital(), Money(m_doc.totalFen).toDisplayString()));
        y += kRowHeight * 1.2 + 30;
        p.setFont(font(30));
        p.drawText(QRectF(0, y, width / 3, 45), Qt::AlignLeft | Qt::AlignVCenter, tr("Clerk: %1").arg(m_doc.clerkName));
        p.drawText(QRectF(width / 3, y, width / 3, 45), Qt::AlignLeft | Qt::AlignVCenter, tr("Payer (signature):"));
        p.drawText(QRectF(width * 2 / 3, y, width / 3, 45), Qt::AlignRight | Qt::AlignVCenter,
                   tr("Seal of the office:"));
    }
    p.setFont(font(24));
    p.drawText(QRectF(0, height - 40, width, 40), Qt::AlignRight | Qt::AlignVCenter,
               tr("Page %1 of %2").arg(page + 1).arg(pages));
    p.drawText(QRectF(0, height - 40, width, 40), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Keep this receipt: it proves the enrollment for the scheme year."));

    // A voided or refunded receipt says so across the page.
    if (m_doc.status != QLatin1String("issued")) {
        p.save();
        p.translate(width / 2, height / 2);
        p.rotate(-20);
        p.setPen(QPen(QColor(200, 0, 0, 150), 8));
        p.setFont(font(140, true));
        const QString mark = ReceiptService::statusLabel(m_doc.status);
        p.drawText(QRectF(-width / 2, -100, width, 200), Qt::AlignCenter, mark);
        p.restore();
    }
}
