#pragma once

#include "domain/sessionuser.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

class QWidget;

// Locks the session after a spell without keyboard or mouse input, so that
// a counter left unattended shows nobody's id numbers: the window's content
// is hidden and only the signed-in user's password (or signing out) goes
// on. The idle time comes from local_setting 'lock_minutes' (default 10;
// 0 turns the lock off).
class SessionLock : public QObject
{
    Q_OBJECT
public:
    SessionLock(const QSqlDatabase &db, const SessionUser &user, QWidget *window);

    void setIdleTimeout(int milliseconds);
    int idleTimeout() const { return m_timer.interval(); }
    bool isLocked() const { return m_locked; }

public slots:
    void lock();

signals:
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSqlDatabase m_db;
    SessionUser m_user;
    QWidget *m_window;
    QTimer m_timer;
    bool m_locked = false;
};
