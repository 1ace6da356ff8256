#pragma once

#include "domain/sessionuser.h"
#include "itemmodels/claimlistmodel.h"

#include <QSqlDatabase>
#include <QWidget>

class ClaimTotalsWorker;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

// Claims by status, period (discharge date), kind, village and institution,
// with totals per layer for the whole selection, exported to XLSX or CSV; from here a slip is reprinted (marked as a copy),
// a settled claim is reversed, and a reversed or returned bill is entered
// again.
class ClaimListPage : public QWidget
{
    Q_OBJECT
public:
    ClaimListPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    ClaimListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The totals per layer of the filter under the list; "computing…" until
    // the worker thread delivers them (totalsShown).
    QString totalsText() const;
    ClaimTotalsWorker *totalsWorker() const { return m_totalsWorker; }
    QString currentClaimId() const;
    // Writes the filtered list (every claim, not only those shown) with its
    // totals; the format by the file name. Shows what happened below the list.
    bool exportTo(const QString &path);

public slots:
    void reload();

signals:
    void reenterRequested(const QString &claimId);
    void changed();
    void totalsShown();

private:
    void reprint();
    void reverse();
    void exportAs();
    void showTotals(int request, const ClaimListModel::Totals &totals, bool ok);

    QSqlDatabase m_db;
    SessionUser m_user;
    ClaimListModel *m_model;
    ClaimTotalsWorker *m_totalsWorker;
    QTableView *m_view;
    QComboBox *m_status;
    QComboBox *m_kind;
    QComboBox *m_village;
    QComboBox *m_institution;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_totals;
    QLabel *m_message;
};
