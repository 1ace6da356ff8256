#include "settlementsliprenderer.h"

#include "domain/idnumber.h"
#include "domain/money.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/personsearchmodel.h"

#include <QDateTime>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace {
struct Cell
{
    QString text;
    int span = 1;
    bool label = false;
};
} // namespace

void SettlementSlipRenderer::paint(QPainter &p, const QRectF &rect) const
{
    const SettlementSlip &s = m_slip;
    const bool reversal = !s.reversedSlipNo.isEmpty();
    const double dpi = p.device()->logicalDpiY();
    const double mm = dpi / 25.4;
    // A5 is 148 mm wide: scale the type with the page.
    const double scale = qBound(0.7, rect.width() / (180.0 * mm), 1.0);
    auto font = [&](double pt, bool bold = false) {
        QFont f(QStringLiteral("Noto Sans CJK SC"));
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(pt * scale);
        f.setBold(bold);
        return f;
    };
    auto money = [](qint64 fen) { return Money(fen).toDisplayString(); };
    const QPen thin(Qt::black, 0.25 * mm);

    double y = rect.top();
    p.save();
    p.setPen(Qt::black);

    // Title and slip number.
    p.setFont(font(16, true));
    const QString title = reversal ? tr("Manual reimbursement settlement slip (reversal)")
                                   : tr("Manual reimbursement settlement slip");
    const double titleH = 11 * mm * scale;
    p.drawText(QRectF(rect.left(), y, rect.width(), titleH), Qt::AlignCenter, title);
    if (m_copy) {
        p.save();
        p.setPen(QPen(QColor(170, 0, 0), 0.5 * mm));
        p.setFont(font(18, true));
        //: printed on a reprinted slip
        const QString copy = tr("COPY");
        QRectF box(rect.right() - 26 * mm * scale, y, 26 * mm * scale, titleH);
        p.drawRect(box.adjusted(1 * mm, 1 * mm, -1 * mm, -1 * mm));
        p.drawText(box, Qt::AlignCenter, copy);
        p.restore();
    }
    y += titleH;
    p.setFont(font(9));
    const double lineH = 6 * mm * scale;
    p.drawText(QRectF(rect.left(), y, rect.width() / 2, lineH), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Township: %1").arg(s.townshipName));
    p.drawText(QRectF(rect.center().x(), y, rect.width() / 2, lineH), Qt::AlignRight | Qt::AlignVCenter,
               tr("Slip no.: %1").arg(s.slipNo));
    y += lineH;

    // The grid: six columns, label / value pairs.
    const double colW = rect.width() / 6.0;
    const double rowH = 7.5 * mm * scale;
    auto row = [&](const QList<Cell> &cells, double height = 0) {
        const double h = height > 0 ? height : rowH;
        double x = rect.left();
        for (const Cell &c : cells) {
            const QRectF box(x, y, colW * c.span, h);
            if (c.label)
                p.fillRect(box, QColor(238, 238, 238));
            p.setPen(thin);
            p.drawRect(box);
            p.setFont(font(c.label ? 8.5 : 9.5, false));
            p.drawText(box.adjusted(1.5 * mm, 0, -1.5 * mm, 0),
                       (c.label ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextWordWrap, c.text);
            x += colW * c.span;
        }
        y += h;
    };
    auto L = [](const QString &t) { return Cell{t, 1, true}; };
    auto V = [](const QString &t, int span = 1) { return Cell{t, span, false}; };
    auto section = [&](const QString &t) {
        const QRectF box(rect.left(), y, rect.width(), rowH * 0.85);
        p.fillRect(box, QColor(220, 220, 220));
        p.setPen(thin);
        p.drawRect(box);
        p.setFont(font(9, true));
        p.drawText(box.adjusted(2 * mm, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, t);
        y += box.height();
    };

    section(tr("Insured person and bill"));
    row({L(tr("Name")), V(s.personName + QStringLiteral("  ") + PersonSearchModel::sexLabel(s.sex)), L(tr("Id number")),
         V(IdNumber::masked(s.idNumber), 3)});
    row({L(tr("Household")), V(s.householdCode), L(tr("Village")), V(s.village), L(tr("Categories")),
         V(s.categories.isEmpty() ? tr("none") : s.categories)});
    row({L(tr("Institution")), V(s.institutionName, 3), L(tr("Level, place")), V(s.level + QStringLiteral(" / ") + s.location)});
    row({L(tr("Kind")), V(s.kind), L(tr("Disease")), V(s.diseaseName.isEmpty() ? QStringLiteral("—") : s.diseaseName),
         L(tr("Referral")), V(s.referral)});
    row({L(tr("Admission")), V(DisplayFormat::date(s.admission)), L(tr("Discharge")), V(DisplayFormat::date(s.discharge)),
         L(tr("Settled")), V(DisplayFormat::date(QDateTime::fromString(s.settledAt, Qt::ISODateWithMs).toLocalTime().date()))});

    section(tr("Cost and settlement (yuan)"));
    row({L(tr("Total cost")), V(money(s.totalFen)), L(tr("Fully self-paid")), V(money(s.selfPaidFen)),
         L(tr("Category-B co-payment")), V(money(s.categoryBCopayFen))});
    row({L(tr("In-scope cost")), V(money(s.inScopeFen)), L(tr("Deductible")), V(money(s.deductibleFen)),
         L(tr("Basic insurance")), V(money(s.basicFen))});
    row({L(tr("Critical illness")), V(money(s.criticalFen)), L(tr("Medical assistance")), V(money(s.assistanceFen)),
         L(tr("Poverty relief")), V(money(s.reliefFen))});
    row({L(tr("Paid in all")), V(money(s.paidFen())), L(tr("Out of pocket")), V(money(s.outOfPocketFen)),
         L(tr("Coverage")),
         V(s.totalFen ? QLocale().toString(double(s.paidFen()) * 100.0 / double(s.totalFen), 'f', 1) + QLatin1Char('%')
                      : QStringLiteral("—"))});
    //: amount in Chinese capital numerals
    row({L(tr("Paid (in words)")), V(Money(s.paidFen()).toChineseCapital(), 5)});
    row({L(tr("Out of pocket (in words)")), V(Money(s.outOfPocketFen).toChineseCapital(), 5)});

    section(tr("The scheme year after this settlement"));
    row({L(tr("Basic paid")), V(money(s.ytdBasicFen)), L(tr("Critical illness")), V(money(s.ytdCriticalFen)),
         L(tr("Assistance")), V(money(s.ytdAssistanceFen))});
    row({L(tr("Poverty relief")), V(money(s.ytdReliefFen)), L(tr("Basic cap left")),
         V(s.basicCapLeftFen < 0 ? tr("no cap") : money(s.basicCapLeftFen)), L(tr("Relief cap left")),
         V(s.reliefCapLeftFen < 0 ? QStringLiteral("—") : money(s.reliefCapLeftFen))});

    QStringList notes;
    if (reversal)
        notes << tr("Reverses slip %1. Reason: %2").arg(s.reversedSlipNo, s.reason);
    if (!s.refusal.isEmpty())
        notes << s.refusal;
    notes << s.flags;
    if (notes.isEmpty())
        notes << QStringLiteral("—");
    row({L(tr("Notes")), V(notes.join(QStringLiteral("；")), 5)}, rowH * (notes.size() > 1 ? 1.6 : 1.0));
    row({L(tr("Policy")), V(tr("%1, version %2, SHA-256 %3").arg(s.policyId).arg(s.policyVersion).arg(s.policySha256.left(12)), 5)});

    // Signatures.
    y += 6 * mm * scale;
    p.setFont(font(10));
    const double third = rect.width() / 3.0;
    p.drawText(QRectF(rect.left(), y, third, lineH), Qt::AlignLeft | Qt::AlignVCenter, tr("Clerk: %1").arg(s.clerkName));
    p.drawText(QRectF(rect.left() + third, y, third, lineH), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Reviewer: %1").arg(s.reviewerName));
    p.drawText(QRectF(rect.left() + 2 * third, y, third, lineH), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Printed: %1").arg(DisplayFormat::date(QDate::currentDate())));
    y += lineH + 10 * mm * scale;
    p.setPen(thin);
    const QString signLabels[2] = {tr("Insured person (signature):"), tr("Date:")};
    for (int i = 0; i < 2; ++i) {
        const double x = rect.left() + i * rect.width() / 2;
        p.drawText(QRectF(x, y - lineH, rect.width() / 2, lineH), Qt::AlignLeft | Qt::AlignBottom, signLabels[i]);
        const double lx = x + p.fontMetrics().horizontalAdvance(signLabels[i]) + 2 * mm;
        p.drawLine(QPointF(lx, y), QPointF(x + rect.width() / 2 - 8 * mm, y));
    }
    p.restore();
}

bool SettlementSlipRenderer::render(QPagedPaintDevice *device, QPageSize::PageSizeId size) const
{
    device->setPageSize(QPageSize(size));
    device->setPageOrientation(QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRect r = device->pageLayout().paintRectPixels(device->logicalDpiX());
    paint(painter, QRectF(0, 0, r.width(), r.height()));
    return painter.end();
}

bool SettlementSlipRenderer::writePdf(const QString &path, QPageSize::PageSizeId size, QString *error) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Jingban"));
    writer.setTitle(tr("Settlement slip %1").arg(m_slip.slipNo));
    const bool ok = render(&writer, size);
    if (!ok && error)
        *error = tr("The slip cannot be written to %1.").arg(QFileInfo(path).absoluteFilePath());
    return ok;
}

void SettlementSlipRenderer::preview(QWidget *parent, QPageSize::PageSizeId size) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(size));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Settlement slip %1").arg(m_slip.slipNo));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [this](QPrinter *p) { render(p, p->pageLayout().pageSize().id()); });
    dialog.exec();
}
