#pragma once

#include <QString>

// Pinyin initials of a Chinese name ("张三丰" → "ZSF"), for the search box
// and the catalogue pickers. Uses ICU's Han-Latin transliterator, one
// character at a time with a cache, so it is fast over a whole county.
// Characters that are not Han pass through upper-cased if they are Latin
// letters or digits and are dropped otherwise.
class PinyinInitials
{
public:
    static QString of(const QString &text);
};
