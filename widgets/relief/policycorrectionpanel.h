#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class PolicyCorrectionModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

// Policy corrections (政策更正): what the year's newest policy would change,
// claim by claim; a clerk proposes adjustments for the changed claims, a
// reviewer (not the proposer) approves or rejects them. Nothing changes
// until then.
class PolicyCorrectionPanel : public QWidget
{
    Q_OBJECT
public:
    PolicyCorrectionPanel(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    PolicyCorrectionModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QTableView *view() const { return m_view; }
    void setYear(int year);

    // The actions behind the buttons; return the error text, empty on success.
    QString propose(const QString &reason);
    // The selected rows' waiting adjustments, or every waiting one when none is selected.
    QString decide(bool approve, const QString &reason = {});

public slots:
    void check();

private:
    QStringList chosenAdjustments() const;

    QSqlDatabase m_db;
    SessionUser m_user;
    PolicyCorrectionModel *m_model;
    QSpinBox *m_year;
    QLabel *m_summary;
    QTableView *m_view;
    QLineEdit *m_reason;
    QPushButton *m_propose;
    QPushButton *m_approve;
    QPushButton *m_reject;
};
