#include "pinyininitials.h"

#include <QHash>
#include <QMutex>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace {

class Transliterator
{
public:
    Transliterator()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_t.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"),
                                                      UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_t.reset();
    }

    QChar initialOf(char16_t c)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_cache.constFind(c);
        if (it != m_cache.cend())
            return *it;
        QChar initial;
        if (m_t) {
            icu::UnicodeString s(static_cast<UChar>(c));
            m_t->transliterate(s);
            for (int i = 0; i < s.length(); ++i) {
                const QChar ch(static_cast<char16_t>(s.charAt(i)));
                if (ch.isLetter() && ch.unicode() < 128) {
                    initial = ch.toUpper();
                    break;
                }
            }
        }
        m_cache.insert(c, initial);
        return initial;
    }

private:
    std::unique_ptr<icu::Transliterator> m_t;
    QHash<char16_t, QChar> m_cache;
    QMutex m_mutex;
};

} // namespace

QString PinyinInitials::of(const QString &text)
{
    static Transliterator transliterator;
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() < 128) {
            if (c.isLetterOrNumber())
                out += c.toUpper();
            continue;
        }
        if (c.script() != QChar::Script_Han)
            continue;
        const QChar initial = transliterator.initialOf(c.unicode());
        if (!initial.isNull())
            out += initial;
    }
    return out;
}
