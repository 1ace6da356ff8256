#include "claimfixture.h"

#include "claims/claimentryform.h"
#include "claims/claimlistpage.h"
#include "claims/claimreversaldialog.h"
#include "claims/claimreviewqueue.h"
#include "claims/claimspage.h"
#include "claims/settlementpanel.h"
#include "engine/settlementengine.h"
#include "itemmodels/claimentrymodel.h"
#include "services/claimreversalservice.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/claimslipmodel.h"
#include "printing/settlementsliprenderer.h"
#include "services/claimservice.h"
#include "services/settlementinputs.h"

#include <QApplication>
#include <QFileInfo>
#include <QTabWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTranslator>

// The claims screens driven by the keyboard, offscreen: a clerk enters an
// inpatient claim of a poverty person with key clicks only, the live panel
// shows what the engine (and jingban-cli settle) computes for the same
// input, a reviewer approves it, and the slip prints to PDF.
class TestClaimEntry : public QObject
{
    Q_OBJECT

    // JINGBAN_SCREENSHOT_DIR=dir: the GUI test also saves the user guide's
    // screenshots there (claim-entry.png, claim-review.png).
    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("JINGBAN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QApplication::processEvents();
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
    }

    static void type(QWidget *w, const QString &text)
    {
        QTest::keyClicks(w, text);
        QTest::keyClick(w, Qt::Key_Return);
    }

private slots:
    void entersAnInpatientClaimWithTheKeyboardAndApprovesIt();
    void liveSettlementEqualsJingbanCliSettle();
    void refusalsAndFlagsAppearBesideTheirFields();
    void amountErrorsNameTheField();
    void theMakerCannotApprove();
    void reversalDialogNeedsTheSecondUsersPassword();
    void slipRendersToPdfInA4AndA5();
};

