#include "claimfixture.h"

#include "services/claimservice.h"
#include "services/householdservice.h"
#include "services/receiptservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

// Every refusal and control flag of the demo county's policy
// (shared/data/demo-county-policy.md "Refusals and flags"), through the
// service: the claim is entered, previewed and approved by a second user,
// and the settlement row carries the refusal (nothing paid, the person pays
// the total) or the flag. Each rule has a row just inside it beside one just
// outside, so that a rule that never fires, or always fires, fails.
class TestClaimRefusals : public QObject
{
    Q_OBJECT
private:
    enum class Setup { None, Unenrolled, Refunded, DiedMarch5, HighCostIndicator };

    // The demo policy with a cost control indicator (the demo county states
    // none): inpatient totals above 50,000 yuan are flagged high_cost.
    static QByteArray policyWithHighCostIndicator()
    {
        QFile f(QStringLiteral(":/policies/demo-county-2024.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject control = doc.value(QStringLiteral("control")).toObject();
        control.insert(QStringLiteral("high_cost"),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("高额费用")},
                                                                                   {QStringLiteral("en"), QStringLiteral("high cost")}}},
                                              {QStringLiteral("when"), QJsonObject{{QStringLiteral("kinds"), QJsonArray{QStringLiteral("inpatient")}}}},
                                              {QStringLiteral("total_above_fen"), 5000000}}});
        doc.insert(QStringLiteral("control"), control);
        return QJsonDocument(doc).toJson();
    }

