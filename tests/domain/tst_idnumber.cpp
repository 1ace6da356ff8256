#include "domain/idnumber.h"

#include <QTest>

class TestIdNumber : public QObject
{
    Q_OBJECT
private:
    const QDate today{2026, 11, 24};

private slots:
    void acceptsValidNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QString>("sex");
        // GB 11643-1999's own example, with check character X.
        QTest::newRow("standard X") << "11010519491231002X" << "11010519491231002X" << QDate(1949, 12, 31) << "F";
        QTest::newRow("lower-case x") << "11010519491231002x" << "11010519491231002X" << QDate(1949, 12, 31) << "F";
        QTest::newRow("male") << "360102198001010013" << "360102198001010013" << QDate(1980, 1, 1) << "M";
        QTest::newRow("leap day") << "360102200002290029" << "360102200002290029" << QDate(2000, 2, 29) << "F";
        QTest::newRow("spaces around") << " 360102198001010013 " << "360102198001010013" << QDate(1980, 1, 1) << "M";
        QTest::newRow("born today") << "360102202611240018" << "360102202611240018" << QDate(2026, 11, 24) << "M";
    }
    void acceptsValidNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QFETCH(QDate, birth);
        QFETCH(QString, sex);
        const auto id = IdNumber::parse(text, today);
        QVERIFY2(id.ok(), qPrintable(id.errorText()));
        QCOMPARE(id->text(), normalized);
        QCOMPARE(id->birthDate(), birth);
        QCOMPARE(id->sexCode(), sex);
        QVERIFY(!id->convertedFromLegacy());
    }

    void refusesInvalidNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "" << "required";
        QTest::newRow("too short") << "36010219800101001" << "18 characters";
        QTest::newRow("too long") << "3601021980010100170" << "18 characters";
        QTest::newRow("letter inside") << "36010219800A010017" << "digits";
        QTest::newRow("bad last character") << "36010219800101001Y" << "digit or X";
        QTest::newRow("unknown province") << "990102198001010017" << "region";
        QTest::newRow("zero prefecture") << "360000198001010017" << "region";
        QTest::newRow("30 February") << "360102198002300017" << "real date";
        QTest::newRow("month 13") << "360102198013010017" << "real date";
        QTest::newRow("not a leap year") << "360102190002290017" << "real date";
        QTest::newRow("future birth") << "360102202611250017" << "future";
        QTest::newRow("before 1900") << "360102189912310017" << "before 1900";
        QTest::newRow("wrong check digit") << "360102198001010018" << "check character";
        QTest::newRow("X where digit due") << "36010219800101001X" << "check character";
        QTest::newRow("legacy with letters") << "36010280010100A" << "all digits";
        QTest::newRow("legacy bad date") << "360102801301001" << "cannot be converted";
    }
    void refusesInvalidNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto id = IdNumber::parse(text, today);
        QVERIFY(!id.ok());
        QCOMPARE(id.errors().errors().first().field, QStringLiteral("id_number"));
        QVERIFY2(id.errorText().contains(mentions), qPrintable(id.errorText()));
        QVERIFY(id.errorText().startsWith(QStringLiteral("Id number:")));
    }

    void convertsLegacyNumbers()
    {
        // 15 digits: region, YYMMDD of the 1900s, sequence; the 18-digit form
        // inserts "19" and appends the check character.
        const auto id = IdNumber::parse(QStringLiteral("360102800101001"), today);
        QVERIFY2(id.ok(), qPrintable(id.errorText()));
        QCOMPARE(id->text(), QStringLiteral("360102198001010013"));
        QVERIFY(id->convertedFromLegacy());
        QCOMPARE(id->sexCode(), QStringLiteral("M"));
    }

    void computesCheckCharacter()
    {
        QCOMPARE(IdNumber::checkCharacter(u"11010519491231002"), QLatin1Char('X'));
        QCOMPARE(IdNumber::checkCharacter(u"44052418800101001"), QLatin1Char('4'));
    }

    void masksForLists()
    {
        QCOMPARE(IdNumber::masked(QStringLiteral("11010519491231002X")), QStringLiteral("1101**********002X"));
    }
};

QTEST_APPLESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
