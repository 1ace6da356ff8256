// The conflicts page with the keyboard alone: Enter from the list to the
// fields, a list editor for a field with fixed values, Ctrl+Enter saves the
// edited version; a version the record's service refuses shows its message
// and changes nothing.

#include "claimfixture.h"
#include "conflictstage.h"

#include "itemmodels/householdmembersmodel.h"
#include "itemmodels/syncconflictfieldsmodel.h"
#include "itemmodels/syncconflictmodel.h"
#include "sync/syncconflictsview.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

class TestSyncConflictsView : public QObject
{
    Q_OBJECT

    static QString personValue(ClaimFixture &f, const char *column)
    {
        return ChangeWriter(f.r.db, f.r.clerk).load(QStringLiteral("person"), f.sonId)->value(QLatin1String(column)).toString();
    }

private slots:
    void aReviewerPicksAndSavesWithTheKeyboard()
    {
        ClaimFixture f;
        f.setUp();
        const QString conflict = stageConflict(f.r.db, f.r.clerk, QStringLiteral("person"), f.sonId,
                                               {{QStringLiteral("relation"), QStringLiteral("grandchild")}});
        SyncConflictsView view(f.r.db, f.r.reviewer);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));   // shortcuts need an active window
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.fieldsModel()->column(0), QStringLiteral("relation"));
        // The list and the fields say it in words.
        QCOMPARE(view.fieldsModel()->index(0, SyncConflictFieldsModel::LocalColumn).data().toString(),
                 HouseholdMembersModel::relationLabel(QStringLiteral("grandchild")));

        view.list()->setFocus();
        QTest::keyClick(view.list(), Qt::Key_Return);
        QVERIFY(view.fieldsView()->hasFocus());
        QCOMPARE(view.fieldsView()->currentIndex(), view.fieldsModel()->index(0, SyncConflictFieldsModel::StandsColumn));
        QTest::keyClick(view.fieldsView(), Qt::Key_F2);
        auto *combo = view.fieldsView()->findChild<QComboBox *>();
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("grandchild")));
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(view.fieldsModel()->standingValue(0), QStringLiteral("grandchild"));
        QTest::keyClick(view.fieldsView(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(!view.errorLabel()->isVisible(), qPrintable(view.errorLabel()->text()));
        QCOMPARE(personValue(f, "relation"), QStringLiteral("grandchild"));
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(ConflictResolutionService::load(f.r.db, conflict)->resolution == QLatin1String("edited"));
    }

    void aRefusedVersionSaysWhyAndChangesNothing()
    {
        ClaimFixture f;
        f.setUp();
        stageConflict(f.r.db, f.r.clerk, QStringLiteral("person"), f.sonId, {{QStringLiteral("phone"), QStringLiteral("13800000009")}});
        SyncConflictsView view(f.r.db, f.r.reviewer);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));   // shortcuts need an active window
        const QString phoneBefore = personValue(f, "phone");
        view.list()->setFocus();
        QTest::keyClick(view.list(), Qt::Key_Return);
        QTest::keyClick(view.fieldsView(), Qt::Key_F2);
        auto *editor = view.fieldsView()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("12345"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(view.fieldsModel()->standingValue(0), QStringLiteral("12345"));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("keepEditedButton")), Qt::LeftButton);
        QVERIFY(view.errorLabel()->isVisible());
        QVERIFY(!view.errorLabel()->text().isEmpty());
        QCOMPARE(personValue(f, "phone"), phoneBefore);
        QCOMPARE(view.model()->rowCount(), 1);
        // This workstation's version stands after all: Tab from the fields
        // reaches the decisions in order.
        view.fieldsView()->setFocus();
        QTest::keyClick(view.fieldsView(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view.findChild<QPushButton *>(QStringLiteral("keepServerButton")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view.findChild<QPushButton *>(QStringLiteral("keepLocalButton")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY2(!view.errorLabel()->isVisible(), qPrintable(view.errorLabel()->text()));
        QCOMPARE(personValue(f, "phone"), QStringLiteral("13800000009"));
    }
};

QTEST_MAIN(TestSyncConflictsView)
#include "tst_syncconflictsview.moc"
