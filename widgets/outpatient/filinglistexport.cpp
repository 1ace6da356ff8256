#include "filinglistexport.h"

#include "itemmodels/filinglistmodel.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>

QString FilingListExport::suggestedFileName()
{
    //: file name offered for the exported filing list; keep the .xlsx ending
    return tr("filings-%1.xlsx").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
}

Result<qint64> FilingListExport::write(QWidget *parent, const FilingListModel *model, const QString &path)
{
    const qint64 total = model->totalCount();
    QProgressDialog progress(tr("Exporting the filings..."), tr("Cancel"), 0, int(qMin<qint64>(total, INT_MAX)), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = model->exportTo(path, [&progress](qint64 done) {
        progress.setValue(int(qMin<qint64>(done, progress.maximum())));
        return !progress.wasCanceled();
    });
    QApplication::restoreOverrideCursor();
    return written;
}

bool FilingListExport::askAndWrite(QWidget *parent, const FilingListModel *model, QString *message)
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV (*.csv)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export the filing list"),
                                                QDir::home().filePath(suggestedFileName()),
                                                xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty()) {
        message->clear();
        return false;
    }
    // The writer picks the format by the ending; a name typed without one gets the chosen filter's.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    const auto written = write(parent, model, path);
    if (!written) {
        *message = written.errorText();
        return false;
    }
    *message = tr("%n filing(s) exported to %1.", "", int(qMin<qint64>(*written, INT_MAX))).arg(QDir::toNativeSeparators(path));
    return true;
}
