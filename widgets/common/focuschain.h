#pragma once

#include <QList>

class QWidget;

// Keyboard-first forms: Enter moves to the next enabled field of a chain,
// selecting a line edit's text so that typing replaces it.
class FocusChain
{
public:
    static void focusNext(const QList<QWidget *> &chain, QWidget *from);
};
