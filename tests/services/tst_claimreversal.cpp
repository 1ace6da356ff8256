#include "claimfixture.h"

#include "engine/settlementengine.h"
#include "itemmodels/claimslipmodel.h"
#include "services/claimreversalservice.h"
#include "services/claimservice.h"
#include "services/settlementinputs.h"

#include <QSqlQuery>
#include <QTest>

// Corrections of settled claims: a reversing settlement with negative
// amounts approved by a second user, the claim marked reversed, the bill
// entered again, and the person's year-to-date totals without the reversed
// claim.
class TestClaimReversal : public QObject
{
    Q_OBJECT

    static ClaimService::NewClaim bill(const ClaimFixture &f, const QString &personId, qint64 totalFen, const QDate &day)
    {
        ClaimService::NewClaim c;
        c.personId = personId;
        c.institutionId = f.countyHospitalId;
        c.kind = QStringLiteral("inpatient");
        c.admission = day.addDays(-5);
        c.discharge = day;
        c.totalFen = totalFen;
        c.selfPaidFen = 50000;
        c.categoryBCopayFen = 30000;
        return c;
    }

    // Entered by the clerk, approved by the reviewer: the settlement row.
    static QVariantMap settle(ClaimFixture &f, const ClaimService::NewClaim &c)
    {
        ChangeWriter clerk(f.r.db, f.r.clerk);
        auto entered = ClaimService(clerk).enter(c);
        if (!entered.ok())
            qWarning() << entered.errorText();
        ChangeWriter reviewer(f.r.db, f.r.reviewer);
        auto s = ClaimService(reviewer).approve(entered->value(QStringLiteral("id")).toString());
        if (!s.ok())
            qWarning() << s.errorText();
        return s.ok() ? s.value() : QVariantMap();
    }

