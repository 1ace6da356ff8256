#include "enrollmentfixture.h"

#include "services/enrollmentservice.h"
#include "services/householdservice.h"

#include <QSqlQuery>
#include <QTest>

// Household changes through HouseholdService: moving a member, marriage
// into the household (new to the replica, or from another household), a
// change of head, corrections of a member and of the household's details,
// and a move out of the county; each audited with its action and queued for sync, and
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

    QString column(const QString &sql, const QString &id)
    {
        QSqlQuery q(r->db);
        q.prepare(sql);
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("?");
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

    void correctsAMembersDetails()
    {
        ChangeWriter w(r->db, r->clerk);
        HouseholdService s(w);
        const QString wife = east.personIds.at(1);
        const QString version = column(QStringLiteral("SELECT version FROM person WHERE id = ?"), wife);
        // A typo in the id number (now a man born 1985-07-03), the name, a category and the phone.
        HouseholdService::NewPerson values{east.id, testIdNumber(QStringLiteral("19850703"), 501), QStringLiteral("钱晓梅"),
                                           QStringLiteral("spouse"), true};
        values.phone = QStringLiteral("13800000001");
        const Validation v = s.editPerson(wife, values);
        QVERIFY2(v.ok(), qPrintable(v.text()));
        QCOMPARE(column(QStringLiteral("SELECT id_number FROM person WHERE id = ?"), wife), values.idNumber);
        QCOMPARE(column(QStringLiteral("SELECT birth_date FROM person WHERE id = ?"), wife), QStringLiteral("1985-07-03"));
        QCOMPARE(column(QStringLiteral("SELECT sex FROM person WHERE id = ?"), wife), QStringLiteral("M"));   // 501: odd
        QCOMPARE(column(QStringLiteral("SELECT name FROM person WHERE id = ?"), wife), QStringLiteral("钱晓梅"));
        QCOMPARE(column(QStringLiteral("SELECT name_initials FROM person WHERE id = ?"), wife), QStringLiteral("QXM"));
        QCOMPARE(column(QStringLiteral("SELECT poverty FROM person WHERE id = ?"), wife), QStringLiteral("1"));
        QCOMPARE(column(QStringLiteral("SELECT phone FROM person WHERE id = ?"), wife), QStringLiteral("13800000001"));
        QCOMPARE(column(QStringLiteral("SELECT version FROM person WHERE id = ?"), wife).toInt(), version.toInt() + 1);
        QCOMPARE(audited(QStringLiteral("person.edit"), wife), 1);
        // The same values again change nothing and write nothing.
        const qint64 audit = r->count(QStringLiteral("audit_log"));
        QVERIFY(s.editPerson(wife, values).ok());
        QCOMPARE(r->count(QStringLiteral("audit_log")), audit);
    }

    void refusesCorrectionsThatAreWrong_data()
    {
        QTest::addColumn<int>("who");
        QTest::addColumn<QString>("idNumber");   // "same", "other" (west's head's) or a text
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad check digit") << 1 << "110101199003070001" << "钱小梅" << "spouse" << "" << "id_number";
        QTest::newRow("id number of another person") << 1 << "other" << "钱小梅" << "spouse" << "" << "id_number";
        QTest::newRow("empty name") << 1 << "same" << " " << "spouse" << "" << "name";
        QTest::newRow("the head stops being head") << 0 << "same" << "赵大山" << "spouse" << "" << "relation";
        QTest::newRow("a member made head here") << 1 << "same" << "钱小梅" << "self" << "" << "relation";
        QTest::newRow("bad phone") << 1 << "same" << "钱小梅" << "spouse" << "12345" << "phone";
    }
    void refusesCorrectionsThatAreWrong()
    {
        QFETCH(int, who);
        QFETCH(QString, idNumber);
        QFETCH(QString, name);
        QFETCH(QString, relation);
        QFETCH(QString, phone);
        QFETCH(QString, field);
        const QString personId = east.personIds.at(who);
        const QString sql = QStringLiteral("SELECT id_number FROM person WHERE id = ?");
        const QString before = column(sql, personId);
        if (idNumber == QLatin1String("same"))
            idNumber = before;
        else if (idNumber == QLatin1String("other"))
            idNumber = column(sql, west.personIds.at(0));
        const qint64 audit = r->count(QStringLiteral("audit_log"));
        ChangeWriter w(r->db, r->clerk);
        HouseholdService::NewPerson values{east.id, idNumber, name, relation};
        values.phone = phone;
        const Validation v = HouseholdService(w).editPerson(personId, values);
        QVERIFY(!v.ok());
        QVERIFY2(v.hasField(field), qPrintable(v.text()));
        QCOMPARE(r->count(QStringLiteral("audit_log")), audit);
        QCOMPARE(column(sql, personId), before);
    }

    void changesTheHouseholdsDetails()
    {
        ChangeWriter w(r->db, r->clerk);
        HouseholdService s(w);
        const QString west = secondVillageId(*r);
        QVERIFY(s.editHousehold(east.id, {QStringLiteral("nope"), QStringLiteral("x"), QString()}).hasField(QStringLiteral("village_id")));
        QVERIFY(s.editHousehold(east.id, {west, QStringLiteral("x"), QStringLiteral("99")}).hasField(QStringLiteral("phone")));
        QCOMPARE(audited(QStringLiteral("household.edit"), east.id), 0);
        const Validation v = s.editHousehold(east.id, {west, QStringLiteral(" 西村 8 号 "), QStringLiteral("0851-5551234")});
        QVERIFY2(v.ok(), qPrintable(v.text()));
        QCOMPARE(column(QStringLiteral("SELECT village_id FROM household WHERE id = ?"), east.id), west);
        QCOMPARE(column(QStringLiteral("SELECT address FROM household WHERE id = ?"), east.id), QStringLiteral("西村 8 号"));
        QCOMPARE(column(QStringLiteral("SELECT phone FROM household WHERE id = ?"), east.id), QStringLiteral("0851-5551234"));
        QCOMPARE(audited(QStringLiteral("household.edit"), east.id), 1);
    }

    void aMemberMovesOutOfTheCounty()
    {
        publishPolicyForYear(*r, 2025);
        ChangeWriter w(r->db, r->clerk);
        HouseholdService s(w);
        const QString son = east.personIds.at(2);
        // The head with members hands over first.
        QVERIFY(s.recordMoveOut(east.personIds.at(0)).hasField(QStringLiteral("person_id")));
        QVERIFY(s.recordMoveOut(son).ok());
        QCOMPARE(person(son).value("status").toString(), QStringLiteral("moved_out"));
        QCOMPARE(person(son).value("household_id").toString(), east.id);   // stays on the card's history
        QCOMPARE(audited(QStringLiteral("person.move_out"), son), 1);
        QVERIFY(s.recordMoveOut(son).hasField(QStringLiteral("status")));
        // No enrollment is taken for him any more; the others still enroll.
        auto refused = EnrollmentService(w).enrollAndPay(east.id, {son}, 2025, 1, QStringLiteral("cash"));
        QVERIFY(!refused);
        QVERIFY2(refused.errorText().contains(QStringLiteral("赵明")), qPrintable(refused.errorText()));
        auto paid = EnrollmentService(w).enrollAndPay(east.id, {east.personIds.at(0)}, 2025, 1, QStringLiteral("cash"));
        QVERIFY2(paid.ok(), qPrintable(paid.errorText()));
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
