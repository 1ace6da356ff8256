#include "enrollmentfixture.h"

#include "services/householdservice.h"

#include <QSqlQuery>
#include <QTest>

// Household changes through HouseholdService: moving a member, marriage
// into the household (new to the replica, or from another household), and
// a change of head; each audited with its action and queued for sync, and
// refused with a message naming the field when it cannot be done.
class TestHouseholdChanges : public QObject
{
    Q_OBJECT

    TestReplica *r = nullptr;
    TestHousehold east, west;

    QVariantMap person(const QString &id)
    {
        QSqlQuery q(r->db);
        q.prepare(QStringLiteral("SELECT household_id, relation, status FROM person WHERE id = ?"));
        q.addBindValue(id);
        QVariantMap m;
        if (q.exec() && q.next())
            m = {{QStringLiteral("household_id"), q.value(0)}, {QStringLiteral("relation"), q.value(1)},
                 {QStringLiteral("status"), q.value(2)}};
        return m;
    }
    QString headOf(const QString &householdId)
    {
        QSqlQuery q(r->db);
        q.prepare(QStringLiteral("SELECT head_person_id FROM household WHERE id = ?"));
        q.addBindValue(householdId);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("?");
    }
    int audited(const QString &action, const QString &rowId)
    {
        QSqlQuery q(r->db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN sync_outbox o ON o.audit_seq = a.seq "
                                 "WHERE a.action = ? AND a.row_id = ?"));
        q.addBindValue(action);
        q.addBindValue(rowId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        r = new TestReplica;
        r->setUpTownship();
        east = addTestHousehold(*r, r->villageId, QStringLiteral("D001"),
                                {{QStringLiteral("赵大山"), QStringLiteral("self"), false},
                                 {QStringLiteral("钱小梅"), QStringLiteral("spouse"), false},
                                 {QStringLiteral("赵明"), QStringLiteral("son"), false}},
                                101);
        west = addTestHousehold(*r, secondVillageId(*r), QStringLiteral("X001"),
                                {{QStringLiteral("孙建国"), QStringLiteral("self"), false},
                                 {QStringLiteral("孙丽"), QStringLiteral("daughter"), false}},
                                201);
    }
    void cleanup()
    {
        delete r;
        r = nullptr;
    }

    void movesAMemberToAnotherHousehold()
    {
        ChangeWriter w(r->db, r->clerk);
        const QString son = east.personIds.at(2);
        QVERIFY(HouseholdService(w).moveMember(son, west.id, QStringLiteral("other")).ok());
        QCOMPARE(person(son).value("household_id").toString(), west.id);
        QCOMPARE(person(son).value("relation").toString(), QStringLiteral("other"));
        QCOMPARE(audited(QStringLiteral("person.move"), son), 1);
        QCOMPARE(headOf(east.id), east.personIds.at(0));
    }

    void refusesMovesThatCannotBeDone_data()
    {
        QTest::addColumn<int>("who");         // index into east's members
        QTest::addColumn<QString>("to");      // "west", "east" or "none"
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("field");
        QTest::newRow("head with members") << 0 << "west" << "other" << "person_id";
        QTest::newRow("same household") << 1 << "east" << "spouse" << "household_id";
        QTest::newRow("second head") << 1 << "west" << "self" << "relation";
        QTest::newRow("unknown relation") << 1 << "west" << "cousin" << "relation";
        QTest::newRow("no such household") << 1 << "none" << "spouse" << "household_id";
    }
    void refusesMovesThatCannotBeDone()
    {
        QFETCH(int, who);
        QFETCH(QString, to);
        QFETCH(QString, relation);
        QFETCH(QString, field);
        const qint64 audit = r->count(QStringLiteral("audit_log"));
        ChangeWriter w(r->db, r->clerk);
        const QString target = to == QLatin1String("west") ? west.id : to == QLatin1String("east") ? east.id : QStringLiteral("nope");
        const Validation v = HouseholdService(w).moveMember(east.personIds.at(who), target, relation);
        QVERIFY(!v.ok());
        QVERIFY2(v.hasField(field), qPrintable(v.text()));
        QCOMPARE(r->count(QStringLiteral("audit_log")), audit);
        QCOMPARE(person(east.personIds.at(who)).value("household_id").toString(), east.id);
    }

