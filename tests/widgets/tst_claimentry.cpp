#include "claimfixture.h"

#include "claims/claimentryform.h"
#include "domain/money.h"
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
#include "services/householdservice.h"
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
    void everyRefusalAndFlagTypedWithTheKeyboard();
    void explanationsNameThePolicyRulesInTheUsersLanguage();
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
    // The totals under the list: the one settled claim's basic.
    // (computed on a worker thread: "computing…" until they come)
    QTRY_VERIFY2_WITH_TIMEOUT(list->totalsText().contains(Money(expected->basicFen).toDisplayString()),
                              qPrintable(list->totalsText()), 20000);
    reviewerPage.tabs()->setCurrentWidget(list);
    screenshot(&reviewerPage, QStringLiteral("claim-list.png"));
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

// The rules the first test does not reach, typed with key clicks only: each
// message beside the field that causes it, and gone once the field is right.
void TestClaimEntry::everyRefusalAndFlagTypedWithTheKeyboard()
{
    ClaimFixture f;
    f.setUp();
    ChangeWriter clerk(f.r.db, f.r.clerk);
    auto unenrolled = HouseholdService(clerk).addPerson({f.householdId, testIdNumber(QStringLiteral("19880909"), 47),
                                                         QStringLiteral("赵未保"), QStringLiteral("son")});
    QVERIFY2(unenrolled.ok(), qPrintable(unenrolled.errorText()));
    ChangeWriter county(f.r.db, f.r.countyAdmin);
    QVERIFY(GeographyService(county).createInstitution(QStringLiteral("V36010001"), QStringLiteral("东村卫生室"),
                                                      QStringLiteral("village"), QStringLiteral("in_county")).ok());
    // A cost control indicator (the demo county has none): inpatient above 50,000 yuan.
    QFile demo(QStringLiteral(":/policies/demo-county-2024.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonObject control = doc.value(QStringLiteral("control")).toObject();
    control.insert(QStringLiteral("high_cost"),
                   QJsonArray{QJsonObject{{QStringLiteral("when"), QJsonObject{{QStringLiteral("kinds"), QJsonArray{QStringLiteral("inpatient")}}}},
                                          {QStringLiteral("total_above_fen"), 5000000}}});
    doc.insert(QStringLiteral("control"), control);
    QVERIFY(PolicyService(county).publish(QJsonDocument(doc).toJson()).ok());

    ClaimEntryForm form(f.r.db, f.r.clerk);
    form.resize(1280, 760);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *person = form.findChild<QLineEdit *>(QStringLiteral("personEdit"));
    auto *institution = form.findChild<QLineEdit *>(QStringLiteral("institutionEdit"));
    auto *admission = form.findChild<QDateEdit *>(QStringLiteral("admissionEdit"));
    auto *discharge = form.findChild<QDateEdit *>(QStringLiteral("dischargeEdit"));
    auto *total = form.findChild<QLineEdit *>(QStringLiteral("totalEdit"));
    const auto refusal = [](const char *code) { return ClaimSlipModel::refusalText(QLatin1String(code)); };
    const auto flag = [](const char *code) { return ClaimSlipModel::flagText(QLatin1String(code)); };

    // Not enrolled and paid: beside the person.
    person->setFocus();
    type(person, testIdNumber(QStringLiteral("19880909"), 47));
    QCOMPARE(form.entryModel()->person().id, unenrolled->value(QStringLiteral("id")).toString());
    QCOMPARE(QApplication::focusWidget(), institution);
    type(institution, QStringLiteral("H36010001"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);   // inpatient
    QCOMPARE(QApplication::focusWidget(), admission);
    QTest::keyClicks(admission, QStringLiteral("20240301"));
    QTest::keyClick(admission, Qt::Key_Return);
    QTest::keyClicks(discharge, QStringLiteral("20240308"));
    QTest::keyClick(discharge, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), total);
    QTest::keyClicks(total, QStringLiteral("3000"));
    QCOMPARE(form.lastResult()->refused, RefusalReason::NotEnrolled);
    QVERIFY2(form.fieldMessage(QStringLiteral("person_id")).contains(refusal("not_enrolled")),
             qPrintable(form.fieldMessage(QStringLiteral("person_id"))));
    QCOMPARE(form.panel()->amountFen(SettlementPanel::OutOfPocket), qint64(300000));

    // The enrolled son: the refusal goes.
    person->setFocus();
    person->selectAll();
    type(person, testIdNumber(QStringLiteral("19850601"), 33));
    QCOMPARE(form.entryModel()->person().id, f.sonId);
    QVERIFY(!form.lastResult()->isRefused());
    QVERIFY(!form.fieldMessage(QStringLiteral("person_id")).contains(refusal("not_enrolled")));

    // A village clinic does not admit: beside the institution.
    institution->setFocus();
    institution->selectAll();
    type(institution, QStringLiteral("V36010001"));
    QCOMPARE(form.lastResult()->refused, RefusalReason::LevelNotCovered);
    QVERIFY2(form.fieldMessage(QStringLiteral("institution_id")).contains(refusal("level_not_covered")),
             qPrintable(form.fieldMessage(QStringLiteral("institution_id"))));
    institution->setFocus();
    institution->selectAll();
    type(institution, QStringLiteral("H36010001"));
    QVERIFY(!form.lastResult()->isRefused());

    // A stay of 31 days: flagged beside the discharge date; 30 days is not.
    total->setFocus();
    discharge->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(discharge, QStringLiteral("20240401"));
    QCOMPARE(discharge->date(), QDate(2024, 4, 1));
    QVERIFY2(form.fieldMessage(QStringLiteral("discharge")).contains(flag("long_stay")),
             qPrintable(form.fieldMessage(QStringLiteral("discharge"))));
    total->setFocus();
    discharge->setFocus(Qt::TabFocusReason);   // back into the date: its first section again
    QTest::keyClicks(discharge, QStringLiteral("20240331"));
    QCOMPARE(discharge->date(), QDate(2024, 3, 31));
    QCOMPARE(form.lastResult()->flagCodes(), QStringList());
    QVERIFY(form.fieldMessage(QStringLiteral("discharge")).isEmpty());

    // A cost above the control indicator: beside the total; at it, nothing.
    total->setFocus();
    total->selectAll();
    QTest::keyClicks(total, QStringLiteral("50000.01"));
    QCOMPARE(form.lastResult()->flagCodes(), QStringList{QStringLiteral("high_cost")});
    QVERIFY2(form.fieldMessage(QStringLiteral("total_fen")).contains(flag("high_cost")),
             qPrintable(form.fieldMessage(QStringLiteral("total_fen"))));
    QTest::keyClick(total, Qt::Key_Backspace);   // 50000.0: at the indicator
    QVERIFY(form.lastResult());
    QCOMPARE(form.lastResult()->flagCodes(), QStringList());
    QVERIFY(!form.fieldMessage(QStringLiteral("total_fen")).contains(flag("high_cost")));

    // Large claim at the province hospital: field verification, beside the total.
    institution->setFocus();
    institution->selectAll();
    type(institution, QStringLiteral("H36000009"));
    QCOMPARE(form.lastResult()->flagCodes(), (QStringList{QStringLiteral("needs_verification")}));
    QVERIFY(form.fieldMessage(QStringLiteral("total_fen")).contains(flag("needs_verification")));

    // Special outpatient without a valid certification: beside the disease, and the claim is not settled.
    auto *kind = form.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_End);   // the last kind: special outpatient
    QCOMPARE(kind->currentData().toString(), QStringLiteral("special_outpatient"));
    QVERIFY2(!form.fieldMessage(QStringLiteral("disease")).isEmpty(), "no certification is said beside the disease");
    QVERIFY(!form.lastResult());
}

// The panel's "why" names the policy's rows and adjustments from the policy
// document, in the language of the user (QLocale's default, set by --lang).
void TestClaimEntry::explanationsNameThePolicyRulesInTheUsersLanguage()
{
    ClaimFixture f;
    f.setUp();
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    ClaimEntryForm form(f.r.db, f.r.clerk);
    form.show();
    QVERIFY(form.choosePerson(f.poorId));
    type(form.findChild<QLineEdit *>(QStringLiteral("institutionEdit")), QStringLiteral("H36010001"));
    form.findChild<QDateEdit *>(QStringLiteral("admissionEdit"))->setDate(QDate(2024, 5, 1));
    form.findChild<QDateEdit *>(QStringLiteral("dischargeEdit"))->setDate(QDate(2024, 5, 9));
    auto *total = form.findChild<QLineEdit *>(QStringLiteral("totalEdit"));
    QTest::keyClicks(total, QStringLiteral("20000"));
    SettlementPanel *panel = form.panel();
    const QString deductible = panel->explanation(SettlementPanel::Deductible);
    const QString basic = panel->explanation(SettlementPanel::Basic);
    const QString critical = panel->explanation(SettlementPanel::Critical);
    const QString relief = panel->explanation(SettlementPanel::Relief);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTest::keyClick(total, Qt::Key_0);   // any keystroke recomputes
    const QString deductibleEn = panel->explanation(SettlementPanel::Deductible);
    const QString basicEn = panel->explanation(SettlementPanel::Basic);
    QLocale::setDefault(before);

    QVERIFY2(deductible.startsWith(QStringLiteral("县级医院")), qPrintable(deductible));
    QVERIFY2(basic.contains(QStringLiteral("建档立卡贫困人口 +10%")), qPrintable(basic));
    QVERIFY2(critical.startsWith(QStringLiteral("建档立卡贫困人口")), qPrintable(critical));
    QVERIFY2(relief.startsWith(QStringLiteral("县域内就医")), qPrintable(relief));
    QVERIFY2(deductibleEn.startsWith(QStringLiteral("county hospital")), qPrintable(deductibleEn));
    QVERIFY2(basicEn.contains(QStringLiteral("registered poverty +10%")), qPrintable(basicEn));
    QVERIFY2(!basicEn.contains(QStringLiteral("建档立卡")), qPrintable(basicEn));
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
