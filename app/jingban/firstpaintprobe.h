#pragma once

#include <QElapsedTimer>
#include <QObject>

// --measure-startup: waits for the main window's first paint, prints the
// milliseconds since main() began on standard error and quits, so that the
// cold-start benchmark can time the program to its first painted window.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    FirstPaintProbe(QWidget *window, const QElapsedTimer &sinceStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_seen = false;
};