void TestClaimEntry::entersAnInpatientClaimWithTheKeyboardAndApprovesIt()
{
    ClaimFixture f;
    f.setUp();
    ClaimsPage page(f.r.db, f.r.clerk);
    page.resize(1280, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ClaimEntryForm *form = page.entryForm();
    auto *person = form->findChild<QLineEdit *>(QStringLiteral("personEdit"));
    person->setFocus();
    QCOMPARE(QApplication::focusWidget(), person);

    type(person, f.poorIdNumber);
    QVERIFY(form->entryModel()->hasPerson());
    QCOMPARE(form->entryModel()->person().id, f.poorId);
    auto *institution = form->findChild<QLineEdit *>(QStringLiteral("institutionEdit"));
    QCOMPARE(QApplication::focusWidget(), institution);
    type(institution, QStringLiteral("sfxrmyy"));   // pinyin initials of 示范县人民医院
    QCOMPARE(QApplication::focusWidget(), form->findChild<QComboBox *>(QStringLiteral("kindCombo")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);  // inpatient; the disease is skipped
    auto *admission = form->findChild<QDateEdit *>(QStringLiteral("admissionEdit"));
    QCOMPARE(QApplication::focusWidget(), admission);
    QTest::keyClicks(admission, QStringLiteral("20240305"));
    QCOMPARE(admission->date(), QDate(2024, 3, 5));
    QTest::keyClick(admission, Qt::Key_Return);
    auto *discharge = form->findChild<QDateEdit *>(QStringLiteral("dischargeEdit"));
    QCOMPARE(QApplication::focusWidget(), discharge);
    QTest::keyClicks(discharge, QStringLiteral("20240318"));
    QCOMPARE(discharge->date(), QDate(2024, 3, 18));
    QTest::keyClick(discharge, Qt::Key_Return);
    type(QApplication::focusWidget(), QStringLiteral("23456.78"));
    type(QApplication::focusWidget(), QStringLiteral("1200"));
    type(QApplication::focusWidget(), QStringLiteral("845.5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);   // referral: none
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);   // no accident; liability is disabled
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("saveButton"));
    screenshot(&page, QStringLiteral("claim-entry.png"));

    // The live panel is the engine on the same input, facts and totals.
    const auto input = form->claimInput();
    QVERIFY(input);
    QCOMPARE(input->totalFen, qint64(2345678));
    QCOMPARE(input->selfPaidFen, qint64(120000));
    QCOMPARE(input->categoryBCopayFen, qint64(84550));
    const auto policy = PolicyService::forYear(f.r.db, 2024);
    const auto facts = SettlementInputs::personFacts(f.r.db, f.poorId, 2024, QDate(2024, 3, 18));
    const auto expected = SettlementEngine::settle(*policy, *facts, *input, YearToDate());
    QVERIFY(expected.ok());
    SettlementPanel *panel = form->panel();
    QCOMPARE(panel->amountFen(SettlementPanel::InScope), expected->inScopeFen);
    QCOMPARE(panel->amountFen(SettlementPanel::Deductible), expected->deductibleFen);
    QCOMPARE(panel->amountFen(SettlementPanel::Basic), expected->basicFen);
    QCOMPARE(panel->amountFen(SettlementPanel::Critical), expected->criticalFen);
    QCOMPARE(panel->amountFen(SettlementPanel::Assistance), expected->assistanceFen);
    QCOMPARE(panel->amountFen(SettlementPanel::Relief), expected->reliefFen);
    QCOMPARE(panel->amountFen(SettlementPanel::OutOfPocket), expected->outOfPocketFen);
    QVERIFY(expected->basicFen > 0 && expected->assistanceFen > 0);
    QVERIFY2(!panel->explanation(SettlementPanel::Basic).isEmpty(), "the basic line says why");

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);   // Save
    const QString claimId = form->lastSavedClaimId();
    QVERIFY(!claimId.isEmpty());
    ChangeWriter reader(f.r.db, f.r.clerk);
    const auto claim = reader.load(QStringLiteral("claim"), claimId);
    QCOMPARE(claim->value(QStringLiteral("status")).toString(), QStringLiteral("entered"));
    QCOMPARE(claim->value(QStringLiteral("total_fen")).toLongLong(), qint64(2345678));
    QCOMPARE(claim->value(QStringLiteral("level")).toString(), QStringLiteral("county"));
    QCOMPARE(claim->value(QStringLiteral("created_by")).toString(), f.r.clerk.id);
    QCOMPARE(QApplication::focusWidget(), person);   // ready for the next bill

    // A second user, the reviewer, approves it from the queue with Ctrl+Enter.
    ClaimsPage reviewerPage(f.r.db, f.r.reviewer);
    reviewerPage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reviewerPage));
    ClaimReviewQueue *queue = reviewerPage.reviewQueue();
    queue->setPrintAfterApproval(false);
    QCOMPARE(reviewerPage.tabs()->currentWidget(), queue);
    QCOMPARE(queue->model()->rowCount(), 1);
    QCOMPARE(queue->panel()->amountFen(SettlementPanel::Relief), expected->reliefFen);
    reviewerPage.resize(1280, 760);
    screenshot(&reviewerPage, QStringLiteral("claim-review.png"));
    queue->view()->setFocus();
    QTest::keyClick(queue->view(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(queue->message().contains(QStringLiteral("2024-000001")), qPrintable(queue->message()));
    QCOMPARE(queue->model()->rowCount(), 0);
    const auto settlement = ClaimReversalService::originalSettlement(f.r.db, claimId);
    QVERIFY(settlement);
    QCOMPARE(settlement->value(QStringLiteral("relief_fen")).toLongLong(), expected->reliefFen);
    QCOMPARE(settlement->value(QStringLiteral("out_of_pocket_fen")).toLongLong(), expected->outOfPocketFen);
    QCOMPARE(settlement->value(QStringLiteral("settled_by")).toString(), f.r.reviewer.id);

    // The slip, to PDF.
    const auto slip = ClaimSlipModel::load(f.r.db, settlement->value(QStringLiteral("id")).toString());
    QVERIFY2(slip.ok(), qPrintable(slip.errorText()));
    QCOMPARE(slip->reliefFen, expected->reliefFen);
    QCOMPARE(slip->reviewerName, QStringLiteral("李审核"));
    QCOMPARE(slip->clerkName, QStringLiteral("王经办"));
    QCOMPARE(slip->ytdReliefFen, expected->reliefFen);
    const QString pdf = f.r.dir.filePath(QStringLiteral("slip.pdf"));
    QVERIFY(SettlementSlipRenderer(slip.value()).writePdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY2(file.size() > 8000, qPrintable(QString::number(file.size())));
    if (const QByteArray out = qgetenv("JINGBAN_SLIP_OUT"); !out.isEmpty()) {
        QFile::remove(QString::fromLocal8Bit(out));
        QFile::copy(pdf, QString::fromLocal8Bit(out));
    }

    // The list shows it settled, with its slip number.
    ClaimListPage *list = reviewerPage.listPage();
    list->reload();
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, ClaimListModel::SlipColumn).data().toString(), QStringLiteral("2024-000001"));
}

