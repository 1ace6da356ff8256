#pragma once

#include "domain/result.h"

#include <QCoreApplication>

class FilingListModel;
class QWidget;

// Export of a filing list, with the filters it shows, to XLSX or CSV, for
// the filing lists and the batch certification: asks for the file (XLSX
// by default), shows progress with cancel for a county-wide list, and says
// how many rows it wrote.
class FilingListExport
{
    Q_DECLARE_TR_FUNCTIONS(FilingListExport)
public:
    // Writes to path; a progress dialog appears when the export takes long.
    static Result<qint64> write(QWidget *parent, const FilingListModel *model, const QString &path);
    // Asks for the file, then writes it. Returns the message to show under
    // the list (empty when the clerk cancelled the file dialog) and whether it
    // worked.
    static bool askAndWrite(QWidget *parent, const FilingListModel *model, QString *message);
    static QString suggestedFileName();
};
