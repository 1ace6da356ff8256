#include "services/claimservice.h"
#include "services/enrollmentservice.h"
#include "services/filingservice.h"
#include "services/policyservice.h"
#include "testreplica.h"

#include <QFile>
#include <QTest>

// The special-outpatient filing workflow, from village report to county
// certification, and its use in claims.
class TestFilings : public QObject
{
    Q_OBJECT
private:
    SessionUser certifier{QStringLiteral("certifier-1"), QStringLiteral("certifier"), QStringLiteral("县认定员"),
                          Role::CountyCertifier, {}};
    QString householdId;
    QString personId;
    QString poorId;

    void setUp(TestReplica &r)
    {
        r.setUpTownship();
        ChangeWriter county(r.db, r.countyAdmin);
        QFile f(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(PolicyService(county).publish(f.readAll()).ok());
        ChangeWriter clerk(r.db, r.clerk);
        HouseholdService households(clerk);
        householdId = households.createHousehold({r.villageId, QStringLiteral("M001"), QString(), QString()})->value(QStringLiteral("id")).toString();
        personId = households.addPerson({householdId, testIdNumber(QStringLiteral("19500505"), 51), QStringLiteral("吴慢"),
                                         QStringLiteral("self")})->value(QStringLiteral("id")).toString();
        HouseholdService::NewPerson poor{householdId, testIdNumber(QStringLiteral("19520606"), 62), QStringLiteral("郑贫"),
                                         QStringLiteral("spouse")};
        poor.poverty = true;
        poorId = households.addPerson(poor)->value(QStringLiteral("id")).toString();
        QVERIFY(EnrollmentService(clerk).enrollAndPay(householdId, {personId, poorId}, 2024, 1, QStringLiteral("cash")).ok());
    }

    QString status(TestReplica &r, const QString &filingId)
    {
        ChangeWriter w(r.db, r.clerk);
        return w.load(QStringLiteral("filing"), filingId)->value(QStringLiteral("status")).toString();
    }

    ClaimService::NewClaim specialClaim(const QString &who, const QString &disease)
    {
        ClaimService::NewClaim c;
        c.personId = who;
        c.kind = QStringLiteral("special_outpatient");
        c.level = QStringLiteral("county");
        c.location = QStringLiteral("in_county");
        c.admission = c.discharge = QDate(2024, 5, 10);
        c.diseaseCode = disease;
        c.totalFen = 100000;
        return c;
    }

private slots:
    void runsTheWholeWorkflowWithThreeUsers()
    {
        TestReplica r;
        setUp(r);
        ChangeWriter clerk(r.db, r.clerk), reviewer(r.db, r.reviewer), county(r.db, certifier);
        auto filed = FilingService(clerk).file({personId, QStringLiteral("M102"), {}, QDate(2024, 2, 1),
                                                QStringLiteral("outpatient_record_with_test"), QStringLiteral("空腹血糖 8.1")});
        QVERIFY2(filed.ok(), qPrintable(filed.errorText()));
        const QString id = filed->value(QStringLiteral("id")).toString();
        QCOMPARE(status(r, id), QStringLiteral("reported"));

        // Before certification a claim for the disease is refused.
        auto early = ClaimService(clerk).enter(specialClaim(personId, QStringLiteral("M102")));
        QVERIFY2(early.ok(), qPrintable(early.errorText()));
        QCOMPARE(ClaimService(clerk).preview(early->value(QStringLiteral("id")).toString())->refused, RefusalReason::NotCertified);

        QVERIFY(FilingService(reviewer).review(id, true).ok());
        QVERIFY(!FilingService(county).submit({id}).ok());        // the county does not submit
        QVERIFY(FilingService(reviewer).submit({id}).ok());
        QCOMPARE(status(r, id), QStringLiteral("submitted"));
        QVERIFY(!FilingService(reviewer).certify({id}, QDate(2024, 1, 1), QDate(2024, 12, 31)).ok());
        const Validation certified = FilingService(county).certify({id}, QDate(2024, 1, 1), QDate(2024, 12, 31));
        QVERIFY2(certified.ok(), qPrintable(certified.text()));
        QCOMPARE(status(r, id), QStringLiteral("certified"));

        // Now the same claim pays within the disease's limit.
        const auto now = ClaimService(clerk).preview(early->value(QStringLiteral("id")).toString());
        QVERIFY(now.ok());
        QCOMPARE(now->refused, RefusalReason::None);
        QVERIFY(now->basicFen > 0);

        // It lapses after its validity.
        auto expired = FilingService(reviewer).expireDue(QDate(2025, 1, 1));
        QVERIFY(expired.ok());
        QCOMPARE(expired.value(), 1);
        QCOMPARE(status(r, id), QStringLiteral("expired"));
    }

    void makerCannotReviewOrSubmit()
    {
        TestReplica r;
        setUp(r);
        ChangeWriter reviewer(r.db, r.reviewer), admin(r.db, r.townshipAdmin);
        auto filed = FilingService(reviewer).file({personId, QStringLiteral("M101"), {}, QDate(2024, 2, 1),
                                                   QStringLiteral("inpatient_record"), {}});
        QVERIFY(filed.ok());
        const QString id = filed->value(QStringLiteral("id")).toString();
        QVERIFY(FilingService(reviewer).review(id, true).hasField(QStringLiteral("permission")));
        QVERIFY(FilingService(admin).review(id, true).ok());
        QVERIFY(FilingService(reviewer).submit({id}).hasField(QStringLiteral("permission")));
        QVERIFY(FilingService(admin).submit({id}).ok());
    }

    void returnedFilingIsCorrectedAndResubmitted()
    {
        TestReplica r;
        setUp(r);
        ChangeWriter clerk(r.db, r.clerk), reviewer(r.db, r.reviewer);
        FilingService::NewFiling f{personId, QStringLiteral("M101"), {}, QDate(2024, 2, 1), QStringLiteral("inpatient_record"), {}};
        const QString id = FilingService(clerk).file(f)->value(QStringLiteral("id")).toString();
        QVERIFY(FilingService(reviewer).review(id, false, QStringLiteral("缺少出院小结")).ok());
        QCOMPARE(status(r, id), QStringLiteral("returned"));
        // Not reviewable while returned; the clerk corrects it.
        QVERIFY(!FilingService(reviewer).review(id, true).ok());
        f.note = QStringLiteral("补充出院小结");
        const Validation corrected = FilingService(clerk).correct(id, f);
        QVERIFY2(corrected.ok(), qPrintable(corrected.text()));
        QCOMPARE(status(r, id), QStringLiteral("reported"));
        QVERIFY(FilingService(reviewer).review(id, true).ok());
        QCOMPARE(status(r, id), QStringLiteral("reviewed"));
    }

    void batchCertificationIsAllOrNothing()
    {
        TestReplica r;
        setUp(r);
        ChangeWriter clerk(r.db, r.clerk), reviewer(r.db, r.reviewer), county(r.db, certifier);
        const QString a = FilingService(clerk).file({personId, QStringLiteral("M101"), {}, QDate(2024, 2, 1),
                                                     QStringLiteral("inpatient_record"), {}})->value(QStringLiteral("id")).toString();
        const QString b = FilingService(clerk).file({poorId, QStringLiteral("M204"), {}, QDate(2024, 2, 1),
                                                     QStringLiteral("inpatient_record"), {}})->value(QStringLiteral("id")).toString();
        QVERIFY(FilingService(reviewer).review(a, true).ok());
        QVERIFY(FilingService(reviewer).submit({a}).ok());
        // b is only reported: the batch is refused whole.
        QVERIFY(!FilingService(county).certify({a, b}, QDate(2024, 1, 1), QDate(2024, 12, 31)).ok());
        QCOMPARE(status(r, a), QStringLiteral("submitted"));
        QVERIFY(FilingService(reviewer).review(b, true).ok());
        QVERIFY(FilingService(reviewer).submit({b}).ok());
        QVERIFY(FilingService(county).certify({a, b}, QDate(2024, 1, 1), QDate(2024, 12, 31)).ok());
        QCOMPARE(status(r, b), QStringLiteral("certified"));
    }

    void refusesWhatCannotBeFiled_data()
    {
        QTest::addColumn<QString>("disease");
        QTest::addColumn<bool>("poor");
        QTest::addColumn<QDate>("diagnosed");
        QTest::addColumn<QString>("field");
        QTest::newRow("poverty-only disease") << "M204" << false << QDate(2024, 2, 1) << "disease_code";
        QTest::newRow("unknown disease") << "X999" << false << QDate(2024, 2, 1) << "disease_code";
        QTest::newRow("future diagnosis") << "M101" << false << QDate::currentDate().addDays(3) << "diagnosis_date";
    }
    void refusesWhatCannotBeFiled()
    {
        QFETCH(QString, disease);
        QFETCH(bool, poor);
        QFETCH(QDate, diagnosed);
        QFETCH(QString, field);
        TestReplica r;
        setUp(r);
        ChangeWriter clerk(r.db, r.clerk);
        auto filed = FilingService(clerk).file({poor ? poorId : personId, disease, {}, diagnosed, QStringLiteral("inpatient_record"), {}});
        QVERIFY(!filed.ok());
        QVERIFY2(filed.errors().hasField(field), qPrintable(filed.errorText()));
        QCOMPARE(r.count(QStringLiteral("filing")), qint64(0));
    }

    void secondLiveFilingForTheSameDiseaseIsRefused()
    {
        TestReplica r;
        setUp(r);
        ChangeWriter clerk(r.db, r.clerk);
        FilingService::NewFiling f{personId, QStringLiteral("M101"), {}, QDate(2024, 2, 1), QStringLiteral("inpatient_record"), {}};
        QVERIFY(FilingService(clerk).file(f).ok());
        auto again = FilingService(clerk).file(f);
        QVERIFY(!again.ok());
        QVERIFY(again.errorText().contains(QLatin1String("M101")));
    }
};

QTEST_GUILESS_MAIN(TestFilings)
#include "tst_filings.moc"