void TestClaimEntry::liveSettlementEqualsJingbanCliSettle()
{
    ClaimFixture f;
    f.setUp();
    ClaimEntryForm form(f.r.db, f.r.clerk);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QVERIFY(form.choosePerson(f.poorId));
    type(form.findChild<QLineEdit *>(QStringLiteral("institutionEdit")), QStringLiteral("H36000009"));  // province, in province
    form.findChild<QDateEdit *>(QStringLiteral("admissionEdit"))->setDate(QDate(2024, 7, 1));
    form.findChild<QDateEdit *>(QStringLiteral("dischargeEdit"))->setDate(QDate(2024, 7, 20));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("totalEdit")), QStringLiteral("86000"));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("selfPaidEdit")), QStringLiteral("4000"));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("copayEdit")), QStringLiteral("2500"));
    const auto live = form.lastResult();
    QVERIFY(live);

    QJsonObject claim{{QStringLiteral("id"), QStringLiteral("c1")}, {QStringLiteral("kind"), QStringLiteral("inpatient")},
                      {QStringLiteral("level"), QStringLiteral("province")}, {QStringLiteral("location"), QStringLiteral("in_province")},
                      {QStringLiteral("referral"), QStringLiteral("none")}, {QStringLiteral("admission"), QStringLiteral("2024-07-01")},
                      {QStringLiteral("discharge"), QStringLiteral("2024-07-20")}, {QStringLiteral("disease"), QJsonValue()},
                      {QStringLiteral("total_fen"), 8600000}, {QStringLiteral("self_paid_fen"), 400000},
                      {QStringLiteral("category_b_copay_fen"), 250000}, {QStringLiteral("accident"), QJsonValue()}};
    QJsonObject input{{QStringLiteral("policy"), QStringLiteral("demo-county-2024")},
                      {QStringLiteral("person"), QJsonObject{{QStringLiteral("categories"), QJsonArray{QStringLiteral("poverty")}},
                                                             {QStringLiteral("tier"), 1}, {QStringLiteral("certified"), QJsonArray()},
                                                             {QStringLiteral("enrolled"), true}, {QStringLiteral("death_date"), QJsonValue()}}},
                      {QStringLiteral("claims"), QJsonArray{claim}}};
    const QString path = f.r.dir.filePath(QStringLiteral("settle.json"));
    QFile in(path);
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write(QJsonDocument(input).toJson());
    in.close();
    QProcess cli;
    cli.start(QStringLiteral(JINGBAN_CLI_PATH), {QStringLiteral("settle"), QStringLiteral("--input"), path});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject r = QJsonDocument::fromJson(cli.readAllStandardOutput()).object()
                              .value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(qint64(r.value(QStringLiteral("in_scope_fen")).toDouble()), live->inScopeFen);
    QCOMPARE(qint64(r.value(QStringLiteral("deductible_fen")).toDouble()), live->deductibleFen);
    QCOMPARE(qint64(r.value(QStringLiteral("basic_fen")).toDouble()), live->basicFen);
    QCOMPARE(qint64(r.value(QStringLiteral("critical_fen")).toDouble()), live->criticalFen);
    QCOMPARE(qint64(r.value(QStringLiteral("assistance_fen")).toDouble()), live->assistanceFen);
    QCOMPARE(qint64(r.value(QStringLiteral("relief_fen")).toDouble()), live->reliefFen);
    QCOMPARE(qint64(r.value(QStringLiteral("out_of_pocket_fen")).toDouble()), live->outOfPocketFen);
    QCOMPARE(form.panel()->amountFen(SettlementPanel::OutOfPocket), live->outOfPocketFen);
    QCOMPARE(live->flagCodes().join(QLatin1Char(',')), QStringLiteral("needs_verification"));
    QVERIFY2(form.fieldMessage(QStringLiteral("total_fen")).contains(ClaimSlipModel::flagText(QStringLiteral("needs_verification"))),
             qPrintable(form.fieldMessage(QStringLiteral("total_fen"))));
}

