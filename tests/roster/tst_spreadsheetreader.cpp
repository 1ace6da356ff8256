// SpreadsheetReader (CSV in UTF-8/GBK, XLSX from libxlsxwriter and from
// TableFileWriter), RosterVocabulary and RosterColumnMapping: the rule tables.
#include "roster/rostercolumnmapping.h"
#include "roster/rostervocabulary.h"
#include "roster/spreadsheetreader.h"
#include "roster/tablefilewriter.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using Rows = QList<QStringList>;
using Lines = QList<int>;

class TestSpreadsheetReader : public QObject
{
    Q_OBJECT

private slots:
    void readsCsv_data();
    void readsCsv();
    void refusesWhatIsNotASpreadsheet_data();
    void refusesWhatIsNotASpreadsheet();
    void readsAWorkbookFromLibxlsxwriter();
    void readsBackWhatTableFileWriterWrites_data();
    void readsBackWhatTableFileWriterWrites();
    void mapsRelationWords_data();
    void mapsRelationWords();
    void mapsCategories_data();
    void mapsCategories();
    void parsesDates_data();
    void parsesDates();
    void guessesColumns_data();
    void guessesColumns();
};

void TestSpreadsheetReader::readsCsv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");

    const QString text = QStringLiteral("姓名,村(社区)\r\n张三,东村\r\n");
    QStringEncoder gbk("GBK");
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << "UTF-8"
                                    << Rows{{"姓名", "村(社区)"}, {"张三", "东村"}} << Lines{1, 2};
    QTest::newRow("UTF-8 without BOM") << text.toUtf8() << "UTF-8" << Rows{{"姓名", "村(社区)"}, {"张三", "东村"}} << Lines{1, 2};
    QTest::newRow("GBK") << QByteArray(gbk.encode(text)) << "GBK" << Rows{{"姓名", "村(社区)"}, {"张三", "东村"}} << Lines{1, 2};
    QTest::newRow("quotes, commas and doubled quotes")
        << QByteArray("a,\"b,c\",\"say \"\"hi\"\"\"\n") << "UTF-8" << Rows{{"a", "b,c", "say \"hi\""}} << Lines{1};
    QTest::newRow("a line break inside quotes keeps the line count")
        << QByteArray("a,\"x\r\ny\"\r\nb,c\r\n") << "UTF-8" << Rows{{"a", "x\r\ny"}, {"b", "c"}} << Lines{1, 3};
    QTest::newRow("empty lines and trailing commas are skipped")
        << QByteArray("a,b,,\n\n,,\nc\n") << "UTF-8" << Rows{{"a", "b"}, {"c"}} << Lines{1, 4};
    QTest::newRow("LF only, no final line break") << QByteArray("a\nb") << "UTF-8" << Rows{{"a"}, {"b"}} << Lines{1, 2};
    QTest::newRow("CR only (old Mac)") << QByteArray("a\rb\r") << "UTF-8" << Rows{{"a"}, {"b"}} << Lines{1, 2};
}

void TestSpreadsheetReader::readsCsv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);
    auto sheet = SpreadsheetReader::readCsv(bytes);
    QVERIFY2(sheet.ok(), qPrintable(sheet.errorText()));
    QCOMPARE(sheet->encoding, encoding);
    Rows got;
    Lines gotLines;
    for (const auto &r : sheet->rows)
        got << r.cells, gotLines << r.line;
    QCOMPARE(got, rows);
    QCOMPARE(gotLines, lines);
}

void TestSpreadsheetReader::refusesWhatIsNotASpreadsheet_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not a zip") << "a.xlsx" << QByteArray("hello");
    QTest::newRow("empty xlsx") << "b.xlsx" << QByteArray();
    QTest::newRow("old xls") << "c.xls" << QByteArray("\xD0\xCF\x11\xE0");
    QTest::newRow("binary csv") << "d.csv" << QByteArray("a\0b", 3);
    QTest::newRow("unterminated quote") << "e.csv" << QByteArray("a,\"b\n");
}

void TestSpreadsheetReader::refusesWhatIsNotASpreadsheet()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QFile f(dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    auto sheet = SpreadsheetReader::read(f.fileName());
    QVERIFY(!sheet.ok());
    QVERIFY(sheet.errors().hasField(QStringLiteral("file")));
    QVERIFY(!sheet.errorText().isEmpty());
}

