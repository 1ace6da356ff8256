#include "../support/enrollmentfixture.h"

#include "enrollment/memberdialog.h"
#include "enrollment/contributiondialog.h"
#include "enrollment/enrollmentpage.h"
#include "enrollment/insuredelsewherepage.h"
#include "enrollment/householdcard.h"
#include "enrollment/reconciliationpage.h"
#include "itemmodels/householdcardmodel.h"
#include "itemmodels/householdcontributionmodel.h"
#include "itemmodels/householdenrollmentmodel.h"
#include "itemmodels/householdlistmodel.h"
#include "itemmodels/reconciliationmodel.h"
#include "services/enrollmentservice.h"
#include "services/userservice.h"
#include "storage/database.h"
#include "services/receiptservice.h"
#include "shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTabWidget>
#include <QTextDocument>
#include <QTranslator>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

// Chinese comes through an input method, not as key presses.
static void typeText(QWidget *widget, const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

// Runs work on the next modal dialog of type T once it is shown.
template<typename T>
static void whenShown(const std::function<void(T *)> &work)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, work] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<T *>(w); d && d->isVisible() && !qobject_cast<HouseholdCard *>(w)) {
                timer->stop();
                timer->deleteLater();
                work(d);
                return;
            }
        }
    });
    timer->start();
}

// The enrollment page over a small replica, driven by the keyboard as a
// clerk at the counter would: find the household, add the fourth member
// (registered poverty) on the card, save, take the contributions for the
// coming year and print the receipt to PDF.
class TestEnrollment : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void enrollsAFourPersonHouseholdAndPrintsTheReceipt();
    void undoTakesBackAnUnsavedMemberAndNothingIsWritten();
    void recordsADeathOnSave();
    void duplicateIdNumberIsRefusedOnSaveWithWhereItIs();
    void householdListFiltersByVillageCategoryAndUnpaid();
    void householdListPassesTheModelTesterAndPagesLazily();
    void reconciliationPageShowsTheDay();
    void screenshots();   // only with JINGBAN_SCREENSHOT_DB and JINGBAN_SCREENSHOT_DIR

private:
    TestReplica *m_r = nullptr;
    TestHousehold m_household;
    int m_year = 0;
};

void TestEnrollment::init()
{
    m_r = new TestReplica;
    m_r->setUpTownship();
    m_year = EnrollmentPage::defaultYear(m_r->db);   // no policy yet: the coming year
    publishPolicyForYear(*m_r, m_year);
    QCOMPARE(EnrollmentPage::defaultYear(m_r->db), m_year);
    m_household = addTestHousehold(*m_r, m_r->villageId, QStringLiteral("H001"),
                                   {{QStringLiteral("陈光明"), QStringLiteral("self"), false},
                                    {QStringLiteral("周淑芬"), QStringLiteral("spouse"), false},
                                    {QStringLiteral("陈晓燕"), QStringLiteral("daughter"), false}},
                                   11);
    addTestHousehold(*m_r, secondVillageId(*m_r), QStringLiteral("H002"),
                     {{QStringLiteral("孙建国"), QStringLiteral("self"), false},
                      {QStringLiteral("李秀英"), QStringLiteral("spouse"), false}},
                     31);
}

void TestEnrollment::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w))
            w->close();
    delete m_r;
    m_r = nullptr;
}

