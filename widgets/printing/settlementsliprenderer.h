#pragma once

#include "itemmodels/claimslipmodel.h"

#include <QCoreApplication>
#include <QPageSize>

class QPagedPaintDevice;
class QPainter;
class QRectF;
class QWidget;

// The settlement slip (结算单) of one settlement: one renderer that paints
// onto any QPagedPaintDevice, so print preview, the printer and PDF are the
// same code. A4 or A5, portrait. A reprint carries 副本 (copy) across the
// top; a reversing settlement is titled as a reversal and shows negative
// amounts and the slip it cancels. Id numbers are printed masked.
class SettlementSlipRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SettlementSlipRenderer)
public:
    explicit SettlementSlipRenderer(SettlementSlip slip) : m_slip(std::move(slip)) {}

    void setCopy(bool copy) { m_copy = copy; }
    bool isCopy() const { return m_copy; }

    // Paints the slip into rect (device pixels) of a painter on a device.
    void paint(QPainter &painter, const QRectF &rect) const;
    // Sets the device's page size and margins and paints one page.
    bool render(QPagedPaintDevice *device, QPageSize::PageSizeId size = QPageSize::A4) const;
    bool writePdf(const QString &path, QPageSize::PageSizeId size = QPageSize::A4, QString *error = nullptr) const;
    // Print preview with the printer dialog behind it (modal).
    void preview(QWidget *parent, QPageSize::PageSizeId size = QPageSize::A4) const;

private:
    SettlementSlip m_slip;
    bool m_copy = false;
};
