#pragma once

// A synthetic roster for the import tests: households of four (head,
// spouse, son, daughter) in 东村 and 西村, with bad rows of ten kinds spread
// through the file, written as XLSX (shared strings) or as
// GBK/UTF-8 CSV. Header-only: included by the roster tests.

#include "../support/testreplica.h"

#include <QDate>
#include <QFile>
#include <QList>
#include <QPair>
#include <QStringEncoder>
#include "roster/tablefilewriter.h"

#include <algorithm>

struct RosterFixture
{
    // The standard headers and one extra column that the import ignores.
    static QStringList headers()
    {
        return {QStringLiteral("户编号"), QStringLiteral("户主姓名"), QStringLiteral("姓名"), QStringLiteral("公民身份号码"),
                QStringLiteral("与户主关系"), QStringLiteral("性别"), QStringLiteral("出生日期"), QStringLiteral("村(社区)"),
                QStringLiteral("人员类别"), QStringLiteral("联系电话"), QStringLiteral("备注")};
    }

    struct Expected
    {
        int line;
        QString reason;
    };

    QList<QStringList> rows;       // data rows, in file order (line = index + 2)
    QList<Expected> bad;           // sorted by line
    int goodRows = 0;
    int households = 0;

    static QString surname(int i)
    {
        static const QStringList s = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                                      QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵")};
        return s[i % s.size()];
    }
    static QString given(int i)
    {
        static const QStringList g = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("秀英"), QStringLiteral("敏"),
                                      QStringLiteral("静"), QStringLiteral("强"), QStringLiteral("磊"), QStringLiteral("建国"),
                                      QStringLiteral("桂兰"), QStringLiteral("洋")};
        return g[i % g.size()] + g[(i / g.size()) % g.size()];
    }

    // Person number k: a unique valid id number of the given sex.
    static QString idNumber(int k, bool male, QDate *birthOut = nullptr)
    {
        const QDate birth = QDate(1950, 1, 1).addDays((k / 450) * 7);
        if (birthOut)
            *birthOut = birth;
        return testIdNumber(birth.toString(QStringLiteral("yyyyMMdd")), (k % 450) * 2 + (male ? 1 : 0));
    }

    // goodTarget good rows (households of four, the last maybe smaller) and badPerKind × 10 bad rows.
    static RosterFixture make(int goodTarget, int badPerKind, int firstCode = 1)
    {
        RosterFixture f;
        int k = 0;
        const QStringList relations = {QStringLiteral("户主"), QStringLiteral("配偶"), QStringLiteral("儿子"), QStringLiteral("女儿")};
        const QStringList categories = {QString(), QString(), QStringLiteral("低保"), QStringLiteral("脱贫、低保"),
                                        QString(), QStringLiteral("特困"), QStringLiteral("边缘易致贫户"), QString()};
        QList<QStringList> good;
        QList<QString> headNames;
        int householdCount = 0;
        for (int h = 0; good.size() < goodTarget; ++h) {
            ++householdCount;
            const QString code = QStringLiteral("H%1").arg(firstCode + h, 6, 10, QLatin1Char('0'));
            const QString village = h % 2 ? QStringLiteral("西村") : QStringLiteral("东村");
            const QString head = surname(h) + given(h);
            headNames << head;
            for (int m = 0; m < 4 && good.size() < goodTarget; ++m) {
                const bool male = m == 0 || m == 2;
                QDate birth;
                const QString id = idNumber(k++, male, &birth);
                const QString name = m == 0 ? head : m == 1 ? surname(h + 3) + given(h * 7 + 1) : surname(h) + given(h * 3 + m);
                // Every tenth row writes the date the Excel way round (1950/1/8).
                const QString birthText = (k % 10 == 0) ? birth.toString(QStringLiteral("yyyy/M/d")) : birth.toString(Qt::ISODate);
                good << QStringList{code, head, name, id, relations[m], male ? QStringLiteral("男") : QStringLiteral("女"),
                                    birthText, village, m == 0 ? categories[h % categories.size()] : QString(),
                                    m == 0 ? QStringLiteral("1380000%1").arg(h % 10000, 4, 10, QLatin1Char('0')) : QString(),
                                    h % 50 == 0 ? QStringLiteral("住址,第%1组").arg(h % 7) : QString()};
            }
        }
        f.households = householdCount;
        f.goodRows = good.size();

        // The bad rows, of ten kinds, each in a household of the file (but
        // never its head) except missing_head, which is a household of its own.
        const QStringList kinds = {QStringLiteral("bad_id_number"), QStringLiteral("duplicate_in_file"),
                                   QStringLiteral("unknown_village"), QStringLiteral("missing_head"),
                                   QStringLiteral("head_mismatch"), QStringLiteral("bad_relation"),
                                   QStringLiteral("bad_category"), QStringLiteral("sex_mismatch"),
                                   QStringLiteral("birth_date_mismatch"), QStringLiteral("missing_name")};
        QList<QPair<QString, QStringList>> badRows;
        const int step = std::max(1, int(good.size()) / (badPerKind * int(kinds.size()) + 1));
        for (int n = 0; n < badPerKind * kinds.size(); ++n) {
            const QString kind = kinds[n % kinds.size()];
            const int h = (n * 37) % f.households;
            const QStringList &host = good[h * 4];
            QDate birth;
            QString id = idNumber(k++, true, &birth);
            QStringList row{host[0], host[1], QStringLiteral("赵新%1").arg(given(n)), id, QStringLiteral("其他"),
                            QStringLiteral("男"), birth.toString(Qt::ISODate), host[7], QString(), QString(), QString()};
            if (kind == QLatin1String("bad_id_number"))
                row[3] = id.left(17) + (id.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
            else if (kind == QLatin1String("duplicate_in_file"))
                // A good row that comes earlier in the file.
                row[3] = good[(n * 13) % ((n + 1) * step)][3], row[5].clear(), row[6].clear();
            else if (kind == QLatin1String("unknown_village"))
                row[7] = QStringLiteral("北村");
            else if (kind == QLatin1String("missing_head"))
                row[0] = QStringLiteral("X%1").arg(n, 5, 10, QLatin1Char('0')), row[1].clear(), row[4] = QStringLiteral("儿子");
            else if (kind == QLatin1String("head_mismatch"))
                row[1] = QStringLiteral("钱不对");
            else if (kind == QLatin1String("bad_relation"))
                row[4] = QStringLiteral("邻居");
            else if (kind == QLatin1String("bad_category"))
                row[8] = QStringLiteral("富裕户");
            else if (kind == QLatin1String("sex_mismatch"))
                row[5] = QStringLiteral("女");
            else if (kind == QLatin1String("birth_date_mismatch"))
                row[6] = birth.addYears(1).toString(Qt::ISODate);
            else if (kind == QLatin1String("missing_name"))
                row[2].clear();
            badRows.append({kind, row});
        }
        // Spread them: bad row n goes after good row (n + 1) × step.
        int nextBad = 0;
        for (int i = 0; i < good.size(); ++i) {
            f.rows << good[i];
            while (nextBad < badRows.size() && i == (nextBad + 1) * step) {
                f.rows << badRows[nextBad].second;
                f.bad.append({int(f.rows.size()) + 1, badRows[nextBad].first});
                ++nextBad;
            }
        }
        std::sort(f.bad.begin(), f.bad.end(), [](const Expected &a, const Expected &b) { return a.line < b.line; });
        return f;
    }

    // As an XLSX with shared strings (as Excel writes them); phones as
    // number cells, as clerks type them; empty cells left out, so that the
    // next cell's r reference skips the column. order[c] is the file
    // column of fixture column c (default: the same).
    bool writeXlsx(const QString &path, const QStringList &header = headers(), const QList<int> &order = {}) const
    {
        TableFileWriter out(path, TableFileWriter::Strings::Shared);
        const int width = order.isEmpty() ? int(header.size()) : int(*std::max_element(order.begin(), order.end())) + 1;
        auto place = [&](const QList<QVariant> &cells) {
            QVariantList placed(width);
            for (int c = 0; c < cells.size() && c < header.size(); ++c)
                placed[order.isEmpty() ? c : order[c]] = cells[c];
            return placed;
        };
        QStringList h(width);
        const QVariantList hv = place(QVariantList(header.begin(), header.end()));
        for (int c = 0; c < width; ++c)
            h[c] = hv[c].toString();
        if (!out.open(h).ok())
            return false;
        for (const QStringList &r : rows) {
            QVariantList cells;
            for (int c = 0; c < r.size(); ++c)
                cells << (c == 9 && !r[c].isEmpty() ? QVariant(r[c].toLongLong()) : QVariant(r[c]));
            if (!out.addRow(place(cells)).ok())
                return false;
        }
        return out.close().ok();
    }

    QByteArray csv(const char *encoding) const
    {
        auto field = [](const QString &s) {
            return s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"'))
                       ? QLatin1Char('"') + QString(s).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"')
                       : s;
        };
        QString text;
        QStringList h;
        for (const QString &x : headers())
            h << field(x);
        text += h.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        for (const QStringList &r : rows) {
            QStringList cells;
            for (const QString &x : r)
                cells << field(x);
            text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        QStringEncoder e(encoding);
        return e.encode(text);
    }
};