void TestEnrollment::enrollsAFourPersonHouseholdAndPrintsTheReceipt()
{
    MainWindow w(m_r->db, m_r->clerk);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), MainWindow::EnrollmentPage);
    auto *page = w.findChild<EnrollmentPage *>();
    QVERIFY(page);
    QCOMPARE(page->year(), m_year);
    QCOMPARE(page->households()->rowCount(), 2);

    // Type the household code into the filter, go to the list, Enter.
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("householdFilter"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("H001"));
    QCOMPARE(page->households()->rowCount(), 1);
    page->householdView()->setFocus();
    page->householdView()->setCurrentIndex(page->households()->index(0, 0));
    QTest::keyClick(page->householdView(), Qt::Key_Return);
    auto *card = page->findChild<HouseholdCard *>();
    QVERIFY(card);
    QVERIFY(QTest::qWaitForWindowExposed(card));
    QCOMPARE(card->members()->rowCount(), 3);

    // The fourth member, a registered poverty person, through the dialog.
    const QString fourthId = testIdNumber(QStringLiteral("19480909"), 14);
    whenShown<MemberDialog>([&](MemberDialog *d) {
        auto *id = d->findChild<QLineEdit *>(QStringLiteral("idNumber"));
        QTest::keyClicks(id, fourthId);
        QTest::keyClick(id, Qt::Key_Tab);
        typeText(d->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("陈老汉"));
        auto *relation = d->findChild<QComboBox *>(QStringLiteral("relation"));
        relation->setCurrentIndex(relation->findData(QStringLiteral("parent")));
        QTest::keyClick(d->findChild<QCheckBox *>(QStringLiteral("poverty")), Qt::Key_Space);
        QTest::keyClick(id, Qt::Key_Return);
    });
    QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("addMember")), Qt::LeftButton);
    QCOMPARE(card->members()->rowCount(), 4);
    QVERIFY(card->members()->hasPendingChanges());
    QCOMPARE(m_r->count(QStringLiteral("person")), 5);   // nothing written yet
    QApplication::setActiveWindow(card);
    QVERIFY(QTest::qWaitForWindowActive(card));
    QTest::keyClick(card, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(card->errorText().isEmpty(), qPrintable(card->errorText()));
    QVERIFY(!card->members()->hasPendingChanges());
    QCOMPARE(m_r->count(QStringLiteral("person")), 6);

    // Take the contributions: every member checked, tier 1, cash.
    QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("takeContributions")), Qt::LeftButton);
    auto *pay = card->findChild<ContributionDialog *>();
    QVERIFY(pay);
    QVERIFY(QTest::qWaitForWindowExposed(pay));
    QCOMPARE(pay->yearBox()->value(), m_year);
    QCOMPARE(pay->members()->rowCount(), 4);
    QCOMPARE(pay->members()->checkedPersonIds().size(), 4);
    QCOMPARE(pay->members()->totalFen(), 3 * 40000);   // the poverty member pays nothing
    QCOMPARE(pay->members()->subsidizedTotalFen(), 40000);
    QCOMPARE(pay->channelBox()->currentData().toString(), QStringLiteral("cash"));
    // Uncheck and check again the first member by keyboard: the total follows.
    pay->memberView()->setFocus();
    pay->memberView()->setCurrentIndex(pay->members()->index(0, 0));
    QTest::keyClick(pay->memberView(), Qt::Key_Space);
    QCOMPARE(pay->members()->totalFen(), 2 * 40000);
    QTest::keyClick(pay->memberView(), Qt::Key_Space);
    QCOMPARE(pay->members()->totalFen(), 3 * 40000);
    QTest::keyClick(pay->memberView(), Qt::Key_Return);   // the default button: take payment
    QVERIFY2(!pay->receiptId().isEmpty(), qPrintable(pay->errorText()));

    const auto receipt = ReceiptService::load(m_r->db, pay->receiptId());
    QVERIFY(receipt);
    QCOMPARE(receipt->totalFen, 120000);
    QCOMPARE(receipt->lines.size(), 4);
    QCOMPARE(receipt->serial, QStringLiteral("%1-0000001").arg(m_year));
    int subsidized = 0;
    for (const auto &l : receipt->lines) {
        QCOMPARE(l.subsidyFen, 67000);
        if (l.name == QStringLiteral("陈老汉")) {
            QCOMPARE(l.personalFen, 0);
            QCOMPARE(l.subsidizedFen, 40000);
            ++subsidized;
        } else {
            QVERIFY2(l.personalFen == 40000, qPrintable(l.name));
        }
    }
    QCOMPARE(subsidized, 1);
    // The card shows the year's enrollments; the list no longer counts it unpaid.
    QCOMPARE(card->enrollments()->rowCount(), 4);
    QCOMPARE(card->enrollments()->index(0, HouseholdEnrollmentModel::ReceiptColumn).data().toString(), receipt->serial);

    // Print the receipt to PDF in both sizes.
    for (int size = 0; size < 2; ++size) {
        pay->findChild<QComboBox *>(QStringLiteral("receiptSize"))->setCurrentIndex(size);
        const QString pdf = m_r->dir.filePath(QStringLiteral("receipt-%1.pdf").arg(size));
        const Validation v = pay->savePdf(pdf);
        QVERIFY2(v.ok(), qPrintable(v.text()));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 10000);   // the CJK font is embedded
        if (qEnvironmentVariableIsSet("JINGBAN_KEEP_RECEIPT"))
            QFile::copy(pdf, qEnvironmentVariable("JINGBAN_KEEP_RECEIPT") + QStringLiteral("-%1.pdf").arg(size));
    }
    pay->close();
    card->close();
    auto *unpaid = page->findChild<QCheckBox *>(QStringLiteral("unpaidFilter"));
    filter->clear();
    QTest::keyClick(unpaid, Qt::Key_Space);
    QVERIFY(unpaid->isChecked());
    QCOMPARE(page->households()->rowCount(), 1);
    QCOMPARE(page->households()->index(0, HouseholdListModel::CodeColumn).data().toString(), QStringLiteral("H002"));
}

