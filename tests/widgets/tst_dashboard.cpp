#include "claimfixture.h"
#include "enrollmentfixture.h"

#include "dashboard/chartpanel.h"
#include "dashboard/dashboarddetailmodel.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardqueries.h"
#include "dashboard/dashboardtables.h"
#include "dashboard/dashboardtablemodel.h"
#include "dashboard/drilldowndialog.h"
#include "domain/money.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/filinglistmodel.h"
#include "services/claimservice.h"
#include "services/enrollmentservice.h"
#include "services/filingservice.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// The statistics page driven as a clerk would: it opens on the enrollment
// chart (the other charts are read when shown), Enter on a row of a chart's
// table opens the list behind it with totals equal to the row, a click on a
// bar does the same, the year selector reads the figures again, a chart
// saves as PNG and PDF, and a county user picks a township.
class TestDashboard : public QObject
{
    Q_OBJECT

    ClaimFixture f;
    QString westId;

private slots:
    void initTestCase()
    {
        f.setUp();
        westId = secondVillageId(f.r);
        ChangeWriter clerk(f.r.db, f.r.clerk);
        ChangeWriter reviewer(f.r.db, f.r.reviewer);
        const TestHousehold a = addTestHousehold(f.r, westId, QStringLiteral("W001"),
                                                 {{QStringLiteral("钱一"), QStringLiteral("self"), false},
                                                  {QStringLiteral("钱二"), QStringLiteral("spouse"), false},
                                                  {QStringLiteral("钱三"), QStringLiteral("son"), false}},
                                                 100);
        QVERIFY(EnrollmentService(clerk).enrollAndPay(a.id, a.personIds.mid(0, 2), 2024, 1, QStringLiteral("cash")).ok());
        for (int month : {2, 2, 5}) {
            ClaimService::NewClaim n;
            n.personId = month == 5 ? f.sonId : f.poorId;
            n.institutionId = f.countyHospitalId;
            n.kind = QStringLiteral("inpatient");
            n.admission = QDate(2024, month, 3);
            n.discharge = QDate(2024, month, 10);
            n.totalFen = 1000000 + month * 12345;
            auto e = ClaimService(clerk).enter(n);
            QVERIFY2(e.ok(), qPrintable(e.errorText()));
            QVERIFY(ClaimService(reviewer).approve(e->value(QStringLiteral("id")).toString()).ok());
        }
        QVERIFY(FilingService(clerk).file({f.sonId, QStringLiteral("M101"), {}, QDate(2024, 2, 1),
                                           QStringLiteral("inpatient_record"), {}}).ok());
    }

    void opensOnTheEnrollmentChartAndReadsOthersWhenShown()
    {
        DashboardPage page(f.r.db, f.r.clerk);
        page.resize(1600, 1000);
        QCOMPARE(page.scope().townshipId, f.r.townshipId);
        QCOMPARE(page.scope().year, 2024);
        QVERIFY(page.isLoaded(DashboardPage::EnrollmentTab));
        QVERIFY(!page.isLoaded(DashboardPage::ClaimsTab));
        DashboardTableModel *enrollment = page.panel(DashboardPage::EnrollmentTab)->model();
        QCOMPARE(enrollment->rowCount(), 2);
        QCOMPARE(enrollment->value(1, DashboardTables::PersonsColumn), qint64(3));
        QCOMPARE(enrollment->value(1, DashboardTables::EnrolledColumn), qint64(2));
        QCOMPARE(enrollment->value(1, DashboardTables::RateColumn), qint64(6667));
        // The chart has one bar per village.
        auto *series = qobject_cast<QBarSeries *>(page.panel(DashboardPage::EnrollmentTab)->chartView()->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().value(0)->count(), 2);

        page.tabs()->setCurrentIndex(DashboardPage::ClaimsTab);
        QVERIFY(page.isLoaded(DashboardPage::ClaimsTab));
        QVERIFY(page.errorText().isEmpty());
    }

    void enterOnARowOpensTheListBehindIt()
    {
        DashboardPage page(f.r.db, f.r.clerk);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *table = page.panel(DashboardPage::EnrollmentTab)->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);   // 西村
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(page.lastList());
        auto *residents = qobject_cast<DashboardDetailModel *>(page.lastList()->model());
        QVERIFY(residents);
        QCOMPARE(residents->rowCount(), 3);
        QCOMPARE(residents->countYes(DashboardDetailModel::ResidentEnrolled), qint64(2));
        page.lastList()->close();

