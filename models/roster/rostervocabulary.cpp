#include "rostervocabulary.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace {

QString squeezed(const QString &s)
{
    QString out;
    for (QChar c : s)
        if (!c.isSpace() && c != QChar(0x3000))
            out += c;
    return out;
}

} // namespace

std::optional<QString> RosterVocabulary::relationCode(const QString &word)
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> w;
        auto add = [&w](const char *code, std::initializer_list<const char *> list) {
            for (const char *s : list)
                w.insert(QString::fromUtf8(s), QString::fromLatin1(code));
            w.insert(QString::fromLatin1(code), QString::fromLatin1(code));
        };
        add("self", {"本人", "户主", "自己"});
        add("spouse", {"配偶", "妻", "夫", "妻子", "丈夫", "爱人"});
        add("son", {"子", "儿子", "长子", "次子", "三子", "四子", "五子", "独生子", "养子", "继子"});
        add("daughter", {"女", "女儿", "长女", "次女", "三女", "四女", "五女", "独生女", "养女", "继女"});
        add("parent", {"父", "母", "父母", "父亲", "母亲", "公公", "婆婆", "岳父", "岳母", "养父", "养母", "继父", "继母"});
        add("grandchild", {"孙子", "孙女", "孙子女", "外孙子", "外孙女", "外孙子女", "孙", "外孙"});
        add("sibling", {"兄弟姐妹", "兄", "弟", "姐", "妹", "哥哥", "弟弟", "姐姐", "妹妹", "兄弟", "姐妹"});
        add("other", {"其他", "其它", "儿媳", "女婿", "祖父母", "祖父", "祖母", "外祖父母", "外祖父", "外祖母", "其他亲属", "非亲属"});
        return w;
    }();
    const auto it = words.constFind(squeezed(word));
    if (it == words.constEnd())
        return std::nullopt;
    return *it;
}

QString RosterVocabulary::relationWord(const QString &code)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("self"), QStringLiteral("本人")},       {QStringLiteral("spouse"), QStringLiteral("配偶")},
        {QStringLiteral("son"), QStringLiteral("子")},          {QStringLiteral("daughter"), QStringLiteral("女")},
        {QStringLiteral("parent"), QStringLiteral("父母")},     {QStringLiteral("grandchild"), QStringLiteral("孙子女")},
        {QStringLiteral("sibling"), QStringLiteral("兄弟姐妹")}, {QStringLiteral("other"), QStringLiteral("其他")},
    };
    return words.value(code, code);
}

std::optional<RosterVocabulary::Categories> RosterVocabulary::categories(const QString &text, QString *unknownPart)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；/／\\s\\x{3000}]+"));
    Categories c;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (QString part : parts) {
        // 低保户, 低保对象, 脱贫人口, 特困人员, 边缘易致贫户 → their base word.
        for (const char *suffix : {"人口", "人员", "对象", "户"}) {
            const QString s = QString::fromUtf8(suffix);
            if (part.size() > s.size() && part.endsWith(s)) {
                part.chop(s.size());
                break;
            }
        }
        if (part == QStringLiteral("贫困") || part == QStringLiteral("脱贫") || part == QStringLiteral("建档立卡")
            || part == QStringLiteral("建档立卡贫困") || part == QStringLiteral("poverty"))
            c.poverty = true;
        else if (part == QStringLiteral("低保") || part == QStringLiteral("dibao"))
            c.dibao = true;
        else if (part == QStringLiteral("特困") || part == QStringLiteral("特困供养") || part == QStringLiteral("五保")
                 || part == QStringLiteral("tekun"))
            c.tekun = true;
        else if (part == QStringLiteral("边缘") || part == QStringLiteral("边缘易致贫") || part == QStringLiteral("near_poor"))
            c.nearPoor = true;
        else if (part == QStringLiteral("无") || part == QStringLiteral("普通") || part == QStringLiteral("一般"))
            continue;
        else {
            if (unknownPart)
                *unknownPart = part;
            return std::nullopt;
        }
    }
    return c;
}

QString RosterVocabulary::categoryWords(const Categories &c)
{
    QStringList words;
    if (c.poverty)
        words << QStringLiteral("脱贫");
    if (c.dibao)
        words << QStringLiteral("低保");
    if (c.tekun)
        words << QStringLiteral("特困");
    if (c.nearPoor)
        words << QStringLiteral("边缘易致贫");
    return words.join(QStringLiteral("、"));
}

std::optional<QString> RosterVocabulary::sexCode(const QString &word)
{
    const QString w = squeezed(word).toUpper();
    if (w == QStringLiteral("男") || w == QLatin1String("M") || w == QLatin1String("1") || w == QLatin1String("MALE")
        || w == QStringLiteral("男性"))
        return QStringLiteral("M");
    if (w == QStringLiteral("女") || w == QLatin1String("F") || w == QLatin1String("2") || w == QLatin1String("FEMALE")
        || w == QStringLiteral("女性"))
        return QStringLiteral("F");
    return std::nullopt;
}

QString RosterVocabulary::sexWord(const QString &code)
{
    return code == QLatin1String("M") ? QStringLiteral("男") : code == QLatin1String("F") ? QStringLiteral("女") : code;
}

QDate RosterVocabulary::parseDate(const QString &input)
{
    QString s = squeezed(input);
    if (s.isEmpty())
        return {};
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:T?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
    if (const auto m = ymd.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto m = compact.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // An Excel date cell stores days since 1899-12-30 (the 1900 date system).
    static const QRegularExpression serial(QStringLiteral("^(\\d{1,6})(?:\\.0+)?$"));
    if (const auto m = serial.match(s); m.hasMatch()) {
        const int days = m.captured(1).toInt();
        if (days > 0 && days < 2958466)
            return QDate(1899, 12, 30).addDays(days);
    }
    return {};
}
