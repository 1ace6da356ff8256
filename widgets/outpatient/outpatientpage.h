#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class CertificationPage;
class FilingForm;
class FilingWorklist;
class QTabWidget;

// The special-outpatient area of the main window (特殊门诊备案): the filing
// form, the township's lists (review, returned, submission) and, for county
// roles, the batch certification, as tabs. A reviewer starts on the list, a
// county certifier on the certification.
class OutpatientPage : public QWidget
{
    Q_OBJECT
public:
    OutpatientPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    FilingForm *form() const { return m_form; }
    FilingWorklist *worklist() const { return m_list; }
    CertificationPage *certification() const { return m_certification; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    FilingForm *m_form = nullptr;
    FilingWorklist *m_list = nullptr;
    CertificationPage *m_certification = nullptr;
};
