#include "enrollmentfixture.h"

#include "enrollment/addmembercommand.h"
#include "enrollment/householdcard.h"
#include "itemmodels/householdcardmodel.h"
#include "itemmodels/householdmembersmodel.h"

#include <QApplication>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

// Household changes on the card: a change of head, a move to another
// household and a marriage into the household are pending edits first
// (undo and redo with the keyboard, nothing written), then saved together
// through HouseholdService in one transaction, each with its audit action.
class TestHouseholdCardChanges : public QObject
{
    Q_OBJECT

    static QString column(TestReplica &r, const QString &sql, const QString &id)
    {
        QSqlQuery q(r.db);
        q.prepare(sql);
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("?");
    }
    static int actions(TestReplica &r, const QString &action)
    {
        QSqlQuery q(r.db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void changesHeadMovesAndMarriesWithUndoBeforeSaving()
    {
        TestReplica r;
        r.setUpTownship();
        const TestHousehold east = addTestHousehold(r, r.villageId, QStringLiteral("D001"),
                                                    {{QStringLiteral("赵大山"), QStringLiteral("self"), false},
                                                     {QStringLiteral("钱小梅"), QStringLiteral("spouse"), false},
                                                     {QStringLiteral("赵明"), QStringLiteral("son"), false}},
                                                    101);
        const TestHousehold west = addTestHousehold(r, secondVillageId(r), QStringLiteral("X001"),
                                                    {{QStringLiteral("孙建国"), QStringLiteral("self"), false}}, 201);
        const QString oldHead = east.personIds.at(0), wife = east.personIds.at(1);
        const qint64 auditBefore = r.count(QStringLiteral("audit_log"));

        HouseholdCard card(r.db, r.clerk);
        QVERIFY(card.load(east.id));
        card.show();
        card.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&card));
        HouseholdCardModel *m = card.members();

        // The wife becomes the head; the husband is now her spouse.
        card.memberView()->setCurrentIndex(m->index(m->rowOfPerson(wife), 0));
        QVERIFY(card.makeHead(QStringLiteral("spouse")));
        QCOMPARE(m->headPersonId(), wife);
        QCOMPARE(m->index(m->rowOfPerson(wife), HouseholdCardModel::RelationColumn).data().toString(),
                 HouseholdMembersModel::relationLabel(QStringLiteral("self")));
        QVERIFY(m->index(m->rowOfPerson(oldHead), 0).data(HouseholdCardModel::PendingRole).toBool());

        // He moves to household X001; an unknown code is refused with a message.
        card.memberView()->setCurrentIndex(m->index(m->rowOfPerson(oldHead), 0));
        QVERIFY(!card.moveMemberTo(QStringLiteral("NOPE"), QStringLiteral("other")));
        QVERIFY(card.errorText().contains(QStringLiteral("NOPE")));
        QVERIFY(card.moveMemberTo(QStringLiteral("X001"), QStringLiteral("other")));
        QVERIFY(m->index(m->rowOfPerson(oldHead), HouseholdCardModel::StatusColumn).data().toString().contains(QStringLiteral("X001")));

        // A bride marries in (the card's marriage command, as the dialog pushes it).
        HouseholdService::NewPerson bride{east.id, testIdNumber(QStringLiteral("19990214"), 401), QStringLiteral("周新娘"),
                                          QStringLiteral("other")};
        card.undoStack()->push(new AddMemberCommand(m, bride, true));
        QCOMPARE(m->rowCount(), 4);
        QCOMPARE(m->pendingCount(), 3);

        // Undo and redo by the keyboard; nothing is written meanwhile.
        card.memberView()->setFocus();
        QTest::keyClick(card.memberView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m->rowCount(), 3);
        QTest::keyClick(card.memberView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m->pendingCount(), 1);
        QCOMPARE(m->index(m->rowOfPerson(oldHead), 0).data(HouseholdCardModel::ActiveRole).toBool(), true);
        QTest::keyClick(card.memberView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(card.memberView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m->pendingCount(), 3);
        QCOMPARE(r.count(QStringLiteral("audit_log")), auditBefore);
        QCOMPARE(column(r, QStringLiteral("SELECT head_person_id FROM household WHERE id = ?"), east.id), oldHead);

        // Ctrl+S saves all three: head first, then the marriage and the move.
        QTest::keyClick(card.memberView(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(card.errorText().isEmpty(), qPrintable(card.errorText()));
        QCOMPARE(m->pendingCount(), 0);
        QCOMPARE(column(r, QStringLiteral("SELECT head_person_id FROM household WHERE id = ?"), east.id), wife);
        QCOMPARE(column(r, QStringLiteral("SELECT household_id FROM person WHERE id = ?"), oldHead), west.id);
        QCOMPARE(column(r, QStringLiteral("SELECT relation FROM person WHERE id = ?"), wife), QStringLiteral("self"));
        QCOMPARE(actions(r, QStringLiteral("household.head_change")), 1);
        QCOMPARE(actions(r, QStringLiteral("person.move")), 1);
        QCOMPARE(actions(r, QStringLiteral("person.marry_in")), 1);
        QCOMPARE(m->rowCount(), 3);   // wife, son, bride; he left
        QVERIFY(m->rowOfPerson(oldHead) < 0);
    }

    void aFailedSaveWritesNothingAndKeepsTheEdits()
    {
        TestReplica r;
        r.setUpTownship();
        const TestHousehold east = addTestHousehold(r, r.villageId, QStringLiteral("D001"),
                                                    {{QStringLiteral("赵大山"), QStringLiteral("self"), false},
                                                     {QStringLiteral("钱小梅"), QStringLiteral("spouse"), false}},
                                                    101);
        addTestHousehold(r, secondVillageId(r), QStringLiteral("X001"), {{QStringLiteral("孙建国"), QStringLiteral("self"), false}},
                         201);
        const qint64 auditBefore = r.count(QStringLiteral("audit_log"));
        HouseholdCard card(r.db, r.clerk);
        QVERIFY(card.load(east.id));
        HouseholdCardModel *m = card.members();
        // The head moves out while his wife stays and no new head is named: refused on save.
        card.memberView()->setCurrentIndex(m->index(m->rowOfPerson(east.personIds.at(0)), 0));
        QVERIFY(card.moveMemberTo(QStringLiteral("X001"), QStringLiteral("other")));
        QVERIFY(!card.save());
        QVERIFY(!card.errorText().isEmpty());
        QCOMPARE(m->pendingCount(), 1);
        QCOMPARE(r.count(QStringLiteral("audit_log")), auditBefore);
    }
};

QTEST_MAIN(TestHouseholdCardChanges)
#include "tst_householdcardchanges.moc"
