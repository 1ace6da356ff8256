#pragma once

#include "domain/sessionuser.h"
#include "services/changewriter.h"

#include <QSqlDatabase>
#include <QWidget>
#include <memory>

class FilingAttachmentModel;
class FilingListModel;
class QListView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTemporaryDir;
class QTextBrowser;

// The county's batch certification (集中认定), for the county certifier:
// the submitted filings of one township (or all), village and disease; the
// current filing's details and evidence beside the list; many selected at
// once (Shift/Ctrl, Ctrl+A) and certified with valid-from and valid-to, or
// rejected with a reason, in one all-or-nothing FilingService call.
class CertificationPage : public QWidget
{
    Q_OBJECT
public:
    CertificationPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);
    ~CertificationPage() override;

    FilingListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QStringList selectedFilingIds() const;
    bool selectFiling(const QString &filingId, bool add = false);
    QString message() const;
    QString detailText() const;
    // Certifying or rejecting more than one filing asks first (on by default).
    void setConfirmBatches(bool confirm) { m_confirmBatches = confirm; }
    FilingAttachmentModel *attachments() const { return m_attachments; }
    // Writes the current filing's scan of that row to a temporary file (after
    // checking its hash) and returns its path; openScan() also shows it.
    QString exportScan(int row);
    // Writes the submitted filings as filtered (every page) to .xlsx or .csv.
    bool exportTo(const QString &path);
    void openScan(int row);

public slots:
    void reload();
    bool certifySelected();
    bool rejectSelected();
    // Asks for a file, then exports (Ctrl+E).
    void exportList();

signals:
    void changed();

private:
    void applyFilter();
    void showDetail();
    void showResult(bool ok, const QString &text);

    QSqlDatabase m_db;
    SessionUser m_user;
    ChangeWriter m_writer;
    FilingListModel *m_model;
    QComboBox *m_township;
    QComboBox *m_village;
    QLineEdit *m_disease;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_detail;
    FilingAttachmentModel *m_attachments;
    QListView *m_scans;
    std::unique_ptr<QTemporaryDir> m_scanDir;
    bool m_confirmBatches = true;   // the opened scans, removed with the page
    QDateEdit *m_validFrom;
    QDateEdit *m_validTo;
    QLineEdit *m_reason;
    QPushButton *m_certify;
    QPushButton *m_reject;
    QPushButton *m_export;
    QLabel *m_message;
};