void TestSpreadsheetReader::readsAWorkbookFromLibxlsxwriter()
{
    auto sheet = SpreadsheetReader::read(QStringLiteral(JINGBAN_TEST_DATA_DIR "/roster/libxlsxwriter-sample.xlsx"));
    QVERIFY2(sheet.ok(), qPrintable(sheet.errorText()));
    QCOMPARE(sheet->encoding, QStringLiteral("xlsx"));
    QCOMPARE(sheet->rows.size(), 4);   // the empty row 3 is skipped; the second sheet is not read
    QCOMPARE(sheet->rows[0].cells.first(), QStringLiteral("户编号"));
    QCOMPARE(sheet->rows[0].cells.size(), 10);
    const auto &head = sheet->rows[1];
    QCOMPARE(head.line, 2);
    QCOMPARE(head.cell(3), QStringLiteral("360102196001010110"));
    QCOMPARE(RosterVocabulary::parseDate(head.cell(6)), QDate(1960, 1, 1));   // a date cell: its serial number
    QCOMPARE(head.cell(8), QStringLiteral("脱贫、低保"));
    QCOMPARE(head.cell(9), QStringLiteral("13800001111"));
    const auto &son = sheet->rows[2];
    QCOMPARE(son.line, 4);
    QCOMPARE(son.cell(2), QStringLiteral("刘二"));   // a rich string: its runs joined
    QCOMPARE(son.cell(5), QString());                // an absent cell
    QCOMPARE(son.cells.size(), 8);                   // up to the last cell present
    const auto &third = sheet->rows[3];
    QCOMPARE(third.cell(2), QStringLiteral("王五"));  // a formula's text result
    QVERIFY(third.cell(3).contains(QLatin1Char('E')));   // digits lost to a number cell
    QCOMPARE(third.cell(9), QStringLiteral("TRUE"));
}

void TestSpreadsheetReader::readsBackWhatTableFileWriterWrites_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("strings");
    QTest::newRow("xlsx inline strings") << "t.xlsx" << int(TableFileWriter::Strings::Inline);
    QTest::newRow("xlsx shared strings") << "t.xlsx" << int(TableFileWriter::Strings::Shared);
    QTest::newRow("csv") << "t.csv" << int(TableFileWriter::Strings::Inline);
}

void TestSpreadsheetReader::readsBackWhatTableFileWriterWrites()
{
    QFETCH(QString, name);
    QFETCH(int, strings);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    {
        TableFileWriter w(path, TableFileWriter::Strings(strings));
        QVERIFY(w.open({QStringLiteral("姓名"), QStringLiteral("金额"), QStringLiteral("备注"), QStringLiteral("数")}, {1}).ok());
        QVERIFY(w.addRow({QStringLiteral("张三"), qint64(38050), QStringLiteral("a,\"b\"\nc"), qint64(7)}).ok());
        QVERIFY(w.addRow({QString(), QVariant(), QStringLiteral(" 空格 "), QVariant()}).ok());
        QVERIFY(w.addRow({QStringLiteral("张三"), qint64(-5), QString(QChar(0x01)) + QStringLiteral("x"), QVariant()}).ok());
        QVERIFY(!QFile::exists(path));   // nothing at the path until it is closed
        QVERIFY(w.close().ok());
    }
    auto sheet = SpreadsheetReader::read(path);
    QVERIFY2(sheet.ok(), qPrintable(sheet.errorText()));
    QCOMPARE(sheet->rows.size(), 4);
    QCOMPARE(sheet->rows[1].cells, (QStringList{"张三", "380.50", "a,\"b\"\nc", "7"}));
    QCOMPARE(sheet->rows[2].cells, (QStringList{"", "", " 空格 "}));
    // XML cannot hold control characters, so the XLSX writer drops them; CSV keeps them.
    const bool csv = name.endsWith(QLatin1String(".csv"));
    QCOMPARE(sheet->rows[3].cells, (QStringList{"张三", "-0.05", csv ? QStringLiteral("\x01x") : QStringLiteral("x")}));
    QCOMPARE(sheet->rows[3].line, name.endsWith(QLatin1String(".csv")) ? 5 : 4);   // the CSV line break inside quotes
}

void TestSpreadsheetReader::mapsRelationWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("code");
    const QList<QPair<const char *, const char *>> table = {
        {"本人", "self"},     {"户主", "self"},        {" 户主 ", "self"},   {"配偶", "spouse"}, {"妻", "spouse"},
        {"夫", "spouse"},     {"子", "son"},           {"儿子", "son"},      {"长子", "son"},    {"女", "daughter"},
        {"女儿", "daughter"}, {"父", "parent"},        {"母", "parent"},     {"父母", "parent"}, {"孙子", "grandchild"},
        {"孙女", "grandchild"}, {"孙子女", "grandchild"}, {"兄弟姐妹", "sibling"}, {"妹妹", "sibling"},
        {"其他", "other"},    {"儿媳", "other"},       {"邻居", ""},         {"", ""},           {"son", "son"}};
    for (const auto &[w, c] : table)
        QTest::newRow(w[0] ? w : "(empty)") << QString::fromUtf8(w) << QString::fromUtf8(c);
}