void TestClaimEntry::refusalsAndFlagsAppearBesideTheirFields()
{
    ClaimFixture f;
    f.setUp();
    ClaimEntryForm form(f.r.db, f.r.clerk);
    form.show();
    QVERIFY(form.choosePerson(f.sonId));
    type(form.findChild<QLineEdit *>(QStringLiteral("institutionEdit")), QStringLiteral("H36010001"));
    form.findChild<QDateEdit *>(QStringLiteral("admissionEdit"))->setDate(QDate(2024, 1, 2));
    form.findChild<QDateEdit *>(QStringLiteral("dischargeEdit"))->setDate(QDate(2024, 2, 20));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("totalEdit")), QStringLiteral("30000"));
    QVERIFY(form.lastResult() && !form.lastResult()->isRefused());
    // A 49-day stay: flagged beside the discharge date.
    QVERIFY2(form.fieldMessage(QStringLiteral("discharge")).contains(ClaimSlipModel::flagText(QStringLiteral("long_stay"))),
             qPrintable(form.fieldMessage(QStringLiteral("discharge"))));
    // Accident with a liable third party: refused beside the liability box.
    QTest::keyClick(form.findChild<QWidget *>(QStringLiteral("accidentCheck")), Qt::Key_Space);
    QTest::keyClick(form.findChild<QWidget *>(QStringLiteral("thirdPartyCheck")), Qt::Key_Space);
    QCOMPARE(form.lastResult()->refused, RefusalReason::ThirdPartyLiable);
    QVERIFY(!form.fieldMessage(QStringLiteral("third_party_liable")).isEmpty());
    QCOMPARE(form.panel()->amountFen(SettlementPanel::OutOfPocket), qint64(3000000));
    QTest::keyClick(form.findChild<QWidget *>(QStringLiteral("accidentCheck")), Qt::Key_Space);
    QVERIFY(!form.lastResult()->isRefused());
    // Special outpatient without a certification: refused beside the disease.
    auto *kind = form.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("special_outpatient")));
    QVERIFY(!form.findChild<QComboBox *>(QStringLiteral("diseaseCombo"))->isEnabled());
    QVERIFY(!form.fieldMessage(QStringLiteral("disease")).isEmpty());
    kind->setCurrentIndex(kind->findData(QStringLiteral("inpatient")));
    // After death: refused beside the discharge date.
    ChangeWriter clerk(f.r.db, f.r.clerk);
    QVERIFY(HouseholdService(clerk).recordDeath(f.sonId, QDate(2024, 2, 10)).ok());
    QVERIFY(form.choosePerson(f.sonId));
    QCOMPARE(form.lastResult()->refused, RefusalReason::AfterDeath);
    QVERIFY(form.fieldMessage(QStringLiteral("discharge")).contains(ClaimSlipModel::refusalText(QStringLiteral("after_death"))));
}

void TestClaimEntry::amountErrorsNameTheField()
{
    ClaimFixture f;
    f.setUp();
    ClaimEntryForm form(f.r.db, f.r.clerk);
    form.show();
    QVERIFY(form.choosePerson(f.poorId));
    type(form.findChild<QLineEdit *>(QStringLiteral("institutionEdit")), QStringLiteral("H36010001"));
    form.findChild<QDateEdit *>(QStringLiteral("dischargeEdit"))->setDate(QDate(2024, 5, 2));
    form.findChild<QDateEdit *>(QStringLiteral("admissionEdit"))->setDate(QDate(2024, 5, 1));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("totalEdit")), QStringLiteral("12.345"));
    QVERIFY(!form.fieldMessage(QStringLiteral("total_fen")).isEmpty());
    QVERIFY(!form.lastResult());
    form.findChild<QLineEdit *>(QStringLiteral("totalEdit"))->setText(QStringLiteral("100"));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("selfPaidEdit")), QStringLiteral("150"));
    // Self-paid above the total: the engine's input check, beside the field.
    QVERIFY(!form.lastResult());
    QVERIFY(!form.fieldMessage(QStringLiteral("self_paid_fen")).isEmpty() || !form.fieldMessage(QStringLiteral("general")).isEmpty());
    QVERIFY(!form.save());
    QCOMPARE(f.r.count(QStringLiteral("claim")), qint64(0));
}

void TestClaimEntry::theMakerCannotApprove()
{
    ClaimFixture f;
    f.setUp();
    // The reviewer enters a claim, then tries to approve it.
    ChangeWriter reviewer(f.r.db, f.r.reviewer);
    ClaimService::NewClaim c;
    c.personId = f.sonId;
    c.institutionId = f.countyHospitalId;
    c.kind = QStringLiteral("inpatient");
    c.admission = QDate(2024, 3, 1);
    c.discharge = QDate(2024, 3, 4);
    c.totalFen = 500000;
    QVERIFY(ClaimService(reviewer).enter(c).ok());
    ClaimReviewQueue queue(f.r.db, f.r.reviewer);
    queue.setPrintAfterApproval(false);
    QCOMPARE(queue.model()->rowCount(), 1);
    QVERIFY(queue.approveCurrent().isEmpty());
    QVERIFY(!queue.message().isEmpty());
    QCOMPARE(f.r.count(QStringLiteral("settlement")), qint64(0));
    // Returning needs a reason and also refuses the maker.
    QVERIFY(!queue.returnCurrent(QStringLiteral("发票不全")));
}

