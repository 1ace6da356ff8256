#include "enrollmentfixture.h"

#include "enrollment/enrollmentpage.h"
#include "enrollment/receiptrequestlist.h"
#include "itemmodels/receiptrequestmodel.h"
#include "services/enrollmentservice.h"
#include "services/receiptservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// The reviewer's list of void and refund requests: what waits, approve and
// reject from it, the maker refused, the receipt and its enrollments
// changed in the database.
class TestReceiptRequests : public QObject
{
    Q_OBJECT

    static constexpr int kYear = 2030;

    static QString receiptStatus(TestReplica &r, const QString &id)
    {
        QSqlQuery q(r.db);
        q.prepare(QStringLiteral("SELECT status FROM receipt WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    static int liveEnrollments(TestReplica &r, const QString &receiptId)
    {
        QSqlQuery q(r.db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM enrollment WHERE receipt_id = ? AND deleted = 0"));
        q.addBindValue(receiptId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    static QString pay(TestReplica &r, const TestHousehold &h)
    {
        ChangeWriter w(r.db, r.clerk);
        auto receipt = EnrollmentService(w).enrollAndPay(h.id, h.personIds, kYear, 1, QStringLiteral("cash"));
        if (!receipt)
            qWarning("%s", qPrintable(receipt.errorText()));
        return receipt ? receipt->value(QStringLiteral("id")).toString() : QString();
    }

private slots:
    void reviewerApprovesAndRejectsFromTheList()
    {
        TestReplica r;
        r.setUpTownship();
        publishPolicyForYear(r, kYear);
        const TestHousehold east = addTestHousehold(r, r.villageId, QStringLiteral("D001"),
                                                    {{QStringLiteral("赵大山"), QStringLiteral("self"), false},
                                                     {QStringLiteral("钱小梅"), QStringLiteral("spouse"), false}},
                                                    101);
        const TestHousehold west = addTestHousehold(r, secondVillageId(r), QStringLiteral("X001"),
                                                    {{QStringLiteral("孙建国"), QStringLiteral("self"), false}}, 201);
        const TestHousehold north = addTestHousehold(r, r.villageId, QStringLiteral("D002"),
                                                     {{QStringLiteral("周北"), QStringLiteral("self"), false}}, 301);
        const QString a = pay(r, east), b = pay(r, west), c = pay(r, north);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        ChangeWriter clerk(r.db, r.clerk);
        QVERIFY(ReceiptService(clerk).request(a, ReceiptService::Change::Void, QStringLiteral("档次录错")).ok());
        QVERIFY(ReceiptService(clerk).request(b, ReceiptService::Change::Refund, QStringLiteral("已参加职工医保")).ok());

        // The model lists the two requests, not the issued receipt.
        ReceiptRequestModel model(r.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(r.townshipId));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowOfReceipt(c) < 0);
        const int rowA = model.rowOfReceipt(a);
        QVERIFY(rowA >= 0);
        QCOMPARE(model.index(rowA, 0).data(ReceiptRequestModel::StatusRole).toString(), QStringLiteral("void_requested"));
        QCOMPARE(model.index(rowA, ReceiptRequestModel::ReasonColumn).data().toString(), QStringLiteral("档次录错"));
        QCOMPARE(model.index(rowA, ReceiptRequestModel::RequestedByColumn).data().toString(), r.clerk.displayName);
        QCOMPARE(model.index(rowA, 0).data(ReceiptRequestModel::TotalFenRole).toLongLong(), qint64(2 * 40000));
        QVERIFY(model.index(rowA, ReceiptRequestModel::HouseholdColumn).data().toString().contains(QStringLiteral("赵大山")));

        // The clerk who asked sees the list but cannot act on it.
        ReceiptRequestList clerkList(r.db, r.clerk);
        QCOMPARE(clerkList.model()->rowCount(), 2);
        QVERIFY(clerkList.findChild<QPushButton *>(QStringLiteral("approveRequest"))->isHidden());
        QVERIFY(!clerkList.approveCurrent());
        QCOMPARE(receiptStatus(r, clerkList.model()->receiptId(0)).endsWith(QStringLiteral("_requested")), true);

        // The reviewer, on the enrollment page's tab.
        EnrollmentPage page(r.db, r.reviewer);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentIndex(1);   // the tab makes the list when first shown
        ReceiptRequestList *list = page.findChild<ReceiptRequestList *>();
        QVERIFY(list);
        QCOMPARE(page.receiptRequests(), list);
        QCOMPARE(list->model()->rowCount(), 2);

        // Reject without a reason: told, nothing changes.
        QVERIFY(list->selectReceipt(b));
        QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("rejectRequest")), Qt::LeftButton);
        QVERIFY(!list->message().isEmpty());
        QCOMPARE(receiptStatus(r, b), QStringLiteral("refund_requested"));
        QCOMPARE(QApplication::focusWidget(), list->findChild<QLineEdit *>(QStringLiteral("rejectReason")));
        // With a reason typed: back to issued, its enrollment live.
        QTest::keyClicks(list->findChild<QLineEdit *>(QStringLiteral("rejectReason")), QStringLiteral("no proof"));
        QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("rejectRequest")), Qt::LeftButton);
        QCOMPARE(receiptStatus(r, b), QStringLiteral("issued"));
        QCOMPARE(liveEnrollments(r, b), 1);
        QCOMPARE(list->model()->rowCount(), 1);

        // Enter on the void request approves it: voided, both enrollments freed.
        QVERIFY(list->selectReceipt(a));
        list->view()->setFocus();
        QTest::keyClick(list->view(), Qt::Key_Return);
        QCOMPARE(receiptStatus(r, a), QStringLiteral("voided"));
        QCOMPARE(liveEnrollments(r, a), 0);
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(list->message().contains(model.index(rowA, ReceiptRequestModel::SerialColumn).data().toString()));
    }

    void theRequestsMakerIsRefusedEvenAsReviewer()
    {
        TestReplica r;
        r.setUpTownship();
        publishPolicyForYear(r, kYear);
        const TestHousehold east = addTestHousehold(r, r.villageId, QStringLiteral("D001"),
                                                    {{QStringLiteral("赵大山"), QStringLiteral("self"), false}}, 101);
        const QString a = pay(r, east);
        ChangeWriter reviewer(r.db, r.reviewer);
        QVERIFY(ReceiptService(reviewer).request(a, ReceiptService::Change::Void, QStringLiteral("录错")).ok());
        ReceiptRequestList list(r.db, r.reviewer);
        QVERIFY(list.selectReceipt(a));
        QVERIFY(!list.approveCurrent());
        QVERIFY(!list.message().isEmpty());
        QCOMPARE(receiptStatus(r, a), QStringLiteral("void_requested"));
        // The township administrator approves it.
        ReceiptRequestList admin(r.db, r.townshipAdmin);
        QVERIFY(admin.selectReceipt(a));
        QVERIFY2(admin.approveCurrent(), qPrintable(admin.message()));
        QCOMPARE(receiptStatus(r, a), QStringLiteral("voided"));
    }
};

QTEST_MAIN(TestReceiptRequests)
#include "tst_receiptrequests.moc"