private slots:
    void refusesAndFlagsAsThePolicySays_data()
    {
        QTest::addColumn<int>("setup");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("where");   // county | province | village (an inpatient level without an institution)
        QTest::addColumn<QString>("disease");
        QTest::addColumn<QDate>("admission");
        QTest::addColumn<QDate>("discharge");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("accident");    // 0 none, 1 accident, 2 with a liable third party
        QTest::addColumn<QString>("refused");
        QTest::addColumn<QString>("flags");

        const QString in = QStringLiteral("inpatient"), so = QStringLiteral("special_outpatient");
        const QDate mar1(2024, 3, 1), mar8(2024, 3, 8);
        auto row = [&](const char *name, Setup setup, const QString &kind, const char *where, const char *disease, QDate a,
                       QDate d, qint64 total, int accident, const char *refused, const char *flags) {
            QTest::newRow(name) << int(setup) << kind << QString::fromLatin1(where) << QString::fromLatin1(disease) << a << d
                                << total << accident << QString::fromLatin1(refused) << QString::fromLatin1(flags);
        };
        row("an ordinary claim pays", Setup::None, in, "county", "", mar1, mar8, 300000, 0, "", "");
        row("not enrolled and paid", Setup::Unenrolled, in, "county", "", mar1, mar8, 300000, 0, "not_enrolled", "");
        row("contribution refunded", Setup::Refunded, in, "county", "", mar1, mar8, 300000, 0, "not_enrolled", "");
        row("discharged after death", Setup::DiedMarch5, in, "county", "", mar1, mar8, 300000, 0, "after_death", "");
        row("discharged on the day of death", Setup::DiedMarch5, in, "county", "", mar1, QDate(2024, 3, 5), 300000, 0, "", "");
        row("third party liable", Setup::None, in, "county", "", mar1, mar8, 300000, 2, "third_party_liable", "");
        row("accident without a liable party", Setup::None, in, "county", "", mar1, mar8, 300000, 1, "", "");
        row("inpatient at a village clinic", Setup::None, in, "village", "", mar1, mar8, 300000, 0, "level_not_covered", "");
        row("disease open to poverty persons only", Setup::None, so, "county", "M201", mar1, mar1, 50000, 0, "disease_not_open", "");
        row("no valid certification", Setup::None, so, "county", "M102", mar1, mar1, 50000, 0, "not_certified", "");
        row("large claim outside the city", Setup::None, in, "province", "", mar1, mar8, 2000001, 0, "", "needs_verification");
        row("at the verification amount", Setup::None, in, "province", "", mar1, mar8, 2000000, 0, "", "");
        row("large claim in the county", Setup::None, in, "county", "", mar1, mar8, 2500000, 0, "", "");
        row("stay above 30 days", Setup::None, in, "county", "", mar1, QDate(2024, 4, 1), 300000, 0, "", "long_stay");
        row("stay of 30 days", Setup::None, in, "county", "", mar1, QDate(2024, 3, 31), 300000, 0, "", "");
        row("cost above the control indicator", Setup::HighCostIndicator, in, "county", "", mar1, mar8, 5000001, 0, "", "high_cost");
        row("cost at the control indicator", Setup::HighCostIndicator, in, "county", "", mar1, mar8, 5000000, 0, "", "");
        row("refusal before flags", Setup::Unenrolled, in, "province", "", mar1, QDate(2024, 4, 20), 3000000, 0, "not_enrolled", "");
    }

    void refusesAndFlagsAsThePolicySays()
    {
        QFETCH(int, setup);
        QFETCH(QString, kind);
        QFETCH(QString, where);
        QFETCH(QString, disease);
        QFETCH(QDate, admission);
        QFETCH(QDate, discharge);
        QFETCH(qint64, total);
        QFETCH(int, accident);
        QFETCH(QString, refused);
        QFETCH(QString, flags);

        ClaimFixture f;
        f.setUp();
        ChangeWriter clerk(f.r.db, f.r.clerk);
        ChangeWriter reviewer(f.r.db, f.r.reviewer);
        QString personId = f.sonId;
        switch (Setup(setup)) {
        case Setup::None: break;
        case Setup::Unenrolled: {
            auto p = HouseholdService(clerk).addPerson({f.householdId, testIdNumber(QStringLiteral("19880909"), 47),
                                                        QStringLiteral("赵未保"), QStringLiteral("son")});
            QVERIFY2(p.ok(), qPrintable(p.errorText()));
            personId = p->value(QStringLiteral("id")).toString();
            break;
        }
        case Setup::Refunded: {
            // Paid, then the money returned (insured elsewhere): no longer enrolled and paid.
            QSqlQuery q(f.r.db);
            q.prepare(QStringLiteral("SELECT receipt_id FROM enrollment WHERE person_id = ? AND scheme_year = 2024"));
            q.addBindValue(f.sonId);
            QVERIFY(q.exec() && q.next());
            const QString receiptId = q.value(0).toString();
            const Validation requested = ReceiptService(clerk).request(receiptId, ReceiptService::Change::Refund,
                                                                       QStringLiteral("已在外地参保"));
            QVERIFY2(requested.ok(), qPrintable(requested.text()));
            const Validation approved = ReceiptService(reviewer).approve(receiptId);
            QVERIFY2(approved.ok(), qPrintable(approved.text()));
            break;
        }
        case Setup::DiedMarch5:
            QVERIFY(HouseholdService(clerk).recordDeath(f.sonId, QDate(2024, 3, 5)).ok());
            break;
        case Setup::HighCostIndicator: {
            ChangeWriter county(f.r.db, f.r.countyAdmin);
            const auto published = PolicyService(county).publish(policyWithHighCostIndicator());
            QVERIFY2(published.ok(), qPrintable(published.errorText()));
            break;
        }
        }

        ClaimService::NewClaim c;
        c.personId = personId;
        c.kind = kind;
        if (where == QLatin1String("village"))
            c.level = QStringLiteral("village"), c.location = QStringLiteral("in_county");
        else
            c.institutionId = where == QLatin1String("province") ? f.provinceHospitalId : f.countyHospitalId;
        c.diseaseCode = disease;
        c.admission = admission;
        c.discharge = discharge;
        c.totalFen = total;
        c.accident = accident > 0;
        c.thirdPartyLiable = accident > 1;
        // A claim the policy refuses is still entered: the refusal is settled and printed.
        const auto entered = ClaimService(clerk).enter(c);
        QVERIFY2(entered.ok(), qPrintable(entered.errorText()));
        const QString claimId = entered->value(QStringLiteral("id")).toString();

        const auto preview = ClaimService(clerk).preview(claimId);
        QVERIFY2(preview.ok(), qPrintable(preview.errorText()));
        QCOMPARE(SettlementResult::refusalCode(preview->refused), refused);
        QCOMPARE(preview->flagCodes().join(QLatin1Char(',')), flags);

        const auto settled = ClaimService(reviewer).approve(claimId);
        QVERIFY2(settled.ok(), qPrintable(settled.errorText()));
        QCOMPARE(settled->value(QStringLiteral("refused")).toString(), refused);
        QCOMPARE(settled->value(QStringLiteral("flags")).toString(), flags);
        const qint64 paid = settled->value(QStringLiteral("basic_fen")).toLongLong()
                            + settled->value(QStringLiteral("critical_fen")).toLongLong()
                            + settled->value(QStringLiteral("assistance_fen")).toLongLong()
                            + settled->value(QStringLiteral("relief_fen")).toLongLong();
        QCOMPARE(settled->value(QStringLiteral("out_of_pocket_fen")).toLongLong(), total - paid);
        if (!refused.isEmpty()) {
            QCOMPARE(paid, qint64(0));
            QCOMPARE(settled->value(QStringLiteral("in_scope_fen")).toLongLong(), total); // still reported
        } else if (where != QLatin1String("village")) {
            QVERIFY2(paid > 0, "a claim that is not refused pays something here");
        }
    }
};

QTEST_GUILESS_MAIN(TestClaimRefusals)
#include "tst_claimrefusals.moc"
