#pragma once

#include "domain/sessionuser.h"
#include "services/changewriter.h"

#include <QSqlDatabase>
#include <QWidget>

class FilingListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The township's filing lists (初审 and 上报): filings by status, village and
// disease. A reviewer approves the selected filings or returns them with a
// reason and submits reviewed ones to the county; a clerk opens a returned
// filing to correct it. Every step goes through FilingService, which
// refuses the maker's own filings; its message shows under the list.
class FilingWorklist : public QWidget
{
    Q_OBJECT
public:
    FilingWorklist(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    FilingListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Shows filings of one status (empty: all).
    void showStatus(const QString &status);
    QString message() const;
    QStringList selectedFilingIds() const;
    bool selectFiling(const QString &filingId, bool add = false);
    // Writes the whole list as filtered (every page) to .xlsx or .csv.
    bool exportTo(const QString &path);

public slots:
    void reload();
    bool approveSelected();
    bool returnSelected();
    bool submitSelected();
    void correctCurrent();
    void printCurrent();
    void printNotice();
    bool revokeCurrent();
    // Asks for a file, then exports (Ctrl+E).
    void exportList();

signals:
    void changed();
    void correctRequested(const QString &filingId);

private:
    void applyFilter();
    void showResult(const QString &done, const QStringList &errors);
    void updateButtons();

    QSqlDatabase m_db;
    SessionUser m_user;
    ChangeWriter m_writer;
    FilingListModel *m_model;
    QComboBox *m_status;
    QComboBox *m_village;
    QLineEdit *m_disease;
    QTableView *m_view;
    QLabel *m_count;
    QLineEdit *m_reason;
    QPushButton *m_approve, *m_return, *m_submit, *m_correct, *m_print, *m_notice, *m_revoke, *m_export;
    QLabel *m_message;
};