void TestEnrollment::undoTakesBackAnUnsavedMemberAndNothingIsWritten()
{
    HouseholdCard card(m_r->db, m_r->clerk);
    QVERIFY(card.load(m_household.id));
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    HouseholdService::NewPerson p;
    p.idNumber = testIdNumber(QStringLiteral("20200202"), 15);
    p.name = QStringLiteral("陈小宝");
    p.relation = QStringLiteral("grandchild");
    whenShown<MemberDialog>([&](MemberDialog *d) {
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("idNumber")), QStringLiteral("360102202002020"));
        QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("idNumber")), Qt::Key_Return);
        QVERIFY(!d->errorText().isEmpty());   // a bad id number is told at once
        d->reject();
    });
    card.addMember();
    QCOMPARE(card.members()->rowCount(), 3);
    const qint64 outbox = m_r->count(QStringLiteral("sync_outbox"));
    card.members()->addPendingMember(p);   // as the command would
    card.undoStack()->clear();
    card.members()->reload();
    QCOMPARE(card.members()->rowCount(), 3);
    // Through the undo stack: add, undo, redo, undo.
    whenShown<MemberDialog>([&](MemberDialog *d) {
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("idNumber")), p.idNumber);
        typeText(d->findChild<QLineEdit *>(QStringLiteral("name")), p.name);
        QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("idNumber")), Qt::Key_Return);
    });
    card.addMember();
    QCOMPARE(card.members()->rowCount(), 4);
    QApplication::setActiveWindow(&card);
    QVERIFY(QTest::qWaitForWindowActive(&card));
    QTest::keyClick(&card, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(card.members()->rowCount(), 3);
    QVERIFY(!card.members()->hasPendingChanges());
    QTest::keyClick(&card, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(card.members()->rowCount(), 4);
    card.undoStack()->undo();
    QCOMPARE(card.members()->rowCount(), 3);
    QCOMPARE(m_r->count(QStringLiteral("sync_outbox")), outbox);
    QCOMPARE(m_r->count(QStringLiteral("person")), 5);
}

void TestEnrollment::recordsADeathOnSave()
{
    HouseholdCard card(m_r->db, m_r->clerk);
    QVERIFY(card.load(m_household.id));
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    card.memberView()->setCurrentIndex(card.members()->index(1, 0));   // the spouse
    const QDate date = QDate::currentDate().addDays(-10);
    whenShown<QDialog>([&](QDialog *d) {
        auto *edit = d->findChild<QDateEdit *>(QStringLiteral("deathDate"));
        QVERIFY(edit);
        edit->setDate(date);
        d->accept();
    });
    card.recordDeath();
    QVERIFY(card.members()->hasPendingChanges());
    QCOMPARE(card.undoStack()->count(), 1);
    QVERIFY(card.save());
    QSqlQuery q(m_r->db);
    q.prepare(QStringLiteral("SELECT status, death_date FROM person WHERE id = ?"));
    q.addBindValue(m_household.personIds.at(1));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("dead"));
    QCOMPARE(q.value(1).toString(), date.toString(Qt::ISODate));
    QVERIFY(!card.members()->index(1, 0).data(HouseholdCardModel::ActiveRole).toBool());
}

