#pragma once

#include "domain/result.h"
#include "engine/claiminput.h"
#include "engine/policy.h"
#include "engine/settlementresult.h"

#include <QWidget>

class QGridLayout;
class QLabel;

// The live settlement beside the claim form (and in the review queue): each
// layer's amount with why it is what it is — the deductible applied, the
// ratio used, the critical-illness segment, the limits that bound — then the
// refusal or flags in plain words. Shows input errors instead when the
// claim cannot be settled yet.
class SettlementPanel : public QWidget
{
    Q_OBJECT
public:
    enum Line { InScope, Deductible, Basic, Critical, Assistance, Relief, Paid, OutOfPocket, LineCount };

    explicit SettlementPanel(QWidget *parent = nullptr);

    void showResult(const Policy &policy, const ClaimInput &claim, const SettlementResult &result);
    void showErrors(const Validation &errors);
    void clear();

    // The amount a line shows, in fen (for tests and the review queue); 0 when blank.
    qint64 amountFen(Line line) const;
    QString explanation(Line line) const;
    QString noticeText() const;

private:
    void setLine(Line line, qint64 fen, const QString &why);
    void setNoticeStyle(const QString &styleSheet);
    QLabel *m_title;
    QLabel *m_values[LineCount];
    QLabel *m_whys[LineCount];
    qint64 m_fen[LineCount] = {};
    QLabel *m_notice;
};
