#pragma once

#include "domain/sessionuser.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;
class QObject;
class QWidget;
class ReliefListModel;

// The printed relief list (救助发放花名册): one QTextDocument (title, period,
// village, batch, a table of the rows, totals, signature lines), so that
// print preview, the printer and PDF are the same code. A4 landscape.
class ReliefListRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReliefListRenderer)
public:
    struct Heading
    {
        QString township;
        QString village;        // empty: every village
        QString batch;          // serial and status, empty for the unpaid list
        QString period;
        QString printedBy;
    };

    ReliefListRenderer(const ReliefListModel &model, Heading heading) : m_model(model), m_heading(std::move(heading)) {}

    QTextDocument *document(QObject *parent) const;
    QString html() const;
    bool writePdf(const QString &path, QString *error = nullptr) const;
    void preview(QWidget *parent) const;

private:
    const ReliefListModel &m_model;
    Heading m_heading;
};
