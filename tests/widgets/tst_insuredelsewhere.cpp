#include "enrollmentfixture.h"

#include "enrollment/enrollmentpage.h"
#include "enrollment/householdcard.h"
#include "enrollment/insuredelsewherepage.h"
#include "itemmodels/householdcardmodel.h"
#include "itemmodels/insuredelsewheremodel.h"
#include "roster/spreadsheetreader.h"
#include "services/enrollmentservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// The enrollment page's check of a list of people insured elsewhere (重复参保
// 核查): a GBK CSV from the employee insurance with one enrolled person, one
// not enrolled, one enrolled in the other year and a bad id number; the
// overlaps shown with their household, the bad line named, Enter opening
// the household card, and the export read back.
class TestInsuredElsewhere : public QObject
{
    Q_OBJECT

    static constexpr int kYear = 2030;

    static QString idNumberOf(TestReplica &r, const QString &personId)
    {
        QSqlQuery q(r.db);
        q.prepare(QStringLiteral("SELECT id_number FROM person WHERE id = ?"));
        q.addBindValue(personId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void listsTheOverlapsAndOpensTheirHousehold()
    {
        TestReplica r;
        r.setUpTownship();
        publishPolicyForYear(r, kYear);
        publishPolicyForYear(r, kYear + 1);
        const TestHousehold east = addTestHousehold(r, r.villageId, QStringLiteral("D001"),
                                                    {{QStringLiteral("赵大山"), QStringLiteral("self"), false},
                                                     {QStringLiteral("钱小梅"), QStringLiteral("spouse"), false}},
                                                    101);
        const TestHousehold west = addTestHousehold(r, secondVillageId(r), QStringLiteral("X001"),
                                                    {{QStringLiteral("孙建国"), QStringLiteral("self"), false}}, 201);
        ChangeWriter w(r.db, r.clerk);
        QVERIFY(EnrollmentService(w).enrollAndPay(east.id, east.personIds, kYear, 1, QStringLiteral("cash")).ok());
        QVERIFY(EnrollmentService(w).enrollAndPay(west.id, west.personIds, kYear + 1, 1, QStringLiteral("cash")).ok());

        const QString csv = QStringLiteral("职工医保参保人员名单\r\n序号,姓名,公民身份号码,单位\r\n"
                                           "1,钱小梅,%1,县水泥厂\r\n2,孙建国,%2,县医院\r\n3,某某,%3,县医院\r\n"
                                           "4,错号,12345,县医院\r\n")
                                .arg(idNumberOf(r, east.personIds.at(1)), idNumberOf(r, west.personIds.at(0)),
                                     testIdNumber(QStringLiteral("19800101"), 99));
        const QString path = r.dir.filePath(QStringLiteral("employees.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QStringEncoder gbk("GBK");
        file.write(gbk.encode(csv));
        file.close();

        EnrollmentPage page(r.db, r.clerk);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentIndex(page.tabs()->count() - 1);
        InsuredElsewherePage *check = page.insuredElsewhere();
        QTRY_VERIFY(check->isVisible());
        QAbstractItemModelTester tester(check->overlaps());

        // Nothing chosen: the field is named, nothing listed.
        auto *listFile = check->findChild<QLineEdit *>(QStringLiteral("listFile"));
        listFile->setFocus();
        QTest::keyClick(listFile, Qt::Key_Return);
        QVERIFY(!check->errorText().isEmpty());
        QCOMPARE(check->overlaps()->rowCount(), 0);

        // Typed and Enter: year kYear finds the wife, not the other year's enrollment.
        check->findChild<QSpinBox *>(QStringLiteral("schemeYear"))->setValue(kYear);
        QTest::keyClicks(listFile, path);
        QTest::keyClick(listFile, Qt::Key_Return);
        QVERIFY2(check->errorText().isEmpty(), qPrintable(check->errorText()));
        QCOMPARE(check->overlaps()->rowCount(), 1);
        const QAbstractItemModel *m = check->overlaps();
        QCOMPARE(m->index(0, InsuredElsewhereModel::LineColumn).data().toInt(), 3);
        QCOMPARE(m->index(0, InsuredElsewhereModel::NameColumn).data().toString(), QStringLiteral("钱小梅"));
        QCOMPARE(m->index(0, InsuredElsewhereModel::HouseholdColumn).data().toString(), QStringLiteral("D001"));
        QCOMPARE(m->index(0, InsuredElsewhereModel::VillageColumn).data().toString(), QStringLiteral("东村"));
        QVERIFY(check->summaryText().contains(QStringLiteral("4")));   // four people on the list
        QVERIFY(check->summaryText().contains(QStringLiteral("6")));   // the bad id number is on line 6

        // Enter on the overlap opens the household card.
        QVERIFY(check->view()->hasFocus());
        QSignalSpy requested(check, &InsuredElsewherePage::householdRequested);
        QTest::keyClick(check->view(), Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), east.id);
        auto *card = page.findChild<HouseholdCard *>();
        QVERIFY(card);
        QCOMPARE(card->members()->household().code, QStringLiteral("D001"));
        card->close();

        // The next year finds the other household's head.
        QVERIFY(check->check(path, kYear + 1));
        QCOMPARE(check->overlaps()->rowCount(), 1);
        QCOMPARE(m->index(0, InsuredElsewhereModel::HouseholdColumn).data().toString(), QStringLiteral("X001"));

        // Export, read back.
        const QString out = r.dir.filePath(QStringLiteral("overlaps.xlsx"));
        QVERIFY2(check->exportTo(out), qPrintable(check->errorText()));
        const auto sheet = SpreadsheetReader::read(out);
        QVERIFY2(sheet.ok(), qPrintable(sheet.errorText()));
        QCOMPARE(sheet->rows.size(), 2);
        QCOMPARE(sheet->rows.at(1).cell(InsuredElsewhereModel::IdNumberColumn), idNumberOf(r, west.personIds.at(0)));
        QCOMPARE(sheet->rows.at(1).cell(InsuredElsewhereModel::HouseholdColumn), QStringLiteral("X001"));

        // An unreadable file: a message, the last result stays.
        QVERIFY(!check->check(r.dir.filePath(QStringLiteral("missing.xlsx")), kYear));
        QVERIFY(!check->errorText().isEmpty());
    }
};

QTEST_MAIN(TestInsuredElsewhere)
#include "tst_insuredelsewhere.moc"
