#include "settlementpanel.h"

#include "domain/money.h"
#include "itemmodels/claimslipmodel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
QString percent(int bp)
{
    return QLocale().toString(bp / 100.0, 'f', bp % 100 ? 2 : 0) + QLatin1Char('%');
}
QString yuan(qint64 fen)
{
    return Money(fen).toDisplayString();
}
QString signedPercent(int bp)
{
    return (bp >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + percent(bp >= 0 ? bp : -bp);
}
// "registered poverty +10%, downward referral +5%": the policy's names of the
// ratio adjustments that applied, in the user's language.
QStringList ratioAdjustmentNames(const Policy &policy, ClaimKind kind, quint32 applied)
{
    const QList<RatioAdjustment> &list = kind == ClaimKind::Inpatient           ? policy.inpatient.ratioAdjustments
                                         : kind == ClaimKind::GeneralOutpatient ? policy.generalOutpatient.ratioAdjustments
                                                                                : policy.specialOutpatient.ratioAdjustments;
    QStringList names;
    for (qsizetype i = 0; i < list.size() && i < 32; ++i)
        if (applied & (quint32(1) << i))
            names << QStringLiteral("%1 %2").arg(list[i].name.text(), signedPercent(list[i].pointsBp)).trimmed();
    return names;
}
} // namespace

SettlementPanel::SettlementPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("settlementPanel"));
    auto *outer = new QVBoxLayout(this);
    m_title = new QLabel(tr("Settlement (live)"), this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    outer->addWidget(m_title);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(12);
    const QString names[LineCount] = {
        //: settlement layer: total − fully self-paid − category-B co-payment
        tr("In-scope cost"),
        //: settlement: the deductible applied to this claim
        tr("Deductible"),
        tr("Basic insurance"),
        tr("Critical-illness insurance"),
        tr("Medical assistance"),
        tr("Health poverty relief"),
        //: settlement: all layers together
        tr("Paid by the scheme"),
        //: settlement: what the person pays
        tr("Out of pocket"),
    };
    const char *ids[LineCount] = {"inScope", "deductible", "basic", "critical", "assistance", "relief", "paid", "outOfPocket"};
    for (int i = 0; i < LineCount; ++i) {
        auto *name = new QLabel(names[i], this);
        m_values[i] = new QLabel(this);
        m_values[i]->setObjectName(QLatin1String(ids[i]) + QStringLiteral("Value"));
        m_values[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_whys[i] = new QLabel(this);
        m_whys[i]->setObjectName(QLatin1String(ids[i]) + QStringLiteral("Why"));
        m_whys[i]->setWordWrap(true);
        m_whys[i]->setStyleSheet(QStringLiteral("color: palette(dark);"));
        if (i == OutOfPocket || i == Paid) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            m_values[i]->setFont(bold);
        }
        // A fixed size (room for ¥99,999,999.99): a new amount on each
        // keystroke then repaints the label alone, with no new layout of the panel.
        const QFontMetrics metrics(m_values[i]->font());
        m_values[i]->setFixedSize(metrics.horizontalAdvance(QStringLiteral("¥00,000,000.00")) + 8, metrics.height());
        grid->addWidget(name, i, 0, Qt::AlignTop);
        grid->addWidget(m_values[i], i, 1, Qt::AlignTop);
        grid->addWidget(m_whys[i], i, 2, Qt::AlignTop);
    }
    outer->addLayout(grid);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("settlementNotice"));
    m_notice->setWordWrap(true);
    outer->addWidget(m_notice);
    outer->addStretch(1);
    clear();
}

// Only what changed is touched (QLabel::setText returns early on the same
// text): a keystroke usually changes a few amounts and their reasons.
void SettlementPanel::setLine(Line line, qint64 fen, const QString &why)
{
    m_fen[line] = fen;
    m_values[line]->setText(yuan(fen));
    m_whys[line]->setText(why);
}

// Setting a style sheet polishes the label again, even the same sheet: only when it changes.
void SettlementPanel::setNoticeStyle(const QString &styleSheet)
{
    if (m_notice->styleSheet() != styleSheet)
        m_notice->setStyleSheet(styleSheet);
}

void SettlementPanel::clear()
{
    for (int i = 0; i < LineCount; ++i) {
        m_fen[i] = 0;
        m_values[i]->setText(QStringLiteral("—"));
        m_whys[i]->clear();
    }
    m_notice->clear();
}