    void changesTheHeadThenTheFormerHeadMayMove()
    {
        ChangeWriter w(r->db, r->clerk);
        HouseholdService s(w);
        const QString oldHead = east.personIds.at(0), wife = east.personIds.at(1);
        // The former head needs a relation to the new one.
        QVERIFY(s.changeHead(east.id, wife, QStringLiteral("self")).hasField(QStringLiteral("relation")));
        QVERIFY(s.changeHead(east.id, oldHead, QStringLiteral("spouse")).hasField(QStringLiteral("person_id")));
        QVERIFY(s.changeHead(east.id, west.personIds.at(1), QStringLiteral("spouse")).hasField(QStringLiteral("person_id")));
        QCOMPARE(headOf(east.id), oldHead);
        QVERIFY(s.changeHead(east.id, wife, QStringLiteral("spouse")).ok());
        QCOMPARE(headOf(east.id), wife);
        QCOMPARE(person(wife).value("relation").toString(), QStringLiteral("self"));
        QCOMPARE(person(oldHead).value("relation").toString(), QStringLiteral("spouse"));
        QCOMPARE(audited(QStringLiteral("household.head_change"), east.id), 1);
        // No longer the head, he may move out.
        QVERIFY(s.moveMember(oldHead, west.id, QStringLiteral("other")).ok());
        QCOMPARE(headOf(east.id), wife);
    }

    void aHeadAloneLeavesTheHouseholdHeadless()
    {
        ChangeWriter w(r->db, r->clerk);
        HouseholdService s(w);
        QVERIFY(s.moveMember(west.personIds.at(1), east.id, QStringLiteral("other")).ok());
        QVERIFY(s.moveMember(west.personIds.at(0), east.id, QStringLiteral("other")).ok());
        QCOMPARE(headOf(west.id), QString());
        // Moving someone in as "self" makes them the head of the empty household.
        QVERIFY(s.moveMember(west.personIds.at(0), west.id, QStringLiteral("self")).ok());
        QCOMPARE(headOf(west.id), west.personIds.at(0));
    }

    void marriageIntoTheHousehold()
    {
        ChangeWriter w(r->db, r->clerk);
        HouseholdService s(w);
        // A bride new to the replica: added as a member, audited as a marriage.
        HouseholdService::NewPerson bride{east.id, testIdNumber(QStringLiteral("19990214"), 401), QStringLiteral("周新娘"),
                                          QStringLiteral("other")};
        auto added = s.marryIn(bride);
        QVERIFY2(added.ok(), qPrintable(added.errorText()));
        const QString brideId = added->value(QStringLiteral("id")).toString();
        QCOMPARE(person(brideId).value("household_id").toString(), east.id);
        QCOMPARE(audited(QStringLiteral("person.marry_in"), brideId), 1);
        // West's daughter marries east's son: she moves, no second person row.
        const qint64 persons = r->count(QStringLiteral("person"));
        QSqlQuery q(r->db);
        q.prepare(QStringLiteral("SELECT id_number FROM person WHERE id = ?"));
        q.addBindValue(west.personIds.at(1));
        QVERIFY(q.exec() && q.next());
        auto moved = s.marryIn({east.id, q.value(0).toString(), QStringLiteral("孙丽"), QStringLiteral("other")});
        QVERIFY2(moved.ok(), qPrintable(moved.errorText()));
        QCOMPARE(moved->value(QStringLiteral("id")).toString(), west.personIds.at(1));
        QCOMPARE(person(west.personIds.at(1)).value("household_id").toString(), east.id);
        QCOMPARE(r->count(QStringLiteral("person")), persons);
        QCOMPARE(audited(QStringLiteral("person.marry_in"), west.personIds.at(1)), 1);
        // Marrying in as the head is refused.
        HouseholdService::NewPerson head{east.id, testIdNumber(QStringLiteral("19980101"), 402), QStringLiteral("吴某"),
                                         QStringLiteral("self")};
        QVERIFY(s.marryIn(head).errors().hasField(QStringLiteral("relation")));
    }
};

QTEST_GUILESS_MAIN(TestHouseholdChanges)
#include "tst_householdchanges.moc"