void TestClaimEntry::reversalDialogNeedsTheSecondUsersPassword()
{
    ClaimFixture f;
    f.setUp();
    ChangeWriter clerk(f.r.db, f.r.clerk);
    ClaimService::NewClaim c;
    c.personId = f.poorId;
    c.institutionId = f.countyHospitalId;
    c.kind = QStringLiteral("inpatient");
    c.admission = QDate(2024, 3, 1);
    c.discharge = QDate(2024, 3, 4);
    c.totalFen = 500000;
    const QString claimId = ClaimService(clerk).enter(c)->value(QStringLiteral("id")).toString();
    ChangeWriter reviewer(f.r.db, f.r.reviewer);
    QVERIFY(ClaimService(reviewer).approve(claimId).ok());

    ClaimReversalDialog dialog(f.r.db, f.r.clerk, claimId);
    QVERIFY(!dialog.reverse(QStringLiteral("录错"), QStringLiteral("reviewer"), QStringLiteral("wrong")));
    QVERIFY(!dialog.reverse(QStringLiteral("录错"), QStringLiteral("clerk"), QStringLiteral("secret-clerk")));
    QVERIFY(!dialog.message().isEmpty());
    QVERIFY(dialog.reverse(QStringLiteral("录错"), QStringLiteral("reviewer"), QStringLiteral("secret-reviewer")));
    const auto slip = ClaimSlipModel::load(f.r.db, dialog.reversingSettlementId());
    QVERIFY(slip.ok());
    QVERIFY(slip->basicFen < 0);
    QCOMPARE(slip->reversedSlipNo, QStringLiteral("2024-000001"));
    QCOMPARE(slip->slipNo, QStringLiteral("2024-000002"));
    QCOMPARE(ClaimSlipModel::settlementIds(f.r.db, claimId).size(), 2);   // the slip history shows both
    QCOMPARE(slip->ytdBasicFen, qint64(0));

    // The bill is entered again from the list.
    ClaimsPage page(f.r.db, f.r.clerk);
    ClaimEntryForm *form = page.entryForm();
    QVERIFY(form->loadClaim(claimId));
    QCOMPARE(form->claimInput()->totalFen, qint64(500000));
    QVERIFY(form->save());
    QCOMPARE(f.r.count(QStringLiteral("claim")), qint64(2));
}

void TestClaimEntry::slipRendersToPdfInA4AndA5()
{
    ClaimFixture f;
    f.setUp();
    ChangeWriter clerk(f.r.db, f.r.clerk);
    ClaimService::NewClaim c;
    c.personId = f.poorId;
    c.institutionId = f.countyHospitalId;
    c.kind = QStringLiteral("inpatient");
    c.admission = QDate(2024, 3, 1);
    c.discharge = QDate(2024, 3, 4);
    c.totalFen = 500000;
    const QString claimId = ClaimService(clerk).enter(c)->value(QStringLiteral("id")).toString();
    ChangeWriter reviewer(f.r.db, f.r.reviewer);
    const auto s = ClaimService(reviewer).approve(claimId);
    QVERIFY(s.ok());
    const auto slip = ClaimSlipModel::load(f.r.db, s->value(QStringLiteral("id")).toString());
    QVERIFY(slip.ok());
    QVERIFY(slip->policySha256.size() == 64);
    SettlementSlipRenderer renderer(slip.value());
    renderer.setCopy(true);
    for (auto size : {QPageSize::A4, QPageSize::A5}) {
        const QString pdf = f.r.dir.filePath(QStringLiteral("slip-%1.pdf").arg(int(size)));
        QVERIFY(renderer.writePdf(pdf, size));
        QVERIFY(QFileInfo(pdf).size() > 8000);
    }
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Screenshots are taken in the users' language.
    QTranslator translator;
    if (!qEnvironmentVariable("JINGBAN_SCREENSHOT_DIR").isEmpty()) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        if (translator.load(QStringLiteral(JINGBAN_CLI_PATH).section(QLatin1Char('/'), 0, -2) + QStringLiteral("/jingban_zh_CN.qm")))
            app.installTranslator(&translator);
    }
    TestClaimEntry test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_claimentry.moc"
