// Two workstations of one township issue receipts, settlement slips and
// relief batches offline, then both sync: each numbers with its own
// workstation number (issued by the county with the credential), so the
// county's UNIQUE (township_id, serial) and (township_id, slip_no) refuse
// neither, and all three converge. jingban-county and jingban-cli sync as
// processes, once on SQLite and once on a throwaway PostgreSQL cluster.

#include "countyprocess.h"
#include "pgsuite.h"
#include "syncfixture.h"

#include "services/claimservice.h"
#include "services/enrollmentservice.h"
#include "services/reliefpaymentservice.h"
#include "relief/relieflist.h"

#include <QDateTime>
#include <QFile>

class TestSyncNumbers : public QObject
{
    Q_OBJECT
public:
    // backend: "sqlite" or a postgresql:// spec; empty when the cluster could
    // not be had: skipped when PostgreSQL is not installed, failed otherwise.
    TestSyncNumbers(QString backend, QString why = {}, bool absent = false)
        : m_backend(std::move(backend)), m_why(std::move(why)), m_absent(absent)
    {
    }

private:
    QString m_backend;
    QString m_why;
    bool m_absent = false;
    QTemporaryDir m_dir;
    QString m_db;
    CountyProcess m_server;

    QString credential(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".credential")); }
    static QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    static QString scalarText(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    struct Issued
    {
        QString receipt;
        QString slip;
        QString batch;
    };
    // Offline at workstation w: a household with a registered poverty
    // person, enrolled and paid for 2024 (a receipt), an inpatient claim
    // entered by the clerk and settled by the reviewer (a slip), and its
    // medical assistance requested for payment (a relief batch).
    static Issued work(Workstation &w, const QString &village, const QString &code, const QString &idNumber)
    {
        Issued issued;
        ChangeWriter clerk(w.db, w.user(QStringLiteral("clerk1")));
        ChangeWriter reviewer(w.db, w.user(QStringLiteral("reviewer1")));
        HouseholdService households(clerk);
        const auto h = households.createHousehold({village, code, QStringLiteral("东村 3 号"), {}});
        if (!h) {
            qWarning("household: %s", qPrintable(h.errorText()));
            return issued;
        }
        const QString household = h->value(QStringLiteral("id")).toString();
        HouseholdService::NewPerson head{household, idNumber, QStringLiteral("钱贫"), QStringLiteral("self")};
        head.poverty = true;
        const auto added = households.addPerson(head);
        if (!added) {
            qWarning("person: %s", qPrintable(added.errorText()));
            return issued;
        }
        const QString person = added->value(QStringLiteral("id")).toString();
        const auto paid = EnrollmentService(clerk).enrollAndPay(household, {person}, 2024, 1, QStringLiteral("cash"));
        if (!paid) {
            qWarning("enroll: %s", qPrintable(paid.errorText()));
            return issued;
        }
        issued.receipt = paid->value(QStringLiteral("serial")).toString();
        ClaimService::NewClaim c;
        c.personId = person;
        c.kind = QStringLiteral("inpatient");
        c.level = QStringLiteral("county");
        c.location = QStringLiteral("in_county");
        c.admission = QDate(2024, 5, 2);
        c.discharge = QDate(2024, 5, 9);
        c.totalFen = 1'250'000;
        c.selfPaidFen = 50'000;
        c.categoryBCopayFen = 20'000;
        const auto claim = ClaimService(clerk).enter(c);
        if (!claim) {
            qWarning("claim: %s", qPrintable(claim.errorText()));
            return issued;
        }
        const QString claimId = claim->value(QStringLiteral("id")).toString();
        const auto settled = ClaimService(reviewer).approve(claimId);
        if (!settled) {
            qWarning("settle: %s", qPrintable(settled.errorText()));
            return issued;
        }
        issued.slip = settled->value(QStringLiteral("slip_no")).toString();
        ReliefList::Query unpaid;
        unpaid.townshipId = w.user(QStringLiteral("clerk1")).townshipId;
        unpaid.schemeYear = 2024;
        unpaid.from = QDate(2024, 1, 1);
        unpaid.to = QDateTime::currentDateTimeUtc().date();
        const auto batch = ReliefPaymentService(clerk).request(unpaid);
        if (!batch) {
            qWarning("relief batch: %s", qPrintable(batch.errorText()));
            return issued;
        }
        issued.batch = batch->value(QStringLiteral("serial")).toString();
        return issued;
    }

private slots:
    void initTestCase()
    {
        if (m_backend.isEmpty() && m_absent)
            QSKIP(qPrintable(QStringLiteral("PostgreSQL: ") + m_why));
        QVERIFY2(!m_backend.isEmpty(), qPrintable(QStringLiteral("PostgreSQL: ") + m_why));
        m_db = m_backend == QLatin1String("sqlite") ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("county.db")) : m_backend;
        QVERIFY(provisionTwoTownships(m_db, m_dir));   // a.credential: township 1, c.credential: township 2
        QVERIFY(countyCommand(m_db, {QStringLiteral("provision"), QStringLiteral("user"), QStringLiteral("--login"), QStringLiteral("reviewer1"),
                                     QStringLiteral("--name"), QStringLiteral("审核"), QStringLiteral("--role"), QStringLiteral("reviewer"),
                                     QStringLiteral("--township"), QStringLiteral("360100101"), QStringLiteral("--password"),
                                     QStringLiteral("secret-reviewer1")}));
        QVERIFY(countyCommand(m_db, {QStringLiteral("provision"), QStringLiteral("policy"), QStringLiteral("--file"),
                                     QStringLiteral(JINGBAN_SOURCE_DIR "/resources/policies/demo-county-2024.json")}));
        QVERIFY(countyCommand(m_db, {QStringLiteral("provision"), QStringLiteral("credential"), QStringLiteral("--township"),
                                     QStringLiteral("360100101"), QStringLiteral("--out"), credential(QStringLiteral("b"))}));
        QString why;
        QVERIFY2(m_server.start(m_db, {}, &why), qPrintable(why));
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void twoWorkstationsOfOneTownshipNumberApart()
    {
        Workstation a, b;
        QString out;
        QVERIFY2(syncOnce(a.path, m_server.url, credential(QStringLiteral("a")), &out) == 0, qPrintable(out));
        QVERIFY2(syncOnce(b.path, m_server.url, credential(QStringLiteral("b")), &out) == 0, qPrintable(out));
        const QString village = scalarText(a.db, QStringLiteral("SELECT id FROM village WHERE code = '360100101001'"));
        QVERIFY(!village.isEmpty());

        // Both offline: the first receipt and slip of the year at each.
        const Issued atA = work(a, village, QStringLiteral("A1"), testIdNumber(QStringLiteral("19700101"), 11));
        const Issued atB = work(b, village, QStringLiteral("B1"), testIdNumber(QStringLiteral("19710101"), 13));
        QVERIFY(!atA.batch.isEmpty() && !atB.batch.isEmpty());

        // Both push: nothing is refused, and all three hold the same rows.
        QVERIFY2(syncOnce(a.path, m_server.url, credential(QStringLiteral("a")), &out) == 0, qPrintable(out));
        QVERIFY2(syncOnce(b.path, m_server.url, credential(QStringLiteral("b")), &out) == 0, qPrintable(out));
        QVERIFY2(syncOnce(a.path, m_server.url, credential(QStringLiteral("a")), &out) == 0, qPrintable(out));
        QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE result = 'rejected'")), 0);
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE result = 'rejected'")), 0);
        for (const Workstation *w : {&a, &b}) {
            QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM receipt")), 2);
            QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM settlement")), 2);
            QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM relief_batch")), 2);
        }
        QCOMPARE(SyncClient(a.db).digest(), SyncClient(b.db).digest());

        // They were apart because the county numbers a township's
        // workstations 1, 2, … in the order it issues their credentials
        // (every township starts at 1)
        QCOMPARE(readJson(credential(QStringLiteral("a"))).value(QStringLiteral("workstation_number")).toInt(), 1);
        QCOMPARE(readJson(credential(QStringLiteral("b"))).value(QStringLiteral("workstation_number")).toInt(), 2);
        QCOMPARE(readJson(credential(QStringLiteral("c"))).value(QStringLiteral("workstation_number")).toInt(), 1);

        // and each workstation's numbers carry its own.
        QCOMPARE(atA.receipt, QStringLiteral("2024-01-0000001"));
        QCOMPARE(atB.receipt, QStringLiteral("2024-02-0000001"));
        QCOMPARE(atA.slip, QStringLiteral("2024-01-000001"));
        QCOMPARE(atB.slip, QStringLiteral("2024-02-000001"));
        QCOMPARE(atA.batch, QStringLiteral("JZ2024-01-0001"));
        QCOMPARE(atB.batch, QStringLiteral("JZ2024-02-0001"));

        // Each goes on in its own series after seeing the other's numbers.
        const Issued again = work(a, village, QStringLiteral("A2"), testIdNumber(QStringLiteral("19720101"), 15));
        QCOMPARE(again.receipt, QStringLiteral("2024-01-0000002"));
        QCOMPARE(again.slip, QStringLiteral("2024-01-000002"));
        QCOMPARE(again.batch, QStringLiteral("JZ2024-01-0002"));
        QVERIFY2(syncOnce(a.path, m_server.url, credential(QStringLiteral("a")), &out) == 0, qPrintable(out));
        QVERIFY2(syncOnce(b.path, m_server.url, credential(QStringLiteral("b")), &out) == 0, qPrintable(out));
        QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM receipt")), 3);
        QCOMPARE(SyncClient(a.db).digest(), SyncClient(b.db).digest());
    }
};

// The same suite on SQLite, then on a throwaway PostgreSQL cluster.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    return runOnSqliteThenPostgres<TestSyncNumbers>(argc, argv, QStringLiteral("jingban_numbers"));
}
#include "tst_syncnumbers.moc"
