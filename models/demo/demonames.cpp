#include "demonames.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>

QString DemoNames::Weighted::pick(DemoRandom &r) const
{
    const double x = r.real() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
    const size_t i = std::min(size_t(it - cumulative.begin()), cumulative.size() - 1);
    return items[qsizetype(i)];
}

QString DemoNames::givenName(DemoRandom &r, bool male, QChar generation) const
{
    if (!generation.isNull())
        return QString(generation) + givenCharacter(r, male);
    if (r.chance(0.3))
        return QString(givenCharacter(r, male));
    QChar a = givenCharacter(r, male);
    QChar b = givenCharacter(r, male);
    if (a == b && r.chance(0.8))   // 丽丽 happens, but rarely
        b = givenCharacter(r, male);
    return QString(a) + b;
}

bool DemoNames::readLines(const QString &path, QStringList &out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    QTextStream in(&f);
    in.setEncoding(QStringConverter::Utf8);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            out << line;
    }
    if (out.isEmpty()) {
        m_error = QStringLiteral("%1 is empty").arg(path);
        return false;
    }
    return true;
}

bool DemoNames::readWeighted(const QString &path, Weighted &out)
{
    QStringList lines;
    if (!readLines(path, lines))
        return false;
    double sum = 0;
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const double w = parts.size() > 1 ? parts[1].toDouble() : 1.0;
        if (parts.isEmpty() || w <= 0)
            continue;
        sum += w;
        out.items << parts[0];
        out.cumulative.push_back(sum);
    }
    if (out.items.isEmpty()) {
        m_error = QStringLiteral("%1 has no weighted entries").arg(path);
        return false;
    }
    return true;
}

bool DemoNames::load(const QString &dir)
{
    *this = DemoNames();
    if (!readWeighted(dir + QStringLiteral("/surnames.txt"), m_surnames)
        || !readWeighted(dir + QStringLiteral("/given-male.txt"), m_male)
        || !readWeighted(dir + QStringLiteral("/given-female.txt"), m_female)
        || !readLines(dir + QStringLiteral("/township-names.txt"), m_townships)
        || !readLines(dir + QStringLiteral("/village-first.txt"), m_villageFirst)
        || !readLines(dir + QStringLiteral("/village-second.txt"), m_villageSecond))
        return false;
    QStringList lines;
    if (!readLines(dir + QStringLiteral("/institutions.txt"), lines))
        return false;
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() == 3)
            m_institutions.append({parts[0], parts[1], parts[2]});
    }
    return true;
}
