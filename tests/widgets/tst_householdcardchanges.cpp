#include "enrollmentfixture.h"

#include "enrollment/addmembercommand.h"
#include "enrollment/householdcard.h"
#include "enrollment/memberdialog.h"
#include "itemmodels/personsearchmodel.h"
#include "itemmodels/householdcardmodel.h"
#include "itemmodels/householdmembersmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
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

    void correctsMovesOutAndChangesDetailsWithUndo()
    {
        TestReplica r;
        r.setUpTownship();
        const TestHousehold east = addTestHousehold(r, r.villageId, QStringLiteral("D001"),
                                                    {{QStringLiteral("赵大山"), QStringLiteral("self"), false},
                                                     {QStringLiteral("钱小梅"), QStringLiteral("spouse"), false},
                                                     {QStringLiteral("赵明"), QStringLiteral("son"), false}},
                                                    101);
        const QString head = east.personIds.at(0), wife = east.personIds.at(1), son = east.personIds.at(2);
        const qint64 auditBefore = r.count(QStringLiteral("audit_log"));
        HouseholdCard card(r.db, r.clerk);
        QVERIFY(card.load(east.id));
        card.show();
        card.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&card));
        HouseholdCardModel *m = card.members();

        // The wife's name is corrected and she is registered poor.
        card.memberView()->setCurrentIndex(m->index(m->rowOfPerson(wife), 0));
        HouseholdService::NewPerson values = m->memberValues(wife);
        QCOMPARE(values.name, QStringLiteral("钱小梅"));
        values.name = QStringLiteral("钱晓梅");
        values.poverty = true;
        QVERIFY(card.correctMember(values));
        QCOMPARE(m->index(m->rowOfPerson(wife), HouseholdCardModel::NameColumn).data().toString(), QStringLiteral("钱晓梅"));
        QVERIFY(m->index(m->rowOfPerson(wife), 0).data(HouseholdCardModel::PendingRole).toBool());
        QVERIFY(!card.correctMember(values));   // nothing more to correct: no second edit

        // The son moves out of the county; the household gets a new phone.
        card.memberView()->setCurrentIndex(m->index(m->rowOfPerson(son), 0));
        QVERIFY(card.moveOutCurrent());
        QVERIFY(!m->index(m->rowOfPerson(son), 0).data(HouseholdCardModel::ActiveRole).toBool());
        card.changeHousehold({r.villageId, QStringLiteral("东村 1 号"), QStringLiteral("13900000002")});
        QCOMPARE(m->shownHousehold().phone, QStringLiteral("13900000002"));
        QCOMPARE(m->pendingCount(), 3);

        // Undo the three and redo them with the keyboard; nothing is written meanwhile.
        card.memberView()->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(card.memberView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m->pendingCount(), 0);
        QCOMPARE(m->index(m->rowOfPerson(wife), HouseholdCardModel::NameColumn).data().toString(), QStringLiteral("钱小梅"));
        QVERIFY(m->index(m->rowOfPerson(son), 0).data(HouseholdCardModel::ActiveRole).toBool());
        QVERIFY(!m->pendingHouseholdEdit());
        QCOMPARE(m->shownHousehold().phone, m->household().phone);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(card.memberView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m->pendingCount(), 3);
        QCOMPARE(r.count(QStringLiteral("audit_log")), auditBefore);

        // Ctrl+S writes the three, each with its audit action.
        QTest::keyClick(card.memberView(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(card.errorText().isEmpty(), qPrintable(card.errorText()));
        QCOMPARE(m->pendingCount(), 0);
        QCOMPARE(column(r, QStringLiteral("SELECT name FROM person WHERE id = ?"), wife), QStringLiteral("钱晓梅"));
        QCOMPARE(column(r, QStringLiteral("SELECT poverty FROM person WHERE id = ?"), wife), QStringLiteral("1"));
        QCOMPARE(column(r, QStringLiteral("SELECT status FROM person WHERE id = ?"), son), QStringLiteral("moved_out"));
        QCOMPARE(column(r, QStringLiteral("SELECT phone FROM household WHERE id = ?"), east.id), QStringLiteral("13900000002"));
        QCOMPARE(actions(r, QStringLiteral("person.edit")), 1);
        QCOMPARE(actions(r, QStringLiteral("person.move_out")), 1);
        QCOMPARE(actions(r, QStringLiteral("household.edit")), 1);
        // The saved card shows him moved out, and he can no longer move out or die here.
        card.memberView()->setCurrentIndex(m->index(m->rowOfPerson(son), 0));
        QCOMPARE(m->index(m->rowOfPerson(son), HouseholdCardModel::StatusColumn).data().toString(),
                 PersonSearchModel::statusLabel(QStringLiteral("moved_out")));
        QVERIFY(!card.moveOutCurrent());
        QCOMPARE(column(r, QStringLiteral("SELECT head_person_id FROM household WHERE id = ?"), east.id), head);
    }

    void theCorrectionDialogKeepsTheHeadTheHead()
    {
        TestReplica r;
        r.setUpTownship();
        const TestHousehold east = addTestHousehold(r, r.villageId, QStringLiteral("D001"),
                                                    {{QStringLiteral("赵大山"), QStringLiteral("self"), false},
                                                     {QStringLiteral("钱小梅"), QStringLiteral("spouse"), false}},
                                                    101);
        HouseholdCard card(r.db, r.clerk);
        QVERIFY(card.load(east.id));
        HouseholdCardModel *m = card.members();
        MemberDialog headDialog(m->memberValues(east.personIds.at(0)), true);
        auto *relation = headDialog.findChild<QComboBox *>(QStringLiteral("relation"));
        QVERIFY(relation && !relation->isEnabled());
        QCOMPARE(relation->currentData().toString(), QStringLiteral("self"));
        QCOMPARE(headDialog.person().idNumber, m->memberValues(east.personIds.at(0)).idNumber);
        MemberDialog wifeDialog(m->memberValues(east.personIds.at(1)), false);
        relation = wifeDialog.findChild<QComboBox *>(QStringLiteral("relation"));
        QVERIFY(relation->isEnabled());
        QCOMPARE(relation->findData(QStringLiteral("self")), -1);
        QCOMPARE(relation->currentData().toString(), QStringLiteral("spouse"));
        // A typo in the dialog's id number is caught there, nothing reaches the card.
        auto *idNumber = wifeDialog.findChild<QLineEdit *>(QStringLiteral("idNumber"));
        idNumber->setText(QStringLiteral("110101199003070001"));
        wifeDialog.accept();
        QVERIFY(!wifeDialog.errorText().isEmpty());
        QCOMPARE(wifeDialog.result(), int(QDialog::Rejected));
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