    static YearToDate ytd(ClaimFixture &f, const QString &personId)
    {
        const auto policy = PolicyService::forYear(f.r.db, 2024);
        const auto facts = SettlementInputs::personFacts(f.r.db, personId, 2024, QDate(2024, 12, 31));
        return SettlementInputs::yearToDate(f.r.db, personId, 2024, *policy, *facts).value();
    }

private slots:
    void reversalNegatesTheSettlementAndMarksTheClaim()
    {
        ClaimFixture f;
        f.setUp();
        const QVariantMap s = settle(f, bill(f, f.poorId, 2000000, QDate(2024, 3, 10)));
        QVERIFY(!s.isEmpty());
        const QString claimId = s.value(QStringLiteral("claim_id")).toString();
        ChangeWriter clerk(f.r.db, f.r.clerk);
        auto rev = ClaimReversalService(clerk).reverse(claimId, QStringLiteral("出院日期录错"), f.r.reviewer);
        QVERIFY2(rev.ok(), qPrintable(rev.errorText()));
        for (const char *column : {"in_scope_fen", "deductible_fen", "basic_fen", "critical_fen", "assistance_fen",
                                   "relief_fen", "out_of_pocket_fen"})
            QCOMPARE(rev->value(QLatin1String(column)).toLongLong(), -s.value(QLatin1String(column)).toLongLong());
        QVERIFY(s.value(QStringLiteral("basic_fen")).toLongLong() > 0);
        QCOMPARE(rev->value(QStringLiteral("reverses_settlement_id")).toString(), s.value(QStringLiteral("id")).toString());
        QCOMPARE(rev->value(QStringLiteral("settled_by")).toString(), f.r.reviewer.id);
        QCOMPARE(rev->value(QStringLiteral("policy_sha256")).toString(), s.value(QStringLiteral("policy_sha256")).toString());
        QVERIFY(rev->value(QStringLiteral("slip_no")).toString() != s.value(QStringLiteral("slip_no")).toString());
        const auto claim = clerk.load(QStringLiteral("claim"), claimId);
        QCOMPARE(claim->value(QStringLiteral("status")).toString(), QStringLiteral("reversed"));
        QCOMPARE(claim->value(QStringLiteral("reason")).toString(), QStringLiteral("出院日期录错"));
        // Written through the one write path: audited and queued for sync.
        QSqlQuery q(f.r.db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'claim.reverse'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // Reversed once only.
        auto again = ClaimReversalService(clerk).reverse(claimId, QStringLiteral("再来"), f.r.reviewer);
        QVERIFY(!again.ok());
        QVERIFY(again.errors().hasField(QStringLiteral("status")));
    }

    void reversalNeedsASecondUserAndAReason()
    {
        ClaimFixture f;
        f.setUp();
        const QVariantMap s = settle(f, bill(f, f.sonId, 800000, QDate(2024, 4, 2)));
        const QString claimId = s.value(QStringLiteral("claim_id")).toString();
        ChangeWriter clerk(f.r.db, f.r.clerk);
        ClaimReversalService service(clerk);
        auto same = service.reverse(claimId, QStringLiteral("录错"), f.r.clerk);
        QVERIFY(!same.ok());
        QVERIFY(same.errors().hasField(QStringLiteral("approver")));
        auto noReason = service.reverse(claimId, QStringLiteral("  "), f.r.reviewer);
        QVERIFY(!noReason.ok());
        QVERIFY(noReason.errors().hasField(QStringLiteral("reason")));
        // The approver must be allowed to approve claims: another clerk may not.
        ChangeWriter admin(f.r.db, f.r.townshipAdmin);
        QVERIFY(UserService(admin).createUser({QStringLiteral("clerk2"), QStringLiteral("孙经办"), Role::Clerk,
                                               f.r.townshipId, QStringLiteral("secret-clerk2")}).ok());
        auto clerk2 = *UserService::byLogin(f.r.db, QStringLiteral("clerk2"));
        auto byClerk = service.reverse(claimId, QStringLiteral("录错"), clerk2);
        QVERIFY(!byClerk.ok());
        QVERIFY(byClerk.errors().hasField(QStringLiteral("approver")));
        QCOMPARE(f.r.count(QStringLiteral("settlement")), qint64(1));
        // An entered (unsettled) claim cannot be reversed.
        auto entered = ClaimService(clerk).enter(bill(f, f.sonId, 100000, QDate(2024, 5, 1)));
        QVERIFY2(entered.ok(), qPrintable(entered.errorText()));
        auto early = service.reverse(entered->value(QStringLiteral("id")).toString(), QStringLiteral("录错"), f.r.reviewer);
        QVERIFY(!early.ok());
        QVERIFY(early.errors().hasField(QStringLiteral("status")));
    }

    void yearToDateAfterAReversalExcludesTheReversedClaim()
    {
        ClaimFixture f;
        f.setUp();
        const YearToDate before = ytd(f, f.poorId);
        const QVariantMap first = settle(f, bill(f, f.poorId, 2000000, QDate(2024, 3, 10)));
        const YearToDate afterFirst = ytd(f, f.poorId);
        QCOMPARE(afterFirst.inpatientAdmissions, 1);
        QVERIFY(afterFirst.basicFen[0] > 0);

        ChangeWriter clerk(f.r.db, f.r.clerk);
        QVERIFY(ClaimReversalService(clerk).reverse(first.value(QStringLiteral("claim_id")).toString(),
                                                    QStringLiteral("金额录错"), f.r.reviewer).ok());
        QVERIFY(ytd(f, f.poorId) == before);

        // The bill entered again with the right amount settles as a first admission would.
        const QVariantMap again = settle(f, bill(f, f.poorId, 1800000, QDate(2024, 3, 10)));
        QVERIFY(!again.isEmpty());
        const auto policy = PolicyService::forYear(f.r.db, 2024);
        const auto facts = SettlementInputs::personFacts(f.r.db, f.poorId, 2024, QDate(2024, 3, 10));
        ClaimInput fresh = SettlementInputs::claimInput(*clerk.load(QStringLiteral("claim"), again.value(QStringLiteral("claim_id")).toString())).value();
        const SettlementResult expected = SettlementEngine::compute(*policy, *facts, fresh, YearToDate());
        QCOMPARE(again.value(QStringLiteral("basic_fen")).toLongLong(), expected.basicFen);
        QCOMPARE(again.value(QStringLiteral("relief_fen")).toLongLong(), expected.reliefFen);
        QCOMPARE(again.value(QStringLiteral("deductible_fen")).toLongLong(), expected.deductibleFen);
        QCOMPARE(ytd(f, f.poorId), expected.yearToDate);
        QCOMPARE(ytd(f, f.poorId).inpatientAdmissions, 1);
        // Its slip's year-to-date counts it and not the reversed claim (nor the reversal).
        const auto slip = ClaimSlipModel::load(f.r.db, again.value(QStringLiteral("id")).toString());
        QVERIFY2(slip.ok(), qPrintable(slip.errorText()));
        QCOMPARE(slip->ytdBasicFen, expected.yearToDate.basicFen[0] + expected.yearToDate.basicFen[1] + expected.yearToDate.basicFen[2]);
        QCOMPARE(slip->ytdReliefFen, expected.reliefFen);
        QCOMPARE(slip->ytdAssistanceFen, expected.assistanceFen);
        // The first claim's slip, reprinted now, still shows the year as it stood then.
        const auto firstSlip = ClaimSlipModel::load(f.r.db, first.value(QStringLiteral("id")).toString());
        QVERIFY2(firstSlip.ok(), qPrintable(firstSlip.errorText()));
        QCOMPARE(firstSlip->ytdBasicFen, afterFirst.basicFen[0] + afterFirst.basicFen[1] + afterFirst.basicFen[2]);

        // The second admission now is the second, not the third.
        const QVariantMap second = settle(f, bill(f, f.poorId, 500000, QDate(2024, 6, 1)));
        ClaimInput next = SettlementInputs::claimInput(*clerk.load(QStringLiteral("claim"), second.value(QStringLiteral("claim_id")).toString())).value();
        const SettlementResult expectedSecond = SettlementEngine::compute(*policy, *facts, next, expected.yearToDate);
        QCOMPARE(second.value(QStringLiteral("basic_fen")).toLongLong(), expectedSecond.basicFen);
        QCOMPARE(second.value(QStringLiteral("out_of_pocket_fen")).toLongLong(), expectedSecond.outOfPocketFen);
        QCOMPARE(ytd(f, f.poorId).inpatientAdmissions, 2);
    }
};

QTEST_GUILESS_MAIN(TestClaimReversal)
#include "tst_claimreversal.moc"