        // Claims: February's row lists February's settled claims, to the fen.
        page.tabs()->setCurrentIndex(DashboardPage::ClaimsTab);
        ChartPanel *claims = page.panel(DashboardPage::ClaimsTab);
        claims->table()->setFocus();
        claims->table()->setCurrentIndex(claims->model()->index(1, 0));
        QTest::keyClick(claims->table(), Qt::Key_Return);
        QVERIFY(page.lastList());
        auto *list = qobject_cast<ClaimListModel *>(page.lastList()->model());
        QVERIFY(list);
        QCOMPARE(list->rowCount(), 2);
        const ClaimListModel::Totals t = list->totals();
        QCOMPARE(t.totalFen, claims->model()->value(1, DashboardTables::TotalColumn));
        QCOMPARE(t.basicFen + t.criticalFen + t.assistanceFen + t.reliefFen,
                 claims->model()->value(1, DashboardTables::FundColumn));
        QVERIFY(page.lastList()->totalsText().contains(Money(t.totalFen).toDisplayString()));
        page.lastList()->close();

        // A click on May's bar (the chart's own signal) lists May's claim.
        auto *series = qobject_cast<QAbstractBarSeries *>(claims->chartView()->chart()->series().value(0));
        QVERIFY(series);
        emit series->barSets().at(0)->clicked(4);
        QVERIFY(page.lastList());
        QCOMPARE(page.lastList()->model()->rowCount(), 1);
        QCOMPARE(claims->table()->currentIndex().row(), 4);
        page.lastList()->close();

        // Filings by status: the filing list of that status.
        page.tabs()->setCurrentIndex(DashboardPage::FilingsByStatusTab);
        page.showList(DashboardPage::FilingsByStatusTab, 0);
        auto *filings = qobject_cast<FilingListModel *>(page.lastList()->model());
        QVERIFY(filings);
        QCOMPARE(filings->totalCount(), page.panel(DashboardPage::FilingsByStatusTab)->model()->value(0, 1));
        page.lastList()->close();
    }

    void theYearSelectorReadsTheFiguresAgain()
    {
        publishPolicyForYear(f.r, 2023);
        DashboardPage page(f.r.db, f.r.clerk);
        QCOMPARE(page.scope().year, 2024);
        QVERIFY(page.panel(DashboardPage::EnrollmentTab)->model()->total(DashboardTables::EnrolledColumn) > 0);
        auto *year = page.findChild<QComboBox *>(QStringLiteral("dashboardYear"));
        QVERIFY(year);
        year->setFocus();
        QTest::keyClick(year, Qt::Key_Down);   // 2023, the next newest
        QCOMPARE(page.scope().year, 2023);
        QCOMPARE(page.panel(DashboardPage::EnrollmentTab)->model()->total(DashboardTables::EnrolledColumn), qint64(0));
        QVERIFY(!page.isLoaded(DashboardPage::ClaimsTab));
    }

    void aChartSavesAsPngAndPdf()
    {
        DashboardPage page(f.r.db, f.r.clerk);
        page.resize(1600, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ChartPanel *panel = page.panel(DashboardPage::EnrollmentTab);
        const QString png = f.r.dir.filePath(QStringLiteral("chart.png"));
        const QString pdf = f.r.dir.filePath(QStringLiteral("chart.pdf"));
        QString error;
        QVERIFY2(panel->saveTo(png, &error), qPrintable(error));
        QVERIFY2(panel->saveTo(pdf, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1000));
        // Not blank: the bars and text leave more than one colour.
        QSet<QRgb> colours;
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, image.height() / 2));
        QVERIFY(colours.size() > 1);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 2000);
        QVERIFY(!panel->saveTo(f.r.dir.filePath(QStringLiteral("chart.txt")), &error));
        QVERIFY(error.contains(QStringLiteral(".png")));
    }

    void aCountyUserSeesTownshipsAndPicksOne()
    {
        DashboardPage page(f.r.db, f.r.countyAdmin);
        QVERIFY(page.scope().townshipId.isEmpty());
        DashboardTableModel *enrollment = page.panel(DashboardPage::EnrollmentTab)->model();
        QCOMPARE(enrollment->rowCount(), 1);   // one township
        QCOMPARE(enrollment->key(0).toString(), f.r.townshipId);
        // Its row leads to its villages.
        page.showList(DashboardPage::EnrollmentTab, 0);
        QCOMPARE(page.scope().townshipId, f.r.townshipId);
        QCOMPARE(enrollment->rowCount(), 2);
    }

    void theStatisticsPageOfTheMainWindowIsTheDashboard()
    {
        MainWindow window(f.r.db, f.r.clerk);
        window.showPage(MainWindow::DashboardPage);
        auto *pages = window.findChild<QStackedWidget *>();
        QVERIFY(pages);
        QVERIFY(qobject_cast<::DashboardPage *>(pages->currentWidget()));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
