// The demo county: deterministic, valid, and true to every invariant.
#include "demo/democountygenerator.h"
#include "engine/policyparser.h"
#include "engine/settlementengine.h"
#include "services/policyservice.h"
#include "services/settlementinputs.h"
#include "domain/idnumber.h"
#include "services/auditchain.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// SHA-256 over every row of every table, in key order.
QByteArray contentChecksum(const QSqlDatabase &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        h.addData(table.toUtf8());
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)))
            return QByteArray("unreadable ") + table.toUtf8();
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                h.addData(q.value(i).toString().toUtf8());
                h.addData(q.value(i).isNull() ? QByteArrayView("\x1e") : QByteArrayView("\x1f"));
            }
        }
    }
    return h.result().toHex();
}

QByteArray fileChecksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestDemoCounty : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;
    QByteArray m_fileChecksum;   // of a.db as the generator left it

    QString make(const QString &name, quint64 seed)
    {
        const QString path = m_dir.filePath(name);
        DemoCountyGenerator g({DemoCountyGenerator::Scale::Small, seed});
        const auto r = g.generate(path);
        if (!r)
            qWarning() << r.errorText();
        return r ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = make(QStringLiteral("a.db"), 1);
        QVERIFY(!m_path.isEmpty());
        m_fileChecksum = fileChecksum(m_path);
        QVERIFY(!m_fileChecksum.isEmpty());
        auto opened = Database::open(m_path, QStringLiteral("demo-a"));
        QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
        m_db = opened.value();
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        Database::close(QStringLiteral("demo-a"));
    }

    void sameSeedGivesSameContent()
    {
        const QString again = make(QStringLiteral("b.db"), 1);
        const QString other = make(QStringLiteral("c.db"), 2);
        QVERIFY(!again.isEmpty() && !other.isEmpty());
        // The same file, byte for byte.
        QCOMPARE(fileChecksum(again), m_fileChecksum);
        QByteArray b, c;
        {
            auto db = Database::open(again, QStringLiteral("demo-b"));
            QVERIFY(db.ok());
            b = contentChecksum(db.value());
            auto dc = Database::open(other, QStringLiteral("demo-c"));
            QVERIFY(dc.ok());
            c = contentChecksum(dc.value());
        }
        Database::close(QStringLiteral("demo-b"));
        Database::close(QStringLiteral("demo-c"));
        const QByteArray a = contentChecksum(m_db);
        QCOMPARE(b, a);
        QVERIFY(c != a);
    }

    // The generator builds the secondary indexes after the rows; the file
    // must end with exactly the schema the migrations make.
    void schemaIsTheMigrationsSchema()
    {
        auto schema = [](QSqlDatabase db) {
            QStringList items;
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master"));
            while (q.next())
                items << QStringLiteral("%1 %2 %3 %4").arg(q.value(0).toString(), q.value(1).toString(),
                                                           q.value(2).toString(), q.value(3).toString());
            items.sort();
            return items;
        };
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.db"));
        QStringList expected;
        {
            auto db = Database::open(fresh, QStringLiteral("demo-fresh"));
            QVERIFY2(db.ok(), qPrintable(db.errorText()));
            expected = schema(db.value());
        }
        Database::close(QStringLiteral("demo-fresh"));
        const QStringList actual = schema(m_db);
        QVERIFY(expected.filter(QStringLiteral("index ")).size() > 20);
        QCOMPARE(actual, expected);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")), 0);
    }

    void refusesNonEmptyFile()
    {
        DemoCountyGenerator g({DemoCountyGenerator::Scale::Small, 1});
        const auto r = g.generate(m_path);
        QVERIFY(!r.ok());
        QVERIFY(r.errorText().contains(QStringLiteral("not empty")));
    }

    void smallScaleHasItsSize()
    {
        const qint64 persons = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM person"));
        QVERIFY2(persons > 2500 && persons < 3500, qPrintable(QString::number(persons)));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM township")), 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM village")), 10);
        const qint64 households = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM household"));
        QVERIFY(double(persons) / double(households) > 3.0 && double(persons) / double(households) < 4.0);
        QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM claim")) > persons);
        QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM filing")) > 30);
        // Every level and location of institution, and of claims.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(DISTINCT level) FROM institution")), 5);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(DISTINCT location) FROM institution")), 4);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(DISTINCT kind) FROM claim")), 3);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(DISTINCT level) FROM claim")), 5);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(DISTINCT location) FROM claim")), 4);
        QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(DISTINCT status) FROM filing")) >= 5);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(DISTINCT scheme_year) FROM enrollment")), 3);
    }

    void everyIdNumberIsValidAndUnique()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT id_number, sex, birth_date FROM person")));
        QSet<QString> seen;
        int n = 0;
        while (q.next()) {
            const QString text = q.value(0).toString();
            const auto id = IdNumber::parse(text);
            QVERIFY2(id.ok(), qPrintable(text + QLatin1Char(' ') + id.errorText()));
            QCOMPARE(id->regionCode(), DemoCountyGenerator::countyCode());
            QCOMPARE(id->sexCode(), q.value(1).toString());
            QCOMPARE(id->birthDate().toString(Qt::ISODate), q.value(2).toString());
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
            ++n;
        }
        QVERIFY(n > 0);
    }

    void everyHouseholdHasExactlyOneHead()
    {
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM household h WHERE (SELECT COUNT(*) FROM person p "
                                             "WHERE p.household_id = h.id AND p.relation = 'self') <> 1")),
                 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM household h JOIN person p ON p.id = h.head_person_id "
                                             "WHERE p.relation <> 'self' OR p.household_id <> h.id")),
                 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM household WHERE head_person_id IS NULL")), 0);
    }

    void relationsFitAges()
    {
        const QString older = QStringLiteral(
            "SELECT COUNT(*) FROM person p JOIN household h ON h.id = p.household_id JOIN person head ON head.id = h.head_person_id "
            "WHERE p.relation IN (%1) AND p.birth_date %2 head.birth_date");
        // Children and grandchildren are younger than the head; parents older.
        QCOMPARE(scalar(m_db, older.arg(QStringLiteral("'son','daughter','grandchild'"), QStringLiteral("<="))), 0);
        QCOMPARE(scalar(m_db, older.arg(QStringLiteral("'parent'"), QStringLiteral(">="))), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM person WHERE relation = 'spouse' AND sex = "
                                             "(SELECT sex FROM person head JOIN household h ON head.id = h.head_person_id "
                                             "WHERE h.id = person.household_id)")),
                 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM person WHERE relation = 'son' AND sex = 'F' "
                                             "OR relation = 'daughter' AND sex = 'M'")), 0);
    }

    void povertyShareIsAboutFivePointFivePercent()
    {
        const double share = double(scalar(m_db, QStringLiteral("SELECT SUM(poverty) * 100000 / COUNT(*) FROM person"))) / 1000.0;
        QVERIFY2(share > 4.8 && share < 6.2, qPrintable(QString::number(share)));
        QVERIFY(scalar(m_db, QStringLiteral("SELECT SUM(dibao) FROM person")) > 0);
        QVERIFY(scalar(m_db, QStringLiteral("SELECT SUM(tekun) FROM person")) > 0);
        QVERIFY(scalar(m_db, QStringLiteral("SELECT SUM(near_poor) FROM person")) > 0);
    }

    void contributionsComeFromThePolicy()
    {
        for (int year : DemoCountyGenerator::schemeYears()) {
            // Every enrolled year has its own published policy.
            QSqlQuery doc(m_db);
            doc.prepare(QStringLiteral("SELECT document, id, sha256 FROM policy WHERE scheme_year = ?"));
            doc.addBindValue(year);
            QVERIFY(doc.exec() && doc.next());
            const auto parsed = PolicyParser::parse(doc.value(0).toString().toUtf8());
            QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
            const Policy &p = *parsed;
            QCOMPARE(p.schemeYear, year);
            QCOMPARE(p.id, QStringLiteral("demo-county-%1").arg(year));
            QCOMPARE(doc.value(1).toString(), p.id);
            QCOMPARE(doc.value(2).toString(), p.sha256);
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT e.tier, e.personal_fen, e.subsidized_fen, e.subsidy_fen, p.poverty, p.dibao, "
                                     "p.tekun, p.near_poor FROM enrollment e JOIN person p ON p.id = e.person_id "
                                     "WHERE e.scheme_year = ?"));
            q.addBindValue(year);
            QVERIFY(q.exec());
            int n = 0;
            while (q.next()) {
                const int tier = q.value(0).toInt();
                QVERIFY(p.hasTier(tier));
                quint32 categories = 0;
                const PersonCategory kinds[] = {PersonCategory::Poverty, PersonCategory::Dibao, PersonCategory::Tekun,
                                                PersonCategory::NearPoor};
                for (int i = 0; i < 4; ++i)
                    if (q.value(4 + i).toBool())
                        categories |= ClaimCodes::bit(kinds[i]);
                QCOMPARE(q.value(1).toLongLong() + q.value(2).toLongLong(), p.personalContributionFen(tier, 0));
                QCOMPARE(q.value(1).toLongLong(), p.personalContributionFen(tier, categories));
                QCOMPARE(q.value(3).toLongLong(), p.governmentSubsidyFen(tier));
                ++n;
            }
            QVERIFY(n > 0);
            // The catalogue of each year is that year's policy's.
            QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM disease WHERE scheme_year = %1").arg(year)),
                     qint64(p.specialOutpatient.diseases.size()));
        }
        // A receipt is the sum of what its household's members paid.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM receipt r WHERE total_fen <> "
                                             "(SELECT SUM(personal_fen) FROM enrollment e WHERE e.receipt_id = r.id)")),
                 0);
    }

    void claimsAreConsistent()
    {
        // Only enrolled persons claim; special outpatient only with a certified filing.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM claim c WHERE NOT EXISTS (SELECT 1 FROM enrollment e "
                                             "WHERE e.person_id = c.person_id AND e.scheme_year = c.scheme_year)")),
                 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM claim c WHERE kind = 'special_outpatient' AND NOT EXISTS "
                                             "(SELECT 1 FROM filing f WHERE f.person_id = c.person_id AND f.status = 'certified' "
                                             "AND f.disease_code = c.disease_code AND f.valid_from <= c.admission)")),
                 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM claim c JOIN person p ON p.id = c.person_id "
                                             "WHERE c.admission < p.birth_date")), 0);
        // Settled through the engine, but for the review queue: the latest
        // claims, each after every settled claim of its person.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM claim WHERE status NOT IN ('entered', 'settled')")), 0);
        const qint64 entered = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM claim WHERE status = 'entered'"));
        const qint64 settled = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM claim WHERE status = 'settled'"));
        QVERIFY2(entered > 0 && entered * 20 < settled, qPrintable(QStringLiteral("%1 entered, %2 settled").arg(entered).arg(settled)));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM settlement")), settled);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM claim c WHERE (c.status = 'settled') <> EXISTS "
                                             "(SELECT 1 FROM settlement s WHERE s.claim_id = c.id)")), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM claim e JOIN claim s ON s.person_id = e.person_id "
                                             "AND s.scheme_year = e.scheme_year WHERE e.status = 'entered' "
                                             "AND s.status = 'settled' AND (s.discharge > e.discharge OR "
                                             "s.discharge = e.discharge AND s.admission > e.admission)")), 0);
    }

    void humanNumbersFollowTheServices()
    {
        // [ClaimService::approve] slip YYYY-NNNNNN and [EnrollmentService::enrollAndPay]
        // receipt YYYY-NNNNNNN, each numbered 1, 2, ... per township and year.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM settlement WHERE slip_no NOT GLOB "
                                             "'2024-[0-9][0-9][0-9][0-9][0-9][0-9]'")), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM receipt WHERE serial NOT GLOB "
                                             "'20[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9][0-9]' "
                                             "OR substr(serial, 1, 4) <> CAST(scheme_year AS TEXT)")), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM (SELECT township_id, MAX(CAST(substr(slip_no, 6) AS INTEGER)) m, "
                                             "COUNT(DISTINCT slip_no) n FROM settlement GROUP BY township_id) WHERE m <> n")), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM (SELECT township_id, scheme_year, "
                                             "MAX(CAST(substr(serial, 6) AS INTEGER)) m, COUNT(DISTINCT serial) n FROM receipt "
                                             "GROUP BY township_id, scheme_year) WHERE m <> n")), 0);
    }

    void everySettlementHasItsYearsPolicy()
    {
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM settlement s JOIN claim c ON c.id = s.claim_id "
                                             "WHERE NOT EXISTS (SELECT 1 FROM policy p WHERE p.id = s.policy_id "
                                             "AND p.sha256 = s.policy_sha256 AND p.scheme_year = c.scheme_year)")), 0);
        // Approved when settled, by the township's reviewer, never its clerk.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM settlement s JOIN claim c ON c.id = s.claim_id "
                                             "WHERE c.approved_at IS NOT s.settled_at OR c.approved_by IS NOT s.settled_by "
                                             "OR c.approved_by = c.created_by")), 0);
        // Some claims are refused; critical illness and assistance pay. (Relief
        // is rare: after assistance a poverty person's share is mostly under
        // the 10% / 20% caps already.)
        QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM settlement WHERE refused IS NOT NULL")) > 0);
        QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM settlement WHERE critical_fen > 0")) > 0);
        QVERIFY(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM settlement WHERE assistance_fen > 0")) > 0);
    }

    // What ClaimService::approve computed for each settled claim when it was
    // approved: the totals SettlementInputs::yearToDate replays from the
    // claims settled before it, then the engine on the facts of its date.
    // Unsettling the person's claims from the last one back (in a transaction
    // that is rolled back) gives yearToDate exactly the replica of that moment.
    void settlementsReplayThroughTheInteractivePath()
    {
        const int year = DemoCountyGenerator::claimYear();
        const auto policy = PolicyService::forYear(m_db, year);
        QVERIFY2(policy.ok(), qPrintable(policy.errorText()));
        // A sample: every 15th person with settled claims, and the poverty
        // persons with special outpatient (every layer and cap).
        QStringList persons;
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT person_id, MAX(kind = 'special_outpatient') AND MAX(p.poverty) FROM claim c "
            "JOIN person p ON p.id = c.person_id WHERE c.status = 'settled' GROUP BY person_id ORDER BY person_id")));
        for (int i = 0; q.next(); ++i)
            if (i % 15 == 0 || q.value(1).toBool())
                persons << q.value(0).toString();
        QVERIFY(persons.size() > 50);

        int checked = 0;
        for (const QString &personId : persons) {
            QVERIFY(m_db.transaction());
            QSqlQuery rows(m_db);
            rows.prepare(QStringLiteral(
                "SELECT c.*, s.policy_id AS s_policy_id, s.policy_sha256 AS s_policy_sha256, s.in_scope_fen AS s_in_scope, "
                "s.deductible_fen AS s_deductible, s.basic_fen AS s_basic, s.critical_fen AS s_critical, "
                "s.assistance_fen AS s_assistance, s.relief_fen AS s_relief, s.out_of_pocket_fen AS s_oop, "
                "s.refused AS s_refused, s.flags AS s_flags, s.settled_at AS s_settled_at "
                "FROM settlement s JOIN claim c ON c.id = s.claim_id WHERE c.person_id = ? AND c.scheme_year = ? "
                "AND c.status = 'settled' ORDER BY s.settled_at, s.slip_no"));
            rows.addBindValue(personId);
            rows.addBindValue(year);
            QVERIFY(rows.exec());
            QList<QVariantMap> settled;
            while (rows.next()) {
                QVariantMap row;
                for (int i = 0; i < rows.record().count(); ++i)
                    row.insert(rows.record().fieldName(i), rows.value(i));
                settled << row;
            }
            QVERIFY(!settled.isEmpty());
            for (qsizetype k = settled.size() - 1; k >= 0; --k) {
                const QVariantMap &row = settled[k];
                QSqlQuery unsettle(m_db);
                unsettle.prepare(QStringLiteral("UPDATE claim SET status = 'entered' WHERE id = ?"));
                unsettle.addBindValue(row.value(QStringLiteral("id")));
                QVERIFY(unsettle.exec());
                const auto claim = SettlementInputs::claimInput(row);
                QVERIFY(claim.ok());
                const auto facts = SettlementInputs::personFacts(m_db, personId, year, claim->discharge);
                QVERIFY(facts.ok());
                const auto ytd = SettlementInputs::yearToDate(m_db, personId, year, *policy, *facts);
                QVERIFY(ytd.ok());
                const auto r = SettlementEngine::settle(*policy, *facts, *claim, *ytd);
                QVERIFY2(r.ok(), qPrintable(r.errorText()));
                const QString what = QStringLiteral("claim %1 of person %2").arg(claim->id, personId);
                QCOMPARE(row.value(QStringLiteral("s_policy_id")).toString(), policy->id);
                QCOMPARE(row.value(QStringLiteral("s_policy_sha256")).toString(), policy->sha256);
                QVERIFY2(row.value(QStringLiteral("s_in_scope")).toLongLong() == r->inScopeFen, qPrintable(what));
                QVERIFY2(row.value(QStringLiteral("s_deductible")).toLongLong() == r->deductibleFen, qPrintable(what));
                QVERIFY2(row.value(QStringLiteral("s_basic")).toLongLong() == r->basicFen, qPrintable(what));
                QVERIFY2(row.value(QStringLiteral("s_critical")).toLongLong() == r->criticalFen, qPrintable(what));
                QVERIFY2(row.value(QStringLiteral("s_assistance")).toLongLong() == r->assistanceFen, qPrintable(what));
                QVERIFY2(row.value(QStringLiteral("s_relief")).toLongLong() == r->reliefFen, qPrintable(what));
                QVERIFY2(row.value(QStringLiteral("s_oop")).toLongLong() == r->outOfPocketFen, qPrintable(what));
                QCOMPARE(row.value(QStringLiteral("s_refused")).toString(), SettlementResult::refusalCode(r->refused));
                QCOMPARE(row.value(QStringLiteral("s_flags")).toString(), r->flagCodes().join(QLatin1Char(',')));
                if (k > 0) // settled_at never goes back for one person
                    QVERIFY(settled[k - 1].value(QStringLiteral("s_settled_at")).toString()
                            <= row.value(QStringLiteral("s_settled_at")).toString());
                ++checked;
            }
            QVERIFY(m_db.rollback());
        }
        QVERIFY(checked > 200);
    }

    void everyRowHasItsAuditEntryAndOutboxOperation()
    {
        qint64 rows = 0;
        for (const char *t : {"township", "village", "institution", "household", "person", "enrollment", "receipt",
                              "disease", "filing", "claim", "settlement", "policy", "app_user"}) {
            const QString table = QLatin1String(t);
            rows += scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
            QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM %1 x WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                                                 "WHERE a.entity = '%1' AND a.row_id = x.id)").arg(table)),
                     0);
            QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE version <> 1 OR deleted <> 0 OR "
                                                 "updated_at IS NULL OR workstation_id IS NULL").arg(table)),
                     0);
        }
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), rows);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), rows);
        const AuditChain::Report report = AuditChain::verify(m_db);
        QVERIFY2(report.ok(), qPrintable(report.problem));
        QCOMPARE(report.entries, rows);
        // The password hash stays out of the audit log.
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%argon2id%'")), 0);
    }

    // The audit chain's SHA-256 (SHA-NI or libsodium) is QCryptographicHash's,
    // byte for byte, for every length over a few blocks, so every chain
    // written before still verifies.
    void auditHashIsSha256()
    {
        QByteArray data(3 * 1024 + 77, Qt::Uninitialized);
        quint32 x = 2463534242u;
        for (char &c : data) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        char hex[64];
        for (qsizetype n = 0; n <= data.size(); ++n) {
            AuditChain::sha256Hex(data.constData(), n, hex);
            const QByteArray expected = QCryptographicHash::hash(data.left(n), QCryptographicHash::Sha256).toHex();
            QVERIFY2(QByteArray(hex, 64) == expected, qPrintable(QString::number(n)));
        }
        AuditEntry e;
        e.seq = 1;
        e.at = QStringLiteral("2025-01-02T01:00:00.000Z");
        e.action = QStringLiteral("person.add");
        e.afterJson = QStringLiteral("{\"name\":\"张三\"}");
        const QString canonical = QStringList{AuditChain::genesisHash(), QStringLiteral("1"), e.at, QString(), QString(),
                                              e.action, QString(), QString(), QString(), e.afterJson}
                                      .join(QChar(0x1f));
        QCOMPARE(AuditChain::hashOf(AuditChain::genesisHash(), e).toLatin1(),
                 QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
    }

    void demoAccountsSignIn()
    {
        for (const char *login : {"admin", "clerk", "reviewer", "county.admin", "certifier"}) {
            const auto user = UserService::signIn(m_db, QLatin1String(login), DemoCountyGenerator::demoPassword());
            QVERIFY2(user.ok(), login);
        }
        QVERIFY(!UserService::signIn(m_db, QStringLiteral("clerk"), QStringLiteral("wrong-password")).ok());
    }
};

QTEST_GUILESS_MAIN(TestDemoCounty)
#include "tst_democounty.moc"
