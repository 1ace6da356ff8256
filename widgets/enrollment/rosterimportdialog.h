#pragma once

#include "domain/sessionuser.h"
#include "roster/rosterimport.h"

#include <QDialog>
#include <QSqlDatabase>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTableWidget;

// Roster (花名册) import over RosterImport, in four steps:
//   1. the file (.xlsx or .csv, GBK or UTF-8);
//   2. which column holds which field, guessed from the headers and from
//      the clerk's earlier choices, which are remembered (local_setting)
//      when the clerk goes on;
//   3. a preview: every bad row with its line, reason code and message, and
//      what the good rows will add; nothing written;
//   4. the import of the good rows in one transaction, with a progress bar
//      and Cancel, which rolls everything back.
class RosterImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step { FileStep, MappingStep, PreviewStep, ImportStep };

    RosterImportDialog(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);
    ~RosterImportDialog() override;

    Step step() const;
    QString message() const;
    QLineEdit *pathEdit() const { return m_path; }
    // The chooser of a file column (zero-based), in the mapping step.
    QComboBox *fieldChooser(int column) const;
    QStandardItemModel *badRows() const { return m_badRows; }
    const RosterImport::Summary &preview() const { return m_preview; }
    const RosterImport::Summary &result() const { return m_result; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *cancelButton() const { return m_cancel; }

public slots:
    // Esc and the window's close button while an import runs stop it (it rolls back).
    void reject() override;
    // Moves to the next step; false (with a message) if this one is not done.
    bool next();
    void back();
    // Cancels a running import (it rolls back), else closes the dialog.
    void cancel();

signals:
    // Rows were imported: the household list refreshes.
    void imported();

private:
    bool openFile();
    void fillMapping();
    bool takeMapping();
    bool runPreview();
    bool runImport();
    void showStep(Step step);
    void showMessage(bool ok, const QString &text);
    void browse();

    QSqlDatabase m_db;
    SessionUser m_user;
    std::unique_ptr<RosterImport> m_import;
    RosterImport::Summary m_preview;
    RosterImport::Summary m_result;
    QStackedWidget *m_steps;
    QLineEdit *m_path;
    QLabel *m_fileInfo;
    QTableWidget *m_mapping;
    QLabel *m_previewSummary;
    QStandardItemModel *m_badRows;
    QTableView *m_badView;
    QProgressBar *m_progress;
    QLabel *m_importSummary;
    QLabel *m_message;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
    bool m_running = false;
    bool m_cancelRequested = false;
};