void TestEnrollment::duplicateIdNumberIsRefusedOnSaveWithWhereItIs()
{
    HouseholdCardModel model(m_r->db, m_r->clerk);
    QVERIFY(model.load(m_household.id));
    HouseholdService::NewPerson ok;
    ok.idNumber = testIdNumber(QStringLiteral("20200202"), 16);
    ok.name = QStringLiteral("陈小宝");
    ok.relation = QStringLiteral("grandchild");
    HouseholdService::NewPerson dup;
    dup.idNumber = testIdNumber(QStringLiteral("19700305"), 31);   // 孙建国 of H002
    dup.name = QStringLiteral("孙建国");
    dup.relation = QStringLiteral("other");
    model.addPendingMember(ok);
    model.addPendingMember(dup);
    const qint64 persons = m_r->count(QStringLiteral("person"));
    ChangeWriter writer(m_r->db, m_r->clerk);
    const Validation v = model.save(writer);
    QVERIFY(!v.ok());
    QVERIFY2(v.text().contains(QStringLiteral("H002")), qPrintable(v.text()));
    // All or nothing: the good member was not written either, and both stay pending.
    QCOMPARE(m_r->count(QStringLiteral("person")), persons);
    QCOMPARE(model.pendingCount(), 2);
}

void TestEnrollment::householdListFiltersByVillageCategoryAndUnpaid()
{
    // A poverty member in H002.
    ChangeWriter writer(m_r->db, m_r->clerk);
    HouseholdService::NewPerson p;
    QSqlQuery q(m_r->db);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM household WHERE code = 'H002'")) && q.next());
    p.householdId = q.value(0).toString();
    p.idNumber = testIdNumber(QStringLiteral("19400101"), 33);
    p.name = QStringLiteral("孙奶奶");
    p.relation = QStringLiteral("parent");
    p.dibao = true;
    QVERIFY(HouseholdService(writer).addPerson(p).ok());

    HouseholdListModel model(m_r->db, m_r->clerk);
    model.setYear(m_year);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalCount(), 2);
    HouseholdListModel::Filter f;
    f.villageId = m_r->villageId;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, HouseholdListModel::VillageColumn).data().toString(), QStringLiteral("东村"));
    QCOMPARE(model.index(0, HouseholdListModel::HeadColumn).data().toString(), QStringLiteral("陈光明"));
    QCOMPARE(model.index(0, HouseholdListModel::MembersColumn).data().toString(), QStringLiteral("3"));
    f = {};
    f.category = HouseholdListModel::Category::Dibao;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("H002"));
    f.category = HouseholdListModel::Category::Poverty;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    f = {};
    f.text = QStringLiteral("cgm");   // the head's pinyin initials
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);

    // Paid for the year: no longer "not yet paid".
    ChangeWriter clerk(m_r->db, m_r->clerk);
    QVERIFY(EnrollmentService(clerk).enrollAndPay(m_household.id, m_household.personIds, m_year, 1,
                                                  QStringLiteral("cash")).ok());
    f = {};
    f.unpaidOnly = true;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("H002"));
    model.setYear(m_year - 1);
    QCOMPARE(model.rowCount(), 2);
    f.unpaidOnly = false;
    model.setFilter(f);
    model.setYear(m_year);
    QCOMPARE(model.index(0, HouseholdListModel::PaidColumn).data().toString(), HouseholdListModel::tr("%1/%2 paid").arg(3).arg(3));
    // A county role sees id numbers masked.
    HouseholdListModel county(m_r->db, m_r->countyAdmin);
    county.setTownship(QString());
    QVERIFY(county.index(0, HouseholdListModel::HeadIdNumberColumn).data().toString().contains(QLatin1Char('*')));
}