void SettlementPanel::showErrors(const Validation &errors)
{
    clear();
    setNoticeStyle(QStringLiteral("color: #a40000;"));
    m_notice->setText(errors.text());
}

void SettlementPanel::showResult(const Policy &policy, const ClaimInput &claim, const SettlementResult &r)
{
    const SettlementExplanation &e = r.explanation;
    setLine(InScope, r.inScopeFen,
            tr("%1 total − %2 fully self-paid − %3 category-B co-payment")
                .arg(yuan(claim.totalFen), yuan(claim.selfPaidFen), yuan(claim.categoryBCopayFen)));
    if (r.isRefused()) {
        for (int i = Deductible; i < LineCount; ++i)
            setLine(Line(i), 0, QString());
        setLine(OutOfPocket, r.outOfPocketFen, tr("The claim is refused: the person pays all of it."));
        setNoticeStyle(QStringLiteral("color: #a40000; font-weight: bold;"));
        m_notice->setText(ClaimSlipModel::refusalText(SettlementResult::refusalCode(r.refused)));
        return;
    }

    // Deductible and basic: which row of the policy, which adjustments.
    QString rowName;
    if (e.basicRow >= 0) {
        if (claim.kind == ClaimKind::Inpatient && e.basicRow < policy.inpatient.rows.size())
            rowName = policy.inpatient.rows.at(e.basicRow).name.text();
        else if (claim.kind == ClaimKind::GeneralOutpatient && e.basicRow < policy.generalOutpatient.rows.size())
            rowName = policy.generalOutpatient.rows.at(e.basicRow).name.text();
    }
    if (e.diseaseIndex >= 0 && e.diseaseIndex < policy.specialOutpatient.diseases.size())
        rowName = policy.specialOutpatient.diseases.at(e.diseaseIndex).name;
    QString dedWhy = tr("Policy deductible %1").arg(yuan(e.rowDeductibleFen));
    if (e.deductibleFactorBp == 0)
        dedWhy += tr(", waived");
    else if (e.deductibleFactorBp != 10000)
        dedWhy += tr(" × %1").arg(percent(e.deductibleFactorBp));
    if (claim.kind == ClaimKind::Inpatient && e.deductibleAdjustment >= 0
        && e.deductibleAdjustment < policy.inpatient.deductibleAdjustments.size()) {
        const QString adjustment = policy.inpatient.deductibleAdjustments.at(e.deductibleAdjustment).name.text();
        if (!adjustment.isEmpty())
            dedWhy += tr(" (%1)").arg(adjustment);
    }
    if (claim.kind == ClaimKind::SpecialOutpatient)
        dedWhy += tr(" (yearly, shared by the disease category)");
    if (!rowName.isEmpty())
        //: settlement panel: "<the policy row's name>: <why>"
        dedWhy = tr("%1: %2").arg(rowName, dedWhy);
    setLine(Deductible, r.deductibleFen, dedWhy);

    QString basicWhy = tr("(%1 − %2) × %3").arg(yuan(r.inScopeFen), yuan(r.deductibleFen), percent(e.ratioBp));
    if (e.ratioBp != e.baseRatioBp) {
        basicWhy += tr("; ratio %1 adjusted to %2").arg(percent(e.baseRatioBp), percent(e.ratioBp));
        const QStringList adjustments = ratioAdjustmentNames(policy, claim.kind, e.ratioAdjustments);
        if (!adjustments.isEmpty())
            basicWhy += tr(" (%1)").arg(adjustments.join(tr(", ")));
    }
    QStringList basicLimits;
    if (e.boundLimits & BoundOutpatientPerVisit)
        basicLimits << tr("per-visit limit %1").arg(yuan(e.perVisitLimitFen));
    if (e.boundLimits & BoundOutpatientYearly)
        basicLimits << tr("yearly outpatient limit, %1 left").arg(yuan(e.yearlyLimitRemainingFen));
    if (e.boundLimits & BoundDiseaseLimit)
        basicLimits << tr("the disease's yearly limit, %1 left").arg(yuan(e.yearlyLimitRemainingFen));
    if (e.boundLimits & BoundBasicCap)
        basicLimits << tr("yearly cap, %1 left").arg(yuan(e.basicCapRemainingFen));
    if (!basicLimits.isEmpty())
        basicWhy += tr("; limited by %1 (uncapped %2)").arg(basicLimits.join(tr(", ")), yuan(e.basicUncappedFen));
    setLine(Basic, r.basicFen, basicWhy);

    QString criticalWhy;
    if (e.criticalSchedule >= 0 && e.criticalSchedule < policy.criticalIllness.schedules.size()) {
        criticalWhy = tr("%1: threshold %2, the year's basis %3 → %4")
                          .arg(policy.criticalIllness.schedules.at(e.criticalSchedule).name.text(), yuan(e.criticalThresholdFen),
                               yuan(e.criticalBasisBeforeFen), yuan(e.criticalBasisAfterFen));
        if (e.boundLimits & BoundCriticalCap)
            criticalWhy += tr("; yearly cap reached (%1 left)").arg(yuan(e.criticalCapRemainingFen));
    } else {
        criticalWhy = tr("Does not apply to this kind of claim.");
    }
    setLine(Critical, r.criticalFen, criticalWhy);

    QString assistanceWhy;
    if (e.assistanceRule >= 0 && e.assistanceRule < policy.medicalAssistance.rules.size()) {
        const AssistanceRule &rule = policy.medicalAssistance.rules.at(e.assistanceRule);
        assistanceWhy = tr("%1: %2 of what is left above the yearly threshold %3")
                            .arg(ClaimCodes::code(rule.category) == QLatin1String("poverty") ? tr("Registered poverty")
                                 : ClaimCodes::code(rule.category) == QLatin1String("dibao") ? tr("Dibao")
                                 : ClaimCodes::code(rule.category) == QLatin1String("tekun") ? tr("Tekun")
                                                                                              : tr("Near-poor"),
                                 percent(rule.ratioBp), yuan(rule.thresholdFen));
        if (e.boundLimits & BoundAssistanceCap)
            assistanceWhy += tr("; yearly cap reached (%1 left)").arg(yuan(e.assistanceCapRemainingFen));
    } else {
        assistanceWhy = tr("Only for dibao, tekun and registered poverty persons.");
    }
    setLine(Assistance, r.assistanceFen, assistanceWhy);

    QString reliefWhy;
    if (e.reliefShareCap >= 0 || e.reliefCeilingRule >= 0) {
        QStringList parts;
        if (e.reliefShareCap >= 0 && e.reliefShareCap < policy.povertyRelief.shareCaps.size())
            parts << tr("%1: the person keeps at most %2 (requires %3)")
                         .arg(policy.povertyRelief.shareCaps.at(e.reliefShareCap).name.text(), yuan(e.reliefAllowedShareFen),
                              yuan(e.reliefByShareFen));
        if (e.reliefCeilingRule >= 0)
            parts << tr("yearly out-of-pocket ceiling %1, %2 borne so far (requires %3)")
                         .arg(yuan(e.reliefCeilingFen), yuan(e.reliefOutOfPocketBeforeFen), yuan(e.reliefByCeilingFen));
        //: settlement panel: between the reasons of the poverty-relief layer
        reliefWhy = parts.join(tr("; "));
        if (e.boundLimits & BoundReliefCap)
            reliefWhy += tr("; yearly relief cap reached (%1 left)").arg(yuan(e.reliefCapRemainingFen));
    } else {
        reliefWhy = tr("Only for registered poverty persons, inpatient and special outpatient.");
    }
    setLine(Relief, r.reliefFen, reliefWhy);

    setLine(Paid, r.paidFen(),
            r.inScopeFen > 0 || claim.totalFen > 0
                ? tr("Combined coverage %1 of the total")
                      .arg(percent(claim.totalFen ? int(r.paidFen() * 10000 / claim.totalFen) : 0))
                : QString());
    setLine(OutOfPocket, r.outOfPocketFen, tr("Total − paid by the scheme"));

    QStringList notices;
    for (const QString &code : r.flagCodes())
        notices << ClaimSlipModel::flagText(code);
    setNoticeStyle(QStringLiteral("color: #8a5a00;"));
    m_notice->setText(notices.join(QLatin1Char('\n')));
}

qint64 SettlementPanel::amountFen(Line line) const
{
    return m_fen[line];
}

QString SettlementPanel::explanation(Line line) const
{
    return m_whys[line]->text();
}

QString SettlementPanel::noticeText() const
{
    return m_notice->text();
}
