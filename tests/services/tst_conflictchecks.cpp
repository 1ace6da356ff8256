// A sync conflict's resolution passes the checks of the record's own
// service: this workstation's version or an edited one of a household, a
// person, an enrollment, a filing, a claim or a settlement that the service
// would refuse is refused with a message naming the field, and nothing
// changes (no row, no operation, the conflict stays open). The compare view
// shows the values in words.

#include "claimfixture.h"
#include "conflictstage.h"

#include "itemmodels/displayformat.h"
#include "itemmodels/householdmembersmodel.h"
#include "itemmodels/syncconflictfieldsmodel.h"
#include "itemmodels/syncconflictmodel.h"
#include "services/claimservice.h"
#include "services/conflictresolutionservice.h"
#include "services/filingservice.h"
#include "domain/money.h"

#include <QAbstractItemModelTester>

class TestConflictChecks : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClaimFixture> f;

    QVariantMap row(const QString &entity, const QString &id) const
    {
        return *ChangeWriter(f->r.db, f->r.clerk).load(entity, id);
    }

    QString stage(const QString &entity, const QString &rowId, const QVariantMap &localChanges, bool countyHasIt = true)
    {
        return stageConflict(f->r.db, f->r.clerk, entity, rowId, localChanges, countyHasIt);
    }

    qint64 count(const QString &sql) const
    {
        QSqlQuery q(f->r.db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // Refused, naming the field; the row, the outbox and the conflict as they were.
    void verifyRefused(const Validation &v, const QString &field, const QString &entity, const QString &rowId,
                       const QVariantMap &before, qint64 outbox)
    {
        QVERIFY2(!v.ok(), "the resolution was taken");
        QVERIFY2(v.hasField(field), qPrintable(QStringLiteral("expected a message on %1, got: %2").arg(field, v.text())));
        QVERIFY(!v.text().isEmpty());
        QCOMPARE(row(entity, rowId), before);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), outbox);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_conflict WHERE status = 'open'")), 1);
    }

    QString enterClaim(const QString &personId, qint64 totalFen)
    {
        ChangeWriter clerk(f->r.db, f->r.clerk);
        ClaimService::NewClaim c;
        c.personId = personId;
        c.institutionId = f->countyHospitalId;
        c.kind = QStringLiteral("inpatient");
        c.admission = QDate(2024, 3, 1);
        c.discharge = QDate(2024, 3, 6);
        c.totalFen = totalFen;
        c.selfPaidFen = 50000;
        c.categoryBCopayFen = 30000;
        auto entered = ClaimService(clerk).enter(c);
        if (!entered)
            qWarning() << entered.errorText();
        return entered ? entered->value(QStringLiteral("id")).toString() : QString();
    }

