#include "sessionlock.h"

#include "lockdialog.h"
#include "storage/localsettings.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

SessionLock::SessionLock(const QSqlDatabase &db, const SessionUser &user, QWidget *window)
    : QObject(window), m_db(db), m_user(user), m_window(window)
{
    bool ok = false;
    const int minutes = LocalSettings::value(db, QStringLiteral("lock_minutes"), QStringLiteral("10")).toInt(&ok);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionLock::lock);
    setIdleTimeout(ok ? minutes * 60 * 1000 : 10 * 60 * 1000);
    qApp->installEventFilter(this);
}

void SessionLock::setIdleTimeout(int milliseconds)
{
    m_timer.stop();
    m_timer.setInterval(milliseconds);
    if (milliseconds > 0)
        m_timer.start();
}

bool SessionLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        if (!m_locked && m_timer.interval() > 0)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    // Nothing of the work stays visible behind the lock.
    QWidget *content = m_window->findChild<QWidget *>(QStringLiteral("centralContent"));
    if (content)
        content->hide();
    const QList<QWidget *> dialogs = m_window->findChildren<QWidget *>();
    QList<QWidget *> hidden;
    for (QWidget *w : dialogs)
        if (w->isWindow() && w->isVisible()) {
            w->hide();
            hidden.append(w);
        }
    LockDialog dialog(m_db, m_user, m_window);
    const int result = dialog.exec();
    m_locked = false;
    if (result == LockDialog::SignOut) {
        emit signOutRequested();
        return;
    }
    if (content)
        content->show();
    for (QWidget *w : std::as_const(hidden))
        w->show();
    if (m_timer.interval() > 0)
        m_timer.start();
}
