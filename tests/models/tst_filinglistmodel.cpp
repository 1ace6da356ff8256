#include "itemmodels/filinglistmodel.h"
#include "services/enrollmentservice.h"
#include "services/filingservice.h"
#include "services/policyservice.h"
#include "testreplica.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The filing list counts and pages from the filing table alone unless a
// village is chosen, and reads person and household for the shown rows only.
// Here its rows and counts are compared, for every combination of filters,
// with the list as it was first written: every match joined to its person
// and household before the LIMIT and the COUNT. Two townships, four
// villages, filings in every state and one deleted.
class TestFilingListModel : public QObject
{
    Q_OBJECT
private:
    SessionUser certifier{QStringLiteral("certifier-1"), QStringLiteral("certifier"), QStringLiteral("县认定员"),
                          Role::CountyCertifier, {}};
    QStringList townships;
    QStringList villages;
    QStringList diseases{QStringLiteral("M101"), QStringLiteral("M102"), QStringLiteral("M103")};

    // The first version of the list's SQL, kept here as the reference.
    static QStringList referenceIds(const QSqlDatabase &db, const FilingListModel::Filter &f, qint64 *count)
    {
        QString w = QStringLiteral("f.deleted = 0");
        QVariantList values;
        if (!f.statuses.isEmpty()) {
            w += QStringLiteral(" AND f.status IN (%1)").arg(QStringList(f.statuses.size(), QStringLiteral("?")).join(QLatin1Char(',')));
            for (const QString &s : f.statuses)
                values << s;
        }
        if (!f.townshipId.isEmpty())
            w += QStringLiteral(" AND f.township_id = ?"), values << f.townshipId;
        if (!f.villageId.isEmpty())
            w += QStringLiteral(" AND h.village_id = ?"), values << f.villageId;
        if (!f.diseaseCode.isEmpty())
            w += QStringLiteral(" AND f.disease_code = ?"), values << f.diseaseCode;
        if (f.validToBy.isValid())
            w += QStringLiteral(" AND f.valid_to IS NOT NULL AND f.valid_to <= ?"), values << f.validToBy.toString(Qt::ISODate);
        const QString from = QStringLiteral(" FROM filing f JOIN person p ON p.id = f.person_id "
                                            "JOIN household h ON h.id = p.household_id WHERE ");
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT f.id") + from + w + QStringLiteral(" ORDER BY f.rowid"));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("reference list: %s", qPrintable(q.lastError().text()));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        q.prepare(QStringLiteral("SELECT COUNT(*)") + from + w);
        for (const QVariant &v : values)
            q.addBindValue(v);
        *count = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        return ids;
    }

