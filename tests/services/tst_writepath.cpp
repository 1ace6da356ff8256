#include "services/auditchain.h"
#include "services/filingservice.h"
#include "testreplica.h"

#include <QSqlQuery>
#include <QTest>

class TestWritePath : public QObject
{
    Q_OBJECT
private:
    QString addHousehold(TestReplica &r, const QString &code)
    {
        ChangeWriter w(r.db, r.clerk);
        HouseholdService households(w);
        auto h = households.createHousehold({r.villageId, code, QStringLiteral("东村1组"), QStringLiteral("13800000000")});
        return h ? h->value(QStringLiteral("id")).toString() : QString();
    }

private slots:
    void rowAuditAndOutboxLandTogether()
    {
        TestReplica r;
        r.setUpTownship();
        const qint64 audits = r.count(QStringLiteral("audit_log"));
        const qint64 ops = r.count(QStringLiteral("sync_outbox"));

        ChangeWriter w(r.db, r.clerk);
        HouseholdService households(w);
        auto h = households.createHousehold({r.villageId, QStringLiteral("H001"), QStringLiteral("东村1组"), QString()});
        QVERIFY2(h.ok(), qPrintable(h.errorText()));
        const QString householdId = h->value(QStringLiteral("id")).toString();
        auto p = households.addPerson({householdId, testIdNumber(QStringLiteral("19800101"), 1), QStringLiteral("张三"),
                                       QStringLiteral("self")});
        QVERIFY2(p.ok(), qPrintable(p.errorText()));

        // household insert, person insert, household head update
        QCOMPARE(r.count(QStringLiteral("audit_log")), audits + 3);
        QCOMPARE(r.count(QStringLiteral("sync_outbox")), ops + 3);

        QSqlQuery q(r.db);
        q.prepare(QStringLiteral("SELECT user_id, action, entity, before_json, after_json FROM audit_log "
                                 "WHERE row_id = ? ORDER BY seq"));
        q.addBindValue(householdId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), r.clerk.id);
        QCOMPARE(q.value(1).toString(), QStringLiteral("household.create"));
        QVERIFY(q.value(3).isNull());
        QVERIFY(q.value(4).toString().contains(QLatin1String("H001")));
        // SQL NULL stays null in the audit (and so in what is pushed), not "".
        QVERIFY2(q.value(4).toString().contains(QLatin1String("\"head_person_id\":null")), qPrintable(q.value(4).toString()));
        // What the entry states itself is left out (AuditChain::leaveOutStated).
        for (const char *stated : {"\"id\":", "updated_at", "updated_by", "workstation_id", "\"version\":", "\"deleted\":"})
            QVERIFY2(!q.value(4).toString().contains(QLatin1String(stated)), stated);
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("household.head"));
        QVERIFY(q.value(3).toString().contains(QLatin1String("\"version\":1")));
        QVERIFY(q.value(4).toString().contains(QLatin1String("\"version\":2")));

        q.prepare(QStringLiteral("SELECT o.op, o.base_version, a.user_id, a.after_json FROM sync_outbox o "
                                 "JOIN audit_log a ON a.seq = o.audit_seq WHERE o.row_id = ? ORDER BY o.seq"));
        q.addBindValue(householdId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("insert"));
        QCOMPARE(q.value(1).toInt(), 0);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("update"));
        QCOMPARE(q.value(1).toInt(), 1);

        // Derived from the id number, not typed.
        QCOMPARE(p->value(QStringLiteral("birth_date")).toString(), QStringLiteral("1980-01-01"));
        QCOMPARE(p->value(QStringLiteral("sex")).toString(), QStringLiteral("M"));
        QCOMPARE(p->value(QStringLiteral("name_initials")).toString(), QStringLiteral("ZS"));
        QVERIFY(AuditChain::verify(r.db).ok());
    }

    void theAuditLeavesOutOnlyWhatTheEntryStates()
    {
        AuditEntry e;
        e.rowId = QStringLiteral("r1");
        e.at = QStringLiteral("2026-01-01T08:00:00.000Z");
        e.userId = QStringLiteral("u1");
        e.workstationId = QStringLiteral("w1");
        const QVariantMap row{{QStringLiteral("id"), e.rowId},         {QStringLiteral("updated_at"), e.at},
                              {QStringLiteral("updated_by"), e.userId}, {QStringLiteral("workstation_id"), e.workstationId},
                              {QStringLiteral("version"), qint64(1)},   {QStringLiteral("deleted"), qint64(0)},
                              {QStringLiteral("name"), QStringLiteral("x")}};
        QVariantMap kept = row;
        AuditChain::leaveOutStated(e, kept);
        QCOMPARE(kept, (QVariantMap{{QStringLiteral("name"), QStringLiteral("x")}}));
        QCOMPARE(AuditChain::withStated(QJsonObject::fromVariantMap(kept), e.rowId, e.at, e.userId, e.workstationId, true),
                 QJsonObject::fromVariantMap(row));

        // A value that differs from the entry's stays: a pulled row carries
        // another workstation, no user, a later version.
        QVariantMap pulled = row;
        pulled[QStringLiteral("workstation_id")] = QStringLiteral("county-server");
        pulled[QStringLiteral("updated_by")] = QVariant();
        pulled[QStringLiteral("version")] = qint64(3);
        pulled[QStringLiteral("updated_at")] = QStringLiteral("1");   // text that is not the entry's time
        QVariantMap pulledKept = pulled;
        AuditChain::leaveOutStated(e, pulledKept);
        QCOMPARE(pulledKept.size(), pulled.size() - 2);   // only id and deleted
        QCOMPARE(AuditChain::withStated(QJsonObject::fromVariantMap(pulledKept), e.rowId, e.at, e.userId, e.workstationId, true),
                 QJsonObject::fromVariantMap(pulled));

        // After an update the version and the deleted flag are not implied.
        e.beforeJson = QStringLiteral("{}");
        QVariantMap updated = row;
        AuditChain::leaveOutStated(e, updated);
        QVERIFY(updated.contains(QStringLiteral("version")) && updated.contains(QStringLiteral("deleted")));
        QVERIFY(!updated.contains(QStringLiteral("updated_at")));
    }

    void failureInTheMiddleLeavesNothing()
    {
        TestReplica r;
        r.setUpTownship();
        const qint64 audits = r.count(QStringLiteral("audit_log"));
        const qint64 ops = r.count(QStringLiteral("sync_outbox"));
        const qint64 households = r.count(QStringLiteral("household"));

        ChangeWriter w(r.db, r.clerk);
        const Validation v = w.transact([&] {
            auto first = w.insert(QStringLiteral("household"),
                                  {{QStringLiteral("township_id"), r.townshipId}, {QStringLiteral("village_id"), r.villageId},
                                   {QStringLiteral("code"), QStringLiteral("H100")}});
            if (!first)
                return first.errors();
            // The same code again in the same township: the second write fails.
            auto second = w.insert(QStringLiteral("household"),
                                   {{QStringLiteral("township_id"), r.townshipId}, {QStringLiteral("village_id"), r.villageId},
                                    {QStringLiteral("code"), QStringLiteral("H100")}});
            return second ? Validation() : second.errors();
        });
        QVERIFY(!v.ok());
        QCOMPARE(r.count(QStringLiteral("household")), households);
        QCOMPARE(r.count(QStringLiteral("audit_log")), audits);
        QCOMPARE(r.count(QStringLiteral("sync_outbox")), ops);
    }

    void failingOutboxWriteRollsBackTheRow()
    {
        TestReplica r;
        r.setUpTownship();
        const qint64 households = r.count(QStringLiteral("household"));
        const qint64 audits = r.count(QStringLiteral("audit_log"));
        QSqlQuery q(r.db);
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER outbox_fails BEFORE INSERT ON sync_outbox "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        ChangeWriter w(r.db, r.clerk);
        HouseholdService service(w);
        auto h = service.createHousehold({r.villageId, QStringLiteral("H200"), QString(), QString()});
        QVERIFY(!h.ok());
        QVERIFY(h.errorText().contains(QLatin1String("disk full")));
        QCOMPARE(r.count(QStringLiteral("household")), households);
        QCOMPARE(r.count(QStringLiteral("audit_log")), audits);
    }

    void badInputNamesTheFieldAndWritesNothing_data()
    {
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad check digit") << "360102198001010018" << "李四" << "self" << "id_number";
        QTest::newRow("no name") << testIdNumber(QStringLiteral("19800101"), 5) << "  " << "self" << "name";
        QTest::newRow("unknown relation") << testIdNumber(QStringLiteral("19800101"), 5) << "李四" << "cousin" << "relation";
    }
    void badInputNamesTheFieldAndWritesNothing()
    {
        QFETCH(QString, idNumber);
        QFETCH(QString, name);
        QFETCH(QString, relation);
        QFETCH(QString, field);
        TestReplica r;
        r.setUpTownship();
        const QString householdId = addHousehold(r, QStringLiteral("H300"));
        QVERIFY(!householdId.isEmpty());
        const qint64 persons = r.count(QStringLiteral("person"));
        const qint64 audits = r.count(QStringLiteral("audit_log"));
        ChangeWriter w(r.db, r.clerk);
        HouseholdService service(w);
        auto p = service.addPerson({householdId, idNumber, name, relation});
        QVERIFY(!p.ok());
        QVERIFY2(p.errors().hasField(field), qPrintable(p.errorText()));
        QCOMPARE(r.count(QStringLiteral("person")), persons);
        QCOMPARE(r.count(QStringLiteral("audit_log")), audits);
    }

    void duplicateIdNumberTellsWhereTheOtherIs()
    {
        TestReplica r;
        r.setUpTownship();
        const QString a = addHousehold(r, QStringLiteral("H401"));
        const QString b = addHousehold(r, QStringLiteral("H402"));
        ChangeWriter w(r.db, r.clerk);
        HouseholdService service(w);
        const QString id = testIdNumber(QStringLiteral("19750505"), 12);
        QVERIFY(service.addPerson({a, id, QStringLiteral("赵六"), QStringLiteral("self")}).ok());
        auto dup = service.addPerson({b, id, QStringLiteral("赵六"), QStringLiteral("self")});
        QVERIFY(!dup.ok());
        QVERIFY(dup.errors().hasField(QStringLiteral("id_number")));
        QVERIFY2(dup.errorText().contains(QLatin1String("H401")), qPrintable(dup.errorText()));
        QVERIFY(dup.errorText().contains(QStringLiteral("东村")));
    }

    void staleEditIsRefused()
    {
        TestReplica r;
        r.setUpTownship();
        const QString id = addHousehold(r, QStringLiteral("H500"));
        ChangeWriter w(r.db, r.clerk);
        QVERIFY(w.transact([&] {
                     auto u = w.update(QStringLiteral("household"), id, {{QStringLiteral("address"), QStringLiteral("新地址")}}, {}, 1);
                     return u ? Validation() : u.errors();
                 }).ok());
        const Validation stale = w.transact([&] {
            auto u = w.update(QStringLiteral("household"), id, {{QStringLiteral("address"), QStringLiteral("旧编辑")}}, {}, 1);
            return u ? Validation() : u.errors();
        });
        QVERIFY(!stale.ok());
        QVERIFY(stale.hasField(QStringLiteral("version")));
    }

    void tombstonesInsteadOfDeleting()
    {
        TestReplica r;
        r.setUpTownship();
        const QString hid = addHousehold(r, QStringLiteral("H600"));
        ChangeWriter w(r.db, r.clerk);
        HouseholdService service(w);
        const QString idNumber = testIdNumber(QStringLiteral("19900303"), 3);
        auto p = service.addPerson({hid, idNumber, QStringLiteral("孙七"), QStringLiteral("son")});
        QVERIFY(p.ok());
        QVERIFY(w.transact([&] {
                     auto t = w.tombstone(QStringLiteral("person"), p->value(QStringLiteral("id")).toString());
                     return t ? Validation() : t.errors();
                 }).ok());
        QSqlQuery q(r.db);
        q.prepare(QStringLiteral("SELECT deleted, version FROM person WHERE id = ?"));
        q.addBindValue(p->value(QStringLiteral("id")));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 2);
        q.prepare(QStringLiteral("SELECT op FROM sync_outbox WHERE row_id = ? ORDER BY seq DESC LIMIT 1"));
        q.addBindValue(p->value(QStringLiteral("id")));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
        // The id number is free again for one live row.
        QVERIFY(service.addPerson({hid, idNumber, QStringLiteral("孙七"), QStringLiteral("son")}).ok());
    }

    void auditTamperingIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("altered content") << "UPDATE audit_log SET after_json = replace(after_json, 'H700', 'H799') WHERE seq = %1";
        QTest::newRow("altered user") << "UPDATE audit_log SET user_id = 'someone-else' WHERE seq = %1";
        QTest::newRow("removed entry") << "DELETE FROM audit_log WHERE seq = %1";
        QTest::newRow("rehashed entry") << "UPDATE audit_log SET action = 'x', hash = '00' WHERE seq = %1";
    }
    void auditTamperingIsDetected()
    {
        QFETCH(QString, sql);
        TestReplica r;
        r.setUpTownship();
        addHousehold(r, QStringLiteral("H700"));
        addHousehold(r, QStringLiteral("H701"));
        QVERIFY(AuditChain::verify(r.db).ok());
        QSqlQuery q(r.db);
        QVERIFY(q.exec(QStringLiteral("SELECT seq FROM audit_log WHERE after_json LIKE '%H700%'")) && q.next());
        const qint64 seq = q.value(0).toLongLong();
        // A tamperer with the file switches the outbox's foreign key off first.
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(sql.arg(seq)));
        const auto report = AuditChain::verify(r.db);
        QVERIFY(!report.ok());
        QVERIFY(report.firstBadSeq >= seq);
        QVERIFY(!report.problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_writepath.moc"
