#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class ClaimEntryForm;
class ClaimListPage;
class ClaimReviewQueue;
class QTabWidget;

// The claims area of the main window (补偿): entry, the review queue and
// the list, as tabs. A reviewer starts on the queue, a clerk on entry.
class ClaimsPage : public QWidget
{
    Q_OBJECT
public:
    ClaimsPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    ClaimEntryForm *entryForm() const { return m_entry; }
    ClaimReviewQueue *reviewQueue() const { return m_queue; }
    ClaimListPage *listPage() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QSqlDatabase m_db;
    QTabWidget *m_tabs;
    ClaimEntryForm *m_entry;
    ClaimReviewQueue *m_queue;
    ClaimListPage *m_list;
};