    // Two townships of two villages, in each village two households of four
    // enrolled persons, each with one filing carried to a state by the
    // services (the state from the filing's number), one filing deleted.
    void setUp(TestReplica &r)
    {
        townships.clear();
        villages.clear();
        r.setUpTownship();
        ChangeWriter county(r.db, r.countyAdmin);
        QFile policy(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        QVERIFY(PolicyService(county).publish(policy.readAll()).ok());
        GeographyService geo(county);
        auto second = geo.createTownship(QStringLiteral("360100"), QStringLiteral("360100102"), QStringLiteral("北镇"));
        QVERIFY2(second.ok(), qPrintable(second.errorText()));
        townships = {r.townshipId, second->value(QStringLiteral("id")).toString()};
        QSqlQuery q(r.db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM village ORDER BY code")));
        while (q.next())
            villages << q.value(0).toString();
        for (const char *code : {"360100102001", "360100102002"}) {
            auto v = geo.createVillage(townships.at(1), QLatin1String(code), QStringLiteral("北村%1").arg(QLatin1String(code).right(1)));
            QVERIFY2(v.ok(), qPrintable(v.errorText()));
            villages << v->value(QStringLiteral("id")).toString();
        }
        QCOMPARE(villages.size(), 4);
        UserService users(county);
        for (const char *login : {"clerk2", "reviewer2"}) {
            const bool clerk = QLatin1String(login) == QLatin1String("clerk2");
            auto u = users.createUser({QLatin1String(login), QStringLiteral("二号"), clerk ? Role::Clerk : Role::Reviewer,
                                       townships.at(1), QStringLiteral("secret-") + QLatin1String(login)});
            QVERIFY2(u.ok(), qPrintable(u.errorText()));
        }
        const SessionUser clerks[] = {r.clerk, *UserService::byLogin(r.db, QStringLiteral("clerk2"))};
        const SessionUser reviewers[] = {r.reviewer, *UserService::byLogin(r.db, QStringLiteral("reviewer2"))};

        int n = 0;
        QStringList certified;
        for (int v = 0; v < villages.size(); ++v) {
            const int t = v / 2;
            ChangeWriter clerk(r.db, clerks[t]), reviewer(r.db, reviewers[t]), decider(r.db, certifier);
            HouseholdService households(clerk);
            for (int h = 0; h < 2; ++h) {
                auto household = households.createHousehold({villages.at(v), QStringLiteral("F%1%2").arg(v).arg(h), {}, {}});
                QVERIFY2(household.ok(), qPrintable(household.errorText()));
                const QString householdId = household->value(QStringLiteral("id")).toString();
                QStringList persons;
                const QStringList relations{QStringLiteral("self"), QStringLiteral("spouse"), QStringLiteral("son"),
                                            QStringLiteral("daughter")};
                for (int m = 0; m < 4; ++m, ++n) {
                    auto p = households.addPerson({householdId, testIdNumber(QStringLiteral("19600101"), 100 + n),
                                                   QStringLiteral("甲%1").arg(n), relations.at(m)});
                    QVERIFY2(p.ok(), qPrintable(p.errorText()));
                    persons << p->value(QStringLiteral("id")).toString();
                }
                QVERIFY(EnrollmentService(clerk).enrollAndPay(householdId, persons, 2024, 1, QStringLiteral("cash")).ok());
                for (int m = 0; m < 4; ++m) {
                    const int k = n - 4 + m;
                    auto filed = FilingService(clerk).file({persons.at(m), diseases.at(k % diseases.size()), {},
                                                            QDate(2024, 2, 1), QStringLiteral("inpatient_record"), {}});
                    QVERIFY2(filed.ok(), qPrintable(filed.errorText()));
                    const QString id = filed->value(QStringLiteral("id")).toString();
                    const int state = k % 9;   // 0 reported, 1 returned, 2 reviewed, 3 submitted, 4 rejected,
                                               // 5 certified, 6 revoked, 7 expired, 8 deleted
                    if (state == 1)
                        QVERIFY(FilingService(reviewer).review(id, false, QStringLiteral("缺检验报告")).ok());
                    if (state >= 2 && state <= 7)
                        QVERIFY(FilingService(reviewer).review(id, true).ok());
                    if (state >= 3 && state <= 7)
                        QVERIFY(FilingService(reviewer).submit({id}).ok());
                    if (state == 4)
                        QVERIFY(FilingService(decider).reject({id}, QStringLiteral("证据不足")).ok());
                    if (state >= 5 && state <= 7)
                        QVERIFY(FilingService(decider).certify({id}, QDate(2024, 3, 1),
                                                               state == 7 ? QDate(2024, 6, 30) : QDate(2025, 2, 28)).ok());
                    if (state == 6)
                        QVERIFY(FilingService(decider).revoke(id, QStringLiteral("复查不符")).ok());
                    if (state == 8) {
                        ChangeWriter admin(r.db, r.countyAdmin);
                        QVERIFY(admin.transact([&]() -> Validation {
                                         auto t = admin.tombstone(QStringLiteral("filing"), id);
                                         return t ? Validation() : t.errors();
                                     }).ok());
                    }
                }
            }
        }
        ChangeWriter decider(r.db, certifier);
        auto expired = FilingService(decider).expireDue(QDate(2024, 7, 1));
        QVERIFY2(expired.ok(), qPrintable(expired.errorText()));
        QVERIFY(expired.value() > 0);
    }

private slots:
    void pagesAndCountsAsTheJoinedListDid()
    {
        TestReplica r;
        setUp(r);
        if (QTest::currentTestFailed())
            return;
        // The fixture has every state, and a deleted filing the list must skip.
        QSqlQuery q(r.db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT status), SUM(deleted) FROM filing")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 8);
        QVERIFY(q.value(1).toInt() >= 1);

        const QList<QStringList> statusSets{{},
                                            {QStringLiteral("reported")},
                                            {QStringLiteral("returned")},
                                            {QStringLiteral("submitted")},
                                            {QStringLiteral("certified")},
                                            {QStringLiteral("expired"), QStringLiteral("revoked"), QStringLiteral("rejected")},
                                            {QStringLiteral("reported"), QStringLiteral("reviewed")}};
        int cases = 0, nonEmpty = 0;
        for (const QStringList &statuses : statusSets)
            for (const QString &township : QStringList{QString(), townships.at(0), townships.at(1)})
                for (const QString &village : QStringList{QString(), villages.at(0), villages.at(3)})
                    for (const QString &disease : QStringList{QString(), diseases.at(1)})
                        for (const QDate &validToBy : {QDate(), QDate(2024, 12, 31)}) {
                            FilingListModel::Filter f{statuses, township, village, disease, validToBy};
                            qint64 expectedCount = 0;
                            const QStringList expected = referenceIds(r.db, f, &expectedCount);
                            FilingListModel model(r.db);
                            model.setViewer(certifier);
                            model.setPageSize(3);
                            model.setFilter(f);
                            while (model.canFetchMore({}))
                                model.fetchMore({});
                            QStringList ids;
                            for (int row = 0; row < model.rowCount(); ++row)
                                ids << model.filingId(row);
                            const QString what = QStringLiteral("statuses %1, township %2, village %3, disease %4, valid to by %5")
                                                     .arg(statuses.join(QLatin1Char('+')), township, village, disease,
                                                          validToBy.toString(Qt::ISODate));
                            QVERIFY2(ids == expected, qPrintable(what));
                            QVERIFY2(model.totalCount() == expectedCount, qPrintable(what));
                            ++cases;
                            nonEmpty += expected.isEmpty() ? 0 : 1;
                        }
        QCOMPARE(cases, 7 * 3 * 3 * 2 * 2);
        QVERIFY(nonEmpty > cases / 4);   // the comparison is not of empty lists
    }

    void showsThePersonAndVillageOfEachRow()
    {
        TestReplica r;
        setUp(r);
        if (QTest::currentTestFailed())
            return;
        FilingListModel model(r.db);
        model.setViewer(certifier);
        model.setPageSize(4);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({{QStringLiteral("submitted")}, {}, {}, {}, {}});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.rowCount() > 0);
        QSqlQuery q(r.db);
        q.prepare(QStringLiteral("SELECT p.name, v.name FROM filing f JOIN person p ON p.id = f.person_id "
                                 "JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id WHERE f.id = ?"));
        for (int row = 0; row < model.rowCount(); ++row) {
            q.addBindValue(model.filingId(row));
            QVERIFY(q.exec() && q.next());
            QCOMPARE(model.index(row, FilingListModel::PersonColumn).data().toString(), q.value(0).toString());
            QCOMPARE(model.index(row, FilingListModel::VillageColumn).data().toString(), q.value(1).toString());
            QCOMPARE(model.index(row, FilingListModel::StatusColumn).data().toString(),
                     FilingListModel::statusLabel(QStringLiteral("submitted")));
        }
    }
};

QTEST_GUILESS_MAIN(TestFilingListModel)
#include "tst_filinglistmodel.moc"
