#include "focuschain.h"

#include <QLineEdit>
#include <QWidget>

void FocusChain::focusNext(const QList<QWidget *> &chain, QWidget *from)
{
    for (qsizetype i = chain.indexOf(from) + 1; i < chain.size(); ++i) {
        QWidget *w = chain.at(i);
        if (w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            if (auto *e = qobject_cast<QLineEdit *>(w))
                e->selectAll();
            return;
        }
    }
}