void TestSpreadsheetReader::mapsRelationWords()
{
    QFETCH(QString, word);
    QFETCH(QString, code);
    QCOMPARE(RosterVocabulary::relationCode(word).value_or(QString()), code);
    if (!code.isEmpty())
        QCOMPARE(RosterVocabulary::relationCode(RosterVocabulary::relationWord(code)).value_or(QString()), code);
}

void TestSpreadsheetReader::mapsCategories_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("flags");   // p d t n
    QTest::newRow("empty") << "" << true << "";
    QTest::newRow("无") << "无" << true << "";
    QTest::newRow("贫困") << "贫困" << true << "p";
    QTest::newRow("脱贫户") << "脱贫户" << true << "p";
    QTest::newRow("建档立卡贫困户") << "建档立卡贫困户" << true << "p";
    QTest::newRow("低保对象") << "低保对象" << true << "d";
    QTest::newRow("特困供养人员") << "特困供养人员" << true << "t";
    QTest::newRow("边缘") << "边缘" << true << "n";
    QTest::newRow("边缘易致贫户") << "边缘易致贫户" << true << "n";
    QTest::newRow("several, 、") << "脱贫、低保" << true << "pd";
    QTest::newRow("several, ,;/") << "低保,特困;边缘/贫困" << true << "pdtn";
    QTest::newRow("full-width ，") << "低保，特困" << true << "dt";
    QTest::newRow("unknown") << "富裕户" << false << "";
    QTest::newRow("one unknown among known") << "低保、富裕" << false << "";
}

void TestSpreadsheetReader::mapsCategories()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(QString, flags);
    QString unknown;
    const auto c = RosterVocabulary::categories(text, &unknown);
    QCOMPARE(c.has_value(), known);
    if (!known) {
        QVERIFY(!unknown.isEmpty());
        return;
    }
    QString got;
    if (c->poverty) got += QLatin1Char('p');
    if (c->dibao) got += QLatin1Char('d');
    if (c->tekun) got += QLatin1Char('t');
    if (c->nearPoor) got += QLatin1Char('n');
    QCOMPARE(got, flags);
    QCOMPARE(RosterVocabulary::categories(RosterVocabulary::categoryWords(*c)), c);
}

void TestSpreadsheetReader::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << "1990-01-31" << QDate(1990, 1, 31);
    QTest::newRow("slashes") << "1990/1/31" << QDate(1990, 1, 31);
    QTest::newRow("dots") << "1990.01.31" << QDate(1990, 1, 31);
    QTest::newRow("compact") << "19900131" << QDate(1990, 1, 31);
    QTest::newRow("chinese") << "1990年1月31日" << QDate(1990, 1, 31);
    QTest::newRow("with time") << "1990-01-31 00:00:00" << QDate(1990, 1, 31);
    QTest::newRow("excel serial") << "32904" << QDate(1990, 1, 31);
    QTest::newRow("not a day") << "1990-02-30" << QDate();
    QTest::newRow("words") << "不详" << QDate();
}

void TestSpreadsheetReader::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(RosterVocabulary::parseDate(text), date);
}

void TestSpreadsheetReader::guessesColumns_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<int>("idColumn");
    QTest::addColumn<int>("villageColumn");
    QTest::addColumn<int>("missing");
    QTest::newRow("standard") << QStringList{"户编号", "户主姓名", "姓名", "公民身份号码", "与户主关系", "性别", "出生日期",
                                             "村(社区)", "人员类别", "联系电话"} << 3 << 7 << 0;
    QTest::newRow("variants, full-width brackets, spaces, stars")
        << QStringList{"序号", "*户号", " 姓 名 ", "身份证号", "关系", "村（社区）"} << 3 << 5 << 0;
    QTest::newRow("no village") << QStringList{"户编号", "姓名", "公民身份号码", "与户主关系"} << 2 << -1 << 1;
}

void TestSpreadsheetReader::guessesColumns()
{
    QFETCH(QStringList, headers);
    QFETCH(int, idColumn);
    QFETCH(int, villageColumn);
    QFETCH(int, missing);
    const auto m = RosterColumnMapping::guess(headers);
    QCOMPARE(m.column(RosterColumnMapping::IdNumber), idColumn);
    QCOMPARE(m.column(RosterColumnMapping::Village), villageColumn);
    QCOMPARE(m.missingRequired().size(), missing);
}

QTEST_GUILESS_MAIN(TestSpreadsheetReader)
#include "tst_spreadsheetreader.moc"