private slots:
    void init()
    {
        f = std::make_unique<ClaimFixture>();
        f->setUp();
    }
    void cleanup() { f.reset(); }

    void personEditsAreCheckedLikeTheHouseholdCard_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("check digit") << "id_number" << QStringLiteral("bad check digit") << "id_number";
        QTest::newRow("id number of another member") << "id_number" << QString() << "id_number";
        QTest::newRow("empty name") << "name" << QString() << "name";
        QTest::newRow("a second head") << "relation" << QStringLiteral("self") << "relation";
        QTest::newRow("unknown relation") << "relation" << QStringLiteral("cousin") << "relation";
        QTest::newRow("phone") << "phone" << QStringLiteral("12345") << "phone";
        QTest::newRow("death in the future") << "status" << QStringLiteral("dead") << "death_date";
    }
    void personEditsAreCheckedLikeTheHouseholdCard()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, field);
        if (column == QLatin1String("id_number") && value.isEmpty())
            value = f->poorIdNumber;
        if (value == QLatin1String("bad check digit")) {
            value = row(QStringLiteral("person"), f->sonId).value(QStringLiteral("id_number")).toString();
            value[17] = value[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        }
        const QString conflict = stage(QStringLiteral("person"), f->sonId, {{QStringLiteral("phone"), QStringLiteral("13800000009")}});
        QVariantMap edit = {{column, value}};
        if (column == QLatin1String("status"))
            edit.insert(QStringLiteral("death_date"), QDate::currentDate().addDays(3).toString(Qt::ISODate));
        const QVariantMap before = row(QStringLiteral("person"), f->sonId);
        const qint64 outbox = count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        ChangeWriter reviewer(f->r.db, f->r.reviewer);
        verifyRefused(ConflictResolutionService(reviewer).keepEdited(conflict, edit), field, QStringLiteral("person"), f->sonId,
                      before, outbox);
    }

    void aPersonsNewIdNumberCarriesItsSexAndBirthDate()
    {
        const QString conflict = stage(QStringLiteral("person"), f->sonId, {{QStringLiteral("phone"), QStringLiteral("13800000009")}});
        const QString idNumber = testIdNumber(QStringLiteral("19860702"), 44);
        ChangeWriter reviewer(f->r.db, f->r.reviewer);
        const Validation v = ConflictResolutionService(reviewer).keepEdited(conflict, {{QStringLiteral("id_number"), idNumber},
                                                                                       {QStringLiteral("phone"), QStringLiteral("13800000009")}});
        QVERIFY2(v.ok(), qPrintable(v.text()));
        const QVariantMap after = row(QStringLiteral("person"), f->sonId);
        QCOMPARE(after.value(QStringLiteral("id_number")).toString(), idNumber);
        QCOMPARE(after.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1986-07-02"));
        QCOMPARE(after.value(QStringLiteral("sex")).toString(), IdNumber::parse(idNumber)->sexCode());
        QCOMPARE(after.value(QStringLiteral("phone")).toString(), QStringLiteral("13800000009"));
    }

    void householdEditsAreCheckedLikeTheHouseholdCard()
    {
        ChangeWriter clerk(f->r.db, f->r.clerk);
        QVERIFY(HouseholdService(clerk).createHousehold({f->r.villageId, QStringLiteral("P002"), {}, {}}).ok());
        const QString conflict = stage(QStringLiteral("household"), f->householdId, {{QStringLiteral("phone"), QStringLiteral("13800000009")}});
        const QVariantMap before = row(QStringLiteral("household"), f->householdId);
        const qint64 outbox = count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        ChangeWriter reviewer(f->r.db, f->r.reviewer);
        ConflictResolutionService service(reviewer);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("code"), QStringLiteral("P002")}}), QStringLiteral("code"),
                      QStringLiteral("household"), f->householdId, before, outbox);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("code"), QStringLiteral("P 3")}}), QStringLiteral("code"),
                      QStringLiteral("household"), f->householdId, before, outbox);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("address"), QString(101, QLatin1Char('x'))}}),
                      QStringLiteral("address"), QStringLiteral("household"), f->householdId, before, outbox);
        // The local version with a bad phone is refused too, not only an edited one.
        const QString bad = stage(QStringLiteral("household"), f->householdId, {{QStringLiteral("phone"), QStringLiteral("1380")}});
        QSqlQuery q(f->r.db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_conflict WHERE id = '%1'").arg(conflict)));
        verifyRefused(service.keepLocal(bad), QStringLiteral("phone"), QStringLiteral("household"), f->householdId, before, outbox);
        const QString good = stage(QStringLiteral("household"), f->householdId, {{QStringLiteral("phone"), QStringLiteral("13800000009")}});
        QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_conflict WHERE id = '%1'").arg(bad)));
        const Validation v = service.keepLocal(good);
        QVERIFY2(v.ok(), qPrintable(v.text()));
        QCOMPARE(row(QStringLiteral("household"), f->householdId).value(QStringLiteral("phone")).toString(), QStringLiteral("13800000009"));
    }

    void enrollmentAmountsAreThePolicysAndAgreeWithTheReceipt()
    {
        QSqlQuery q(f->r.db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, personal_fen FROM enrollment WHERE person_id = '%1'").arg(f->sonId)) && q.next());
        const QString enrollment = q.value(0).toString();
        const qint64 personal = q.value(1).toLongLong();
        q.finish();
        const QVariantMap before = row(QStringLiteral("enrollment"), enrollment);
        const qint64 outbox = count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        ChangeWriter reviewer(f->r.db, f->r.reviewer);
        ConflictResolutionService service(reviewer);
        // This workstation's version with an amount the policy does not give.
        const QString conflict = stage(QStringLiteral("enrollment"), enrollment, {{QStringLiteral("personal_fen"), personal + 100}});
        verifyRefused(service.keepLocal(conflict), QStringLiteral("personal_fen"), QStringLiteral("enrollment"), enrollment, before, outbox);
        // Another tier changes the amount the receipt lists.
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("tier"), 2}}), QStringLiteral("personal_fen"),
                      QStringLiteral("enrollment"), enrollment, before, outbox);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("tier"), 7}}), QStringLiteral("tier"), QStringLiteral("enrollment"),
                      enrollment, before, outbox);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("person_id"), f->poorId}}), QStringLiteral("person_id"),
                      QStringLiteral("enrollment"), enrollment, before, outbox);
    }

    void filingEditsPassTheFilingChecksAndTheWorkflow()
    {
        ChangeWriter clerk(f->r.db, f->r.clerk);
        auto filed = FilingService(clerk).file({f->poorId, QStringLiteral("M102"), {}, QDate(2024, 2, 1),
                                                QStringLiteral("outpatient_record_with_test"), QStringLiteral("空腹血糖 8.1")});
        QVERIFY2(filed.ok(), qPrintable(filed.errorText()));
        const QString filing = filed->value(QStringLiteral("id")).toString();
        const QString conflict = stage(QStringLiteral("filing"), filing, {{QStringLiteral("note"), QStringLiteral("复查")}});
        const QVariantMap before = row(QStringLiteral("filing"), filing);
        const qint64 outbox = count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        ChangeWriter reviewer(f->r.db, f->r.reviewer);
        ConflictResolutionService service(reviewer);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("diagnosis_date"), QDate::currentDate().addDays(2).toString(Qt::ISODate)}}),
                      QStringLiteral("diagnosis_date"), QStringLiteral("filing"), filing, before, outbox);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("disease_code"), QStringLiteral("X999")}}), QStringLiteral("disease_code"),
                      QStringLiteral("filing"), filing, before, outbox);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("status"), QStringLiteral("certified")},
                                                    {QStringLiteral("valid_from"), QStringLiteral("2024-03-01")}}),
                      QStringLiteral("status"), QStringLiteral("filing"), filing, before, outbox);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("status"), QStringLiteral("returned")}}), QStringLiteral("reason"),
                      QStringLiteral("filing"), filing, before, outbox);
        const Validation v = service.keepEdited(conflict, {{QStringLiteral("note"), QStringLiteral("  复查 7.9  ")}});
        QVERIFY2(v.ok(), qPrintable(v.text()));
        QCOMPARE(row(QStringLiteral("filing"), filing).value(QStringLiteral("note")).toString(), QStringLiteral("复查 7.9"));
    }

    void claimEditsPassTheEngineAndASettledClaimKeepsItsSettlement()
    {
        const QString claim = enterClaim(f->sonId, 500000);
        QVERIFY(!claim.isEmpty());
        ChangeWriter reviewer(f->r.db, f->r.reviewer);
        ConflictResolutionService service(reviewer);
        QString conflict = stage(QStringLiteral("claim"), claim, {{QStringLiteral("total_fen"), 510000}});
        QVariantMap before = row(QStringLiteral("claim"), claim);
        qint64 outbox = count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        // Self-paid above the total: the engine refuses it as on the claim form.
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("total_fen"), 60000}}), QStringLiteral("self_paid_fen"),
                      QStringLiteral("claim"), claim, before, outbox);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("discharge"), QStringLiteral("2024-02-20")}}), QStringLiteral("discharge"),
                      QStringLiteral("claim"), claim, before, outbox);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("status"), QStringLiteral("settled")}}), QStringLiteral("status"),
                      QStringLiteral("claim"), claim, before, outbox);
        Validation v = service.keepLocal(conflict);
        QVERIFY2(v.ok(), qPrintable(v.text()));
        QCOMPARE(row(QStringLiteral("claim"), claim).value(QStringLiteral("total_fen")).toLongLong(), 510000);

        // Settled: the bill no longer changes here, and the claim stays settled.
        auto settled = ClaimService(reviewer).approve(claim);
        QVERIFY2(settled.ok(), qPrintable(settled.errorText()));
        conflict = stage(QStringLiteral("claim"), claim, {{QStringLiteral("total_fen"), 520000}});
        QSqlQuery q(f->r.db);
        QVERIFY(q.exec(QStringLiteral("UPDATE sync_conflict SET status = 'resolved' WHERE id <> '%1'").arg(conflict)));
        before = row(QStringLiteral("claim"), claim);
        outbox = count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        verifyRefused(service.keepLocal(conflict), QStringLiteral("claim"), QStringLiteral("claim"), claim, before, outbox);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("status"), QStringLiteral("entered")}}), QStringLiteral("status"),
                      QStringLiteral("claim"), claim, before, outbox);
    }

    void aSettlementIsRecomputedWithItsPolicy()
    {
        const QString claim = enterClaim(f->poorId, 800000);
        ChangeWriter reviewer(f->r.db, f->r.reviewer);
        auto settled = ClaimService(reviewer).approve(claim);
        QVERIFY2(settled.ok(), qPrintable(settled.errorText()));
        const QString settlement = settled->value(QStringLiteral("id")).toString();
        const qint64 basic = settled->value(QStringLiteral("basic_fen")).toLongLong();
        const QVariantMap before = row(QStringLiteral("settlement"), settlement);
        const qint64 outbox = count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        ConflictResolutionService service(reviewer);
        const QString conflict = stage(QStringLiteral("settlement"), settlement, {{QStringLiteral("basic_fen"), basic + 100}});
        verifyRefused(service.keepLocal(conflict), QStringLiteral("basic_fen"), QStringLiteral("settlement"), settlement, before, outbox);
        verifyRefused(service.keepEdited(conflict, {{QStringLiteral("basic_fen"), basic + 5}}), QStringLiteral("basic_fen"),
                      QStringLiteral("settlement"), settlement, before, outbox);
        // The county lacks the row: sent again as it stands, recomputed with
        // the totals before it (its own claim is not counted twice).
        QSqlQuery q(f->r.db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_conflict")));
        const QString missing = stage(QStringLiteral("settlement"), settlement, {}, false);
        const Validation v = service.keepLocal(missing);
        QVERIFY2(v.ok(), qPrintable(v.text()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), outbox + 1);
    }

    void aKindWithoutItsChecksKeepsOnlyTheCountysVersion()
    {
        QSqlQuery q(f->r.db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM receipt LIMIT 1")) && q.next());
        const QString receipt = q.value(0).toString();
        q.finish();
        const QString conflict = stage(QStringLiteral("receipt"), receipt, {{QStringLiteral("status"), QStringLiteral("void_requested")},
                                                                            {QStringLiteral("change_reason"), QStringLiteral("重复")}});
        const QVariantMap before = row(QStringLiteral("receipt"), receipt);
        const qint64 outbox = count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        ChangeWriter reviewer(f->r.db, f->r.reviewer);
        ConflictResolutionService service(reviewer);
        verifyRefused(service.keepLocal(conflict), QStringLiteral("conflict"), QStringLiteral("receipt"), receipt, before, outbox);
        QVERIFY(service.keepServer(conflict).ok());
    }

    void theCompareViewShowsWordsAndKeepsTheStoredValue()
    {
        const QString conflict = stage(QStringLiteral("person"), f->sonId, {{QStringLiteral("relation"), QStringLiteral("spouse")},
                                                                           {QStringLiteral("poverty"), 1}});
        SyncConflictFieldsModel fields(f->r.db);
        QAbstractItemModelTester tester(&fields, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fields.setConflict(ConflictResolutionService::load(f->r.db, conflict));
        QCOMPARE(fields.differingCount(), 2);
        const int relation = fields.rowOf(QStringLiteral("relation"));
        QVERIFY(relation >= 0);
        QCOMPARE(fields.index(relation, SyncConflictFieldsModel::LocalColumn).data().toString(),
                 HouseholdMembersModel::relationLabel(QStringLiteral("spouse")));
        QCOMPARE(fields.index(relation, SyncConflictFieldsModel::ServerColumn).data().toString(),
                 HouseholdMembersModel::relationLabel(QStringLiteral("son")));
        QVERIFY(fields.index(relation, SyncConflictFieldsModel::LocalColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("spouse")));
        QVERIFY(fields.index(relation, SyncConflictFieldsModel::FieldColumn).data().toString() != QStringLiteral("relation"));
        const int birth = fields.rowOf(QStringLiteral("birth_date"));
        QCOMPARE(fields.index(birth, SyncConflictFieldsModel::ServerColumn).data().toString(), DisplayFormat::date(QDate(1985, 6, 1)));
        const int household = fields.rowOf(QStringLiteral("household_id"));
        QCOMPARE(fields.index(household, SyncConflictFieldsModel::ServerColumn).data().toString(), QStringLiteral("P001"));
        // Picked from the list as a word, kept as the code the service takes.
        QVERIFY(fields.setData(fields.index(relation, SyncConflictFieldsModel::StandsColumn), QStringLiteral("spouse")));
        QCOMPARE(fields.standingValues().value(QStringLiteral("relation")).toString(), QStringLiteral("spouse"));
        QVERIFY(!fields.setData(fields.index(relation, SyncConflictFieldsModel::StandsColumn), QStringLiteral("cousin")));
        // Derived and who-and-when fields are not typed.
        QVERIFY(!(fields.flags(fields.index(birth, SyncConflictFieldsModel::StandsColumn)) & Qt::ItemIsEditable));
        QVERIFY(!(fields.flags(fields.index(household, SyncConflictFieldsModel::StandsColumn)) & Qt::ItemIsEditable));

        // Money in yuan, typed in yuan.
        QSqlQuery q(f->r.db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, personal_fen FROM enrollment WHERE person_id = '%1'").arg(f->sonId)) && q.next());
        const QString enrollment = q.value(0).toString();
        const qint64 personal = q.value(1).toLongLong();
        q.finish();
        const QString money = stage(QStringLiteral("enrollment"), enrollment, {{QStringLiteral("personal_fen"), personal + 1050}});
        fields.setConflict(ConflictResolutionService::load(f->r.db, money));
        const int amount = fields.rowOf(QStringLiteral("personal_fen"));
        QCOMPARE(fields.index(amount, SyncConflictFieldsModel::LocalColumn).data().toString(), Money(personal + 1050).toDisplayString());
        QCOMPARE(fields.index(amount, SyncConflictFieldsModel::StandsColumn).data(Qt::EditRole).toString(), Money(personal).toYuanString());
        QVERIFY(fields.setData(fields.index(amount, SyncConflictFieldsModel::StandsColumn), QStringLiteral("12.30")));
        QCOMPARE(fields.standingValues().value(QStringLiteral("personal_fen")).toString(), QStringLiteral("1230"));
        QVERIFY(!fields.setData(fields.index(amount, SyncConflictFieldsModel::StandsColumn), QStringLiteral("12.345")));

        // The list names the enrollment by its person and year, not by its id.
        SyncConflictModel list(f->r.db);
        list.reload();
        const int line = list.rowOf(money);
        QVERIFY(list.index(line, SyncConflictModel::RecordColumn).data().toString().contains(QStringLiteral("赵子明")));
    }
};

QTEST_GUILESS_MAIN(TestConflictChecks)
#include "tst_conflictchecks.moc"
