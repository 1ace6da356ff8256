#include "../relief/reliefscenario.h"
#include "relief/policycorrectionmodel.h"
#include "relief/povertyhouseholdlistmodel.h"
#include "relief/reliefclaimsmodel.h"
#include "relief/relieflistmodel.h"
#include "relief/reliefmembersmodel.h"
#include "relief/householdyearpanel.h"
#include "relief/policycorrectionpanel.h"
#include "relief/relieflistpanel.h"
#include "relief/reliefpage.h"
#include "services/reliefpaymentservice.h"
#include "person/personview.h"
#include "shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

// The relief page driven as a clerk and a reviewer would: the household
// year with its explanation, the relief list with totals, export and PDF,
// payment with a reviewer's approval, and the policy-correction check.
class TestReliefPage : public QObject
{
    Q_OBJECT
private:
    static void settleYear(ClaimFixture &f)
    {
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.provinceHospitalId, QStringLiteral("referred"), QDate(2024, 2, 1),
                                        QDate(2024, 2, 20), 40000000).isEmpty());
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 4, 1),
                                        QDate(2024, 4, 10), 10200000, 200000).isEmpty());
        QVERIFY(!ReliefScenario::settle(f, f.poorId, f.countyHospitalId, QStringLiteral("none"), QDate(2024, 6, 1),
                                        QDate(2024, 6, 10), 20000000).isEmpty());
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void householdYearFoundByTypingAndExplained()
    {
        ClaimFixture f;
        f.setUp();
        settleYear(f);
        HouseholdYearPanel panel(f.r.db, f.r.clerk);
        QAbstractItemModelTester t1(panel.households());
        QAbstractItemModelTester t2(panel.members());
        QAbstractItemModelTester t3(panel.claims());
        panel.setYear(2024);
        auto *find = panel.findChild<QLineEdit *>(QStringLiteral("householdFind"));
        QVERIFY(find);
        QTest::keyClicks(find, QStringLiteral("P00"));
        QCOMPARE(panel.households()->rowCount(), 1);
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(panel.householdId(), f.householdId);
        QCOMPARE(panel.claims()->rowCount(), 3);
        QCOMPARE(panel.members()->rowCount(), 3);   // two members and the household's total row
        // Claim 3 is where the inpatient relief cap was reached.
        panel.claimsView()->setCurrentIndex(panel.claims()->index(2, 0));
        QVERIFY2(panel.explanation()->text().contains(QStringLiteral("10 Jun 2024")), qPrintable(panel.explanation()->text()));
        QCOMPARE(panel.claims()->index(2, ReliefClaimsModel::ReliefColumn).data(ReliefClaimsModel::FenRole).toLongLong(),
                 qint64(2081250));
        QVERIFY(panel.members()->index(0, ReliefMembersModel::InpatientCapColumn).data().toString().contains(QStringLiteral("10 Jun 2024")));
        QVERIFY(panel.summary()->text().contains(QStringLiteral("¥30,000.00")));
    }

    void reliefListExportsPrintsAndIsPaidByAReviewer()
    {
        ClaimFixture f;
        f.setUp();
        settleYear(f);
        ReliefListPanel clerkPanel(f.r.db, f.r.clerk);
        QAbstractItemModelTester tester(clerkPanel.model());
        clerkPanel.setPeriod(QDate(2024, 1, 1), QDate::currentDate().addDays(1));
        clerkPanel.reload();
        QCOMPARE(clerkPanel.model()->rowCount(), 1);
        QCOMPARE(clerkPanel.model()->totals().totalFen(), qint64(8000000));
        QVERIFY(clerkPanel.totalsLabel()->text().contains(QStringLiteral("¥80,000.00")));

        const QString csv = f.r.dir.filePath(QStringLiteral("relief.csv"));
        QString error;
        QVERIFY2(clerkPanel.exportTo(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("赵德贫")));
        QVERIFY(text.contains(QStringLiteral("80000.00")));   // the total row, from fen
        const QString xlsx = f.r.dir.filePath(QStringLiteral("relief.xlsx"));
        QVERIFY2(clerkPanel.exportTo(xlsx, &error), qPrintable(error));
        const QString pdf = f.r.dir.filePath(QStringLiteral("relief.pdf"));
        QVERIFY2(clerkPanel.writePdf(pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        QCOMPARE(clerkPanel.requestPayment(), QString());
        QCOMPARE(clerkPanel.batchCombo()->count(), 2);
        QCOMPARE(clerkPanel.batchCombo()->currentIndex(), 1);   // the new batch is shown
        QVERIFY(!clerkPanel.approveBatch().isEmpty());          // the clerk may not approve it

        ReliefListPanel reviewerPanel(f.r.db, f.r.reviewer);
        reviewerPanel.batchCombo()->setCurrentIndex(1);
        reviewerPanel.reload();
        QCOMPARE(reviewerPanel.model()->totals().totalFen(), qint64(8000000));
        QCOMPARE(reviewerPanel.approveBatch(), QString());
        QVERIFY(reviewerPanel.batchCombo()->currentText().contains(ReliefPaymentService::statusLabel(QStringLiteral("paid"))));
    }

    void reachedFromThePersonView()
    {
        ClaimFixture f;
        f.setUp();
        settleYear(f);
        MainWindow w(f.r.db, f.r.clerk);
        w.show();
        QVERIFY(w.openPerson(f.sonId));
        auto *view = w.findChild<PersonView *>();
        QVERIFY(view);
        auto *button = view->findChild<QPushButton *>(QStringLiteral("reliefYearButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(w.currentPage(), MainWindow::ReliefPage);
        auto *page = w.findChild<ReliefPage *>();
        QVERIFY(page);
        QCOMPARE(page->householdYear()->householdId(), f.householdId);
        QCOMPARE(page->householdYear()->claims()->rowCount(), 3);
    }

    void correctionPanelShowsChangesAndNeedsTwoUsers()
    {
        ClaimFixture f;
        f.setUp();
        settleYear(f);
        PolicyCorrectionPanel clerkPanel(f.r.db, f.r.clerk);
        QAbstractItemModelTester tester(clerkPanel.model());
        clerkPanel.setYear(2024);
        clerkPanel.check();
        QCOMPARE(clerkPanel.model()->rowCount(), 0);   // the published policy is the one in force
        QVERIFY(!clerkPanel.propose(QStringLiteral("none")).isEmpty());

        // The county corrects the in-county share cap from 10% to 5% (see tst_adjustments for the amounts).
        QFile file(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject relief = doc.value(QStringLiteral("poverty_relief")).toObject();
        QJsonArray caps = relief.value(QStringLiteral("share_caps")).toArray();
        QJsonObject inCounty = caps.at(0).toObject();
        inCounty.insert(QStringLiteral("share_bp"), 500);
        caps.replace(0, inCounty);
        relief.insert(QStringLiteral("share_caps"), caps);
        doc.insert(QStringLiteral("poverty_relief"), relief);
        ChangeWriter county(f.r.db, f.r.countyAdmin);
        QVERIFY(PolicyService(county).publish(QJsonDocument(doc).toJson()).ok());

        clerkPanel.check();
        QCOMPARE(clerkPanel.model()->rowCount(), 2);
        QCOMPARE(clerkPanel.model()->index(0, PolicyCorrectionModel::ReliefAfterColumn).data(PolicyCorrectionModel::FenRole)
                     .toLongLong(), qint64(1418750));
        QCOMPARE(clerkPanel.propose(QStringLiteral("县医保局政策更正")), QString());
        QCOMPARE(clerkPanel.model()->pendingCount(), 2);
        QVERIFY(!clerkPanel.decide(true).isEmpty());   // not one's own proposals
        PolicyCorrectionPanel reviewerPanel(f.r.db, f.r.reviewer);
        reviewerPanel.setYear(2024);
        reviewerPanel.check();
        QCOMPARE(reviewerPanel.decide(true), QString());
        QCOMPARE(reviewerPanel.model()->rowCount(), 0);   // nothing more would change
    }
};

QTEST_MAIN(TestReliefPage)
#include "tst_reliefpage.moc"
