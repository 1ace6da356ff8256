#pragma once

#include "domain/sessionuser.h"
#include "receiptrenderer.h"

#include <QDialog>
#include <QSqlDatabase>

class HouseholdContributionModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

// Taking a household's contributions for a scheme year (缴费): check the
// members, pick the tier and the payment channel; each member's amount and
// the state's part come from the year's policy. "Take payment" enrolls them
// through EnrollmentService and issues one numbered receipt, which can then
// be previewed, printed or saved as PDF.
class ContributionDialog : public QDialog
{
    Q_OBJECT
public:
    ContributionDialog(const QSqlDatabase &db, const SessionUser &user, const QString &householdId, int schemeYear,
                       QWidget *parent = nullptr);

    HouseholdContributionModel *members() const { return m_model; }
    QTableView *memberView() const { return m_view; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *tierBox() const { return m_tier; }
    QComboBox *channelBox() const { return m_channel; }
    QPushButton *payButton() const { return m_pay; }
    QString receiptId() const { return m_receiptId; }
    QString errorText() const;
    ReceiptRenderer::Size receiptSize() const;
    // Writes the issued receipt to path (what "Save as PDF" does after asking).
    Validation savePdf(const QString &path) const;

signals:
    void receiptIssued(const QString &receiptId);

private:
    void reload();
    void updateTotal();
    void takePayment();

    QSqlDatabase m_db;
    SessionUser m_user;
    QString m_householdId;
    HouseholdContributionModel *m_model;
    QTableView *m_view;
    QSpinBox *m_year;
    QComboBox *m_tier;
    QComboBox *m_channel;
    QComboBox *m_size;
    QLabel *m_total;
    QLabel *m_capital;
    QLabel *m_error;
    QPushButton *m_pay;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QString m_receiptId;
};
