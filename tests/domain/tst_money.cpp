#include "domain/money.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void formatsYuan_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("display");
        QTest::newRow("zero") << qint64(0) << "0.00" << "¥0.00";
        QTest::newRow("fen") << qint64(5) << "0.05" << "¥0.05";
        QTest::newRow("thousands") << qint64(123456789) << "1234567.89" << "¥1,234,567.89";
        QTest::newRow("negative") << qint64(-1050) << "-10.50" << "-¥10.50";
    }
    void formatsYuan()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, plain);
        QFETCH(QString, display);
        QCOMPARE(Money(fen).toYuanString(), plain);
        QCOMPARE(Money(fen).toDisplayString(), display);
    }

    void writesChineseCapitals_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("capital");
        QTest::newRow("zero") << qint64(0) << "零元整";
        QTest::newRow("whole") << qint64(5000) << "伍拾元整";
        QTest::newRow("jiao") << qint64(1230) << "壹拾贰元叁角整";
        QTest::newRow("fen only") << qint64(7) << "柒分";
        QTest::newRow("jiao zero fen") << qint64(100005) << "壹仟元零伍分";
        QTest::newRow("inner zeros") << qint64(100200) << "壹仟零贰元整";
        QTest::newRow("ten thousand") << qint64(1000000) << "壹万元整";
        QTest::newRow("wan with zero") << qint64(10050000) << "壹拾万零伍佰元整";
        QTest::newRow("full") << qint64(123456789) << "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分";
        QTest::newRow("household") << qint64(160000) << "壹仟陆佰元整";
        QTest::newRow("yi") << qint64(10000000000LL) << "壹亿元整";
        QTest::newRow("yi gap") << qint64(10000010000LL) << "壹亿零壹佰元整";
    }
    void writesChineseCapitals()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, capital);
        QCOMPARE(Money(fen).toChineseCapital(), capital);
    }

    void parsesYuan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("integer") << "400" << true << qint64(40000);
        QTest::newRow("one decimal") << "12.5" << true << qint64(1250);
        QTest::newRow("grouped") << "1,234.56" << true << qint64(123456);
        QTest::newRow("yen sign") << "¥3.07" << true << qint64(307);
        QTest::newRow("three decimals") << "1.234" << false << qint64(0);
        QTest::newRow("letters") << "12a" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("bad grouping") << "12,34" << false << qint64(0);
    }
    void parsesYuan()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, fen);
        const auto m = Money::parseYuan(text);
        QCOMPARE(m.has_value(), valid);
        if (valid)
            QCOMPARE(m->fen(), fen);
    }

    void roundsHalfUp()
    {
        QCOMPARE(Money::applyBasisPoints(1, 5000), 1);      // 0.5 → 1
        QCOMPARE(Money::applyBasisPoints(3, 5000), 2);      // 1.5 → 2
        QCOMPARE(Money::applyBasisPoints(100, 6500), 65);
        QCOMPARE(Money::applyBasisPoints(-1, 5000), -1);
        QCOMPARE(Money::applyBasisPoints(14, 3333), 5);     // 4.6662 → 5
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
