#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTableView;
class QTextDocument;
class ReconciliationModel;

// Daily reconciliation (日对账) on the enrollment page: per village and
// day, persons enrolled, personal contributions, the state's part, the
// subsidy, receipts issued and voided, and the cash total, with a line that
// says whether the contributions agree with the receipts to the fen.
// Printable (preview and printer) and exportable to XLSX or CSV.
class ReconciliationPage : public QWidget
{
    Q_OBJECT
public:
    ReconciliationPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    ReconciliationModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setRange(const QDate &from, const QDate &to);
    QString checkText() const;
    // The report as a document to print (A4 landscape).
    QTextDocument *document(QObject *parent) const;
    // Writes the report (what "Export" does after asking for a file name).
    bool exportTo(const QString &path, QString *error = nullptr) const;

public slots:
    void refresh();

private:
    void print(bool preview);

    QSqlDatabase m_db;
    SessionUser m_user;
    QString m_township;
    ReconciliationModel *m_model;
    QTableView *m_view;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_check;
};
