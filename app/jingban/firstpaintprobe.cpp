#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>

FirstPaintProbe::FirstPaintProbe(QWidget *window, const QElapsedTimer &sinceStart)
    : QObject(window), m_sinceStart(sinceStart)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // Report once the paint itself is done.
        QTimer::singleShot(0, this, [this] {
            std::fprintf(stderr, "jingban: first paint of the main window after %lld ms\n",
                         static_cast<long long>(m_sinceStart.elapsed()));
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}