void TestEnrollment::householdListPassesTheModelTesterAndPagesLazily()
{
    // 45 more households in 东村 so that pages of 10 take five fetches.
    for (int i = 0; i < 45; ++i)
        addTestHousehold(*m_r, m_r->villageId, QStringLiteral("K%1").arg(i, 3, 10, QLatin1Char('0')),
                         {{QStringLiteral("钱%1").arg(i), QStringLiteral("self"), i % 5 == 0}}, 100 + i);
    HouseholdListModel model(m_r->db, m_r->clerk);
    model.setPageSize(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setYear(m_year);
    QCOMPARE(model.rowCount(), 10);
    QStringList codes;
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 47);
    for (int i = 0; i < model.rowCount(); ++i)
        codes << model.index(i, 0).data().toString();
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 47);
    HouseholdListModel::Filter f;
    f.category = HouseholdListModel::Category::Poverty;
    model.setFilter(f);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.totalCount(), 9);

    // The card's models pass the tester too.
    HouseholdCardModel card(m_r->db, m_r->clerk);
    QAbstractItemModelTester cardTester(&card, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(card.load(m_household.id));
    HouseholdEnrollmentModel history(m_r->db);
    QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.load(m_household.id);
    HouseholdContributionModel contributions(m_r->db);
    QAbstractItemModelTester contributionTester(&contributions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    contributions.load(m_household.id, m_year, 1);
    contributions.setTier(2);
    QCOMPARE(contributions.totalFen(), 3 * 60000);
    ReconciliationModel reconciliation(m_r->db, m_r->townshipId);
    QAbstractItemModelTester reconciliationTester(&reconciliation, QAbstractItemModelTester::FailureReportingMode::QtTest);
    reconciliation.setRange(QDate::currentDate(), QDate::currentDate());
}

void TestEnrollment::reconciliationPageShowsTheDay()
{
    ChangeWriter clerk(m_r->db, m_r->clerk);
    QVERIFY(EnrollmentService(clerk).enrollAndPay(m_household.id, m_household.personIds, m_year, 2,
                                                  QStringLiteral("cash")).ok());
    EnrollmentPage page(m_r->db, m_r->clerk);
    ReconciliationPage *r = page.reconciliation();
    r->setRange(QDate::currentDate(), QDate::currentDate());
    QCOMPARE(r->model()->rowCount(), 2);   // 东村 and the total
    QCOMPARE(r->model()->index(1, ReconciliationModel::CashTotalColumn).data(ReconciliationModel::FenRole).toLongLong(),
             3 * 60000);
    QVERIFY(r->checkText().contains(QStringLiteral("1,800.00")));
    const QString path = m_r->dir.filePath(QStringLiteral("day.csv"));
    QVERIFY(r->exportTo(path));
    QVERIFY(QFile(path).size() > 0);
    std::unique_ptr<QTextDocument> doc(r->document(nullptr));
    QVERIFY(doc->toPlainText().contains(QStringLiteral("东村")));
}

// The user guide's screenshots over the demo county, in the users' language:
//   JINGBAN_SCREENSHOT_DB=demo.db JINGBAN_SCREENSHOT_DIR=docs/images
//   JINGBAN_SCREENSHOT_QM=build/app/jingban_zh_CN.qm tst_enrollment screenshots
void TestEnrollment::screenshots()
{
    const QString dbPath = qEnvironmentVariable("JINGBAN_SCREENSHOT_DB");
    const QString dir = qEnvironmentVariable("JINGBAN_SCREENSHOT_DIR");
    if (dbPath.isEmpty() || dir.isEmpty())
        QSKIP("set JINGBAN_SCREENSHOT_DB and JINGBAN_SCREENSHOT_DIR to take the user guide's screenshots");
    // Screenshots are committed: 256 colours keep each under 200 KB.
    auto save = [&](QWidget *widget, const QString &name) {
        return widget->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither)
            .save(dir + QLatin1Char('/') + name);
    };
    QTranslator translator;
    if (translator.load(qEnvironmentVariable("JINGBAN_SCREENSHOT_QM")))
        QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto opened = Database::open(dbPath, QStringLiteral("screenshots"));
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    {
        QSqlDatabase db = opened.value();
        const auto clerk = UserService::byLogin(db, QStringLiteral("clerk"));
        QVERIFY(clerk);
        MainWindow w(db, *clerk);
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(MainWindow::EnrollmentPage);
        auto *page = w.findChild<EnrollmentPage *>();
        auto *category = page->findChild<QComboBox *>(QStringLiteral("categoryFilter"));
        category->setCurrentIndex(1);   // registered poverty
        page->householdView()->resizeColumnsToContents();
        QTest::qWait(200);
        QVERIFY(save(&w, QStringLiteral("enrollment-households.png")));

        HouseholdCard *card = page->openHousehold(page->households()->householdId(0));
        QVERIFY(card);
        card->resize(1300, 820);
        QVERIFY(QTest::qWaitForWindowExposed(card));
        QTest::qWait(200);
        QVERIFY(save(card, QStringLiteral("enrollment-card.png")));
        card->close();

        // The busiest day of the newest year's collection.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT date(issued_at, '+8 hours') AS d FROM receipt GROUP BY d ORDER BY COUNT(*) DESC LIMIT 1")) && q.next());
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        auto *tabs = page->findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        page->reconciliation()->setRange(day, day);
        QTest::qWait(200);
        QVERIFY(save(&w, QStringLiteral("enrollment-reconciliation.png")));

        // An employee-insurance list holding a few of the year's enrolled and a typo.
        QVERIFY(q.exec(QStringLiteral("SELECT p.name, p.id_number FROM person p JOIN enrollment e ON e.person_id = p.id "
                                      "WHERE e.scheme_year = %1 AND e.status = 'paid' ORDER BY e.rowid LIMIT 6")
                           .arg(page->year())));
        QString csv = QStringLiteral("序号,姓名,公民身份号码,单位\r\n");
        int n = 0;
        while (q.next())
            csv += QStringLiteral("%1,%2,%3,县水泥厂\r\n").arg(++n).arg(q.value(0).toString(), q.value(1).toString());
        csv += QStringLiteral("%1,张三,34159919800101123,县医院\r\n").arg(++n);
        QTemporaryDir tmp;
        QFile list(tmp.filePath(QStringLiteral("职工医保名单.csv")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(csv.toUtf8());
        list.close();
        tabs->setCurrentIndex(tabs->indexOf(page->insuredElsewhere()->parentWidget()));
        page->insuredElsewhere()->findChild<QLineEdit *>(QStringLiteral("listFile"))->setText(list.fileName());
        QVERIFY(page->insuredElsewhere()->check(list.fileName(), page->year()));
        QTest::qWait(200);
        QVERIFY(save(&w, QStringLiteral("enrollment-insured-elsewhere.png")));
    }
    Database::close(QStringLiteral("screenshots"));
}

QTEST_MAIN(TestEnrollment)
#include "tst_enrollment.moc"
