#include "../support/enrollmentfixture.h"

#include "services/enrollmentservice.h"
#include "services/receiptservice.h"
#include "services/reconciliationreport.h"
#include "roster/spreadsheetreader.h"

#include <QSqlQuery>
#include <QTest>

// Receipts after they are issued: void and refund need a reason and a second
// user's approval; the enrollments follow the receipt; serial numbers are
// never reused. The daily reconciliation agrees with the receipts to the fen.
class TestReceiptService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void voidNeedsAReasonAndAnotherUsersApproval();
    void approvedVoidFreesTheMembersAndKeepsTheSerial();
    void refundMarksEnrollmentsRefunded();
    void rejectReturnsTheReceiptToIssued();
    void clerkCannotApprove();
    void onlyAnIssuedReceiptCanBeVoided();
    void reconciliationAgreesWithTheReceiptsToTheFen();
    void reconciliationExportsTotals();

private:
    QString pay(const TestHousehold &h, const QStringList &personIds, const QString &channel = QStringLiteral("cash"));
    QString status(const QString &table, const QString &id);

    TestReplica *m_r = nullptr;
    TestHousehold m_east;
    TestHousehold m_west;
    static constexpr int kYear = 2030;
};

void TestReceiptService::init()
{
    m_r = new TestReplica;
    m_r->setUpTownship();
    publishPolicyForYear(*m_r, kYear);
    m_east = addTestHousehold(*m_r, m_r->villageId, QStringLiteral("D001"),
                              {{QStringLiteral("赵大山"), QStringLiteral("self"), false},
                               {QStringLiteral("钱小梅"), QStringLiteral("spouse"), false},
                               {QStringLiteral("赵明"), QStringLiteral("son"), false},
                               {QStringLiteral("赵老太"), QStringLiteral("parent"), true}},
                              101);
    m_west = addTestHousehold(*m_r, secondVillageId(*m_r), QStringLiteral("X001"),
                              {{QStringLiteral("孙建国"), QStringLiteral("self"), false},
                               {QStringLiteral("李秀英"), QStringLiteral("spouse"), false}},
                              201);
}

void TestReceiptService::cleanup()
{
    delete m_r;
    m_r = nullptr;
}

QString TestReceiptService::pay(const TestHousehold &h, const QStringList &personIds, const QString &channel)
{
    ChangeWriter writer(m_r->db, m_r->clerk);
    auto receipt = EnrollmentService(writer).enrollAndPay(h.id, personIds, kYear, 1, channel);
    if (!receipt)
        qWarning("%s", qPrintable(receipt.errorText()));
    return receipt ? receipt->value(QStringLiteral("id")).toString() : QString();
}

QString TestReceiptService::status(const QString &table, const QString &id)
{
    QSqlQuery q(m_r->db);
    q.prepare(QStringLiteral("SELECT status FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void TestReceiptService::voidNeedsAReasonAndAnotherUsersApproval()
{
    const QString receipt = pay(m_east, m_east.personIds);
    QVERIFY(!receipt.isEmpty());
    ChangeWriter clerk(m_r->db, m_r->clerk);
    ReceiptService clerkService(clerk);
    const Validation noReason = clerkService.request(receipt, ReceiptService::Change::Void, QStringLiteral("  "));
    QVERIFY(noReason.hasField(QStringLiteral("change_reason")));
    QCOMPARE(status(QStringLiteral("receipt"), receipt), QStringLiteral("issued"));

    QVERIFY(clerkService.request(receipt, ReceiptService::Change::Void, QStringLiteral("收错档次")).ok());
    QCOMPARE(status(QStringLiteral("receipt"), receipt), QStringLiteral("void_requested"));
    // The reviewer may approve; had the reviewer asked, they could not.
    ChangeWriter reviewer(m_r->db, m_r->reviewer);
    QVERIFY(ReceiptService(reviewer).approve(receipt).ok());
    QCOMPARE(status(QStringLiteral("receipt"), receipt), QStringLiteral("voided"));

    const QString second = pay(m_east, m_east.personIds);
    QVERIFY(ReceiptService(reviewer).request(second, ReceiptService::Change::Void, QStringLiteral("重复收费")).ok());
    const Validation own = ReceiptService(reviewer).approve(second);
    QVERIFY(own.hasField(QStringLiteral("permission")));
    QCOMPARE(status(QStringLiteral("receipt"), second), QStringLiteral("void_requested"));
    ChangeWriter admin(m_r->db, m_r->townshipAdmin);
    QVERIFY(ReceiptService(admin).approve(second).ok());
}

void TestReceiptService::approvedVoidFreesTheMembersAndKeepsTheSerial()
{
    const QString first = pay(m_east, m_east.personIds);
    const QString firstSerial = ReceiptService::load(m_r->db, first)->serial;
    ChangeWriter clerk(m_r->db, m_r->clerk);
    QVERIFY(ReceiptService(clerk).request(first, ReceiptService::Change::Void, QStringLiteral("收错档次")).ok());
    ChangeWriter reviewer(m_r->db, m_r->reviewer);
    QVERIFY(ReceiptService(reviewer).approve(first).ok());
    const auto voided = ReceiptService::load(m_r->db, first);
    QCOMPARE(voided->lines.size(), 4);
    for (const auto &l : voided->lines)
        QCOMPARE(l.status, QStringLiteral("voided"));

    // The members enroll again, on a new receipt with the next serial.
    const QString again = pay(m_east, m_east.personIds);
    QVERIFY(!again.isEmpty());
    const QString againSerial = ReceiptService::load(m_r->db, again)->serial;
    QVERIFY(againSerial > firstSerial);
    QCOMPARE(againSerial.section(QLatin1Char('-'), 1).toInt(), firstSerial.section(QLatin1Char('-'), 1).toInt() + 1);
    QCOMPARE(ReceiptService::load(m_r->db, first)->serial, firstSerial);
}

void TestReceiptService::refundMarksEnrollmentsRefunded()
{
    const QString receipt = pay(m_west, m_west.personIds, QStringLiteral("mobile"));
    ChangeWriter clerk(m_r->db, m_r->clerk);
    QVERIFY(ReceiptService(clerk).request(receipt, ReceiptService::Change::Refund, QStringLiteral("已参加职工医保")).ok());
    ChangeWriter reviewer(m_r->db, m_r->reviewer);
    QVERIFY(ReceiptService(reviewer).approve(receipt).ok());
    const auto doc = ReceiptService::load(m_r->db, receipt);
    QCOMPARE(doc->status, QStringLiteral("refunded"));
    QCOMPARE(doc->changeReason, QStringLiteral("已参加职工医保"));
    for (const auto &l : doc->lines)
        QCOMPARE(l.status, QStringLiteral("refunded"));
    QSqlQuery q(m_r->db);
    q.prepare(QStringLiteral("SELECT change_requested_by, change_approved_by FROM receipt WHERE id = ?"));
    q.addBindValue(receipt);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), m_r->clerk.id);
    QCOMPARE(q.value(1).toString(), m_r->reviewer.id);
}

void TestReceiptService::rejectReturnsTheReceiptToIssued()
{
    const QString receipt = pay(m_west, m_west.personIds);
    ChangeWriter clerk(m_r->db, m_r->clerk);
    QVERIFY(ReceiptService(clerk).request(receipt, ReceiptService::Change::Refund, QStringLiteral("本人要求")).ok());
    ChangeWriter reviewer(m_r->db, m_r->reviewer);
    QVERIFY(ReceiptService(reviewer).reject(receipt, QString()).hasField(QStringLiteral("change_reason")));
    QVERIFY(ReceiptService(reviewer).reject(receipt, QStringLiteral("理由不足")).ok());
    QCOMPARE(status(QStringLiteral("receipt"), receipt), QStringLiteral("issued"));
    for (const QString &p : m_west.personIds) {
        QSqlQuery q(m_r->db);
        q.prepare(QStringLiteral("SELECT status FROM enrollment WHERE person_id = ?"));
        q.addBindValue(p);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("paid"));
    }
}

void TestReceiptService::clerkCannotApprove()
{
    const QString receipt = pay(m_west, m_west.personIds);
    ChangeWriter reviewer(m_r->db, m_r->reviewer);
    QVERIFY(ReceiptService(reviewer).request(receipt, ReceiptService::Change::Void, QStringLiteral("错收")).ok());
    ChangeWriter clerk(m_r->db, m_r->clerk);
    QVERIFY(ReceiptService(clerk).approve(receipt).hasField(QStringLiteral("permission")));
    QCOMPARE(status(QStringLiteral("receipt"), receipt), QStringLiteral("void_requested"));
}

void TestReceiptService::onlyAnIssuedReceiptCanBeVoided()
{
    const QString receipt = pay(m_west, m_west.personIds);
    ChangeWriter clerk(m_r->db, m_r->clerk);
    QVERIFY(ReceiptService(clerk).request(receipt, ReceiptService::Change::Void, QStringLiteral("错收")).ok());
    QVERIFY(ReceiptService(clerk).request(receipt, ReceiptService::Change::Refund, QStringLiteral("再次")).hasField(QStringLiteral("status")));
    ChangeWriter reviewer(m_r->db, m_r->reviewer);
    QVERIFY(ReceiptService(reviewer).approve(receipt).ok());
    QVERIFY(ReceiptService(reviewer).approve(receipt).hasField(QStringLiteral("status")));
}

void TestReceiptService::reconciliationAgreesWithTheReceiptsToTheFen()
{
    // East: 3 pay ¥400, the poverty member nothing; west: 2 pay by phone.
    const QString east = pay(m_east, m_east.personIds, QStringLiteral("cash"));
    const QString west = pay(m_west, m_west.personIds, QStringLiteral("mobile"));
    const QDate today = QDate::currentDate();
    auto lines = ReconciliationReport::compute(m_r->db, m_r->townshipId, today, today);
    QCOMPARE(lines.size(), 2);
    QVERIFY(ReconciliationReport::agrees(lines));
    auto total = ReconciliationReport::total(lines);
    QCOMPARE(total.receiptsIssued, 2);
    QCOMPARE(total.persons, 6);
    QCOMPARE(total.personalFen, 5 * 40000);
    QCOMPARE(total.subsidizedFen, 40000);
    QCOMPARE(total.subsidyFen, 6 * 67000);
    QCOMPARE(total.issuedFen, 5 * 40000);
    QCOMPARE(total.cashFen, 3 * 40000);
    QCOMPARE(total.mobileFen, 2 * 40000);
    QCOMPARE(total.cashTotalFen(), 3 * 40000);
    // Against the receipts themselves.
    QSqlQuery q(m_r->db);
    QVERIFY(q.exec(QStringLiteral("SELECT SUM(total_fen) FROM receipt")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), total.issuedFen);

    // A voided cash receipt counts on the day of its approval, as cash handed back.
    ChangeWriter clerk(m_r->db, m_r->clerk);
    QVERIFY(ReceiptService(clerk).request(east, ReceiptService::Change::Void, QStringLiteral("错收")).ok());
    ChangeWriter reviewer(m_r->db, m_r->reviewer);
    QVERIFY(ReceiptService(reviewer).approve(east).ok());
    lines = ReconciliationReport::compute(m_r->db, m_r->townshipId, today, today);
    total = ReconciliationReport::total(lines);
    QVERIFY(ReconciliationReport::agrees(lines));
    QCOMPARE(total.receiptsIssued, 2);
    QCOMPARE(total.receiptsVoided, 1);
    QCOMPARE(total.voidedFen, 3 * 40000);
    QCOMPARE(total.cashTotalFen(), 0);
    QCOMPARE(total.netFen(), 2 * 40000);
    // Per village: 东村 sorts before 西村 by name within the day.
    QCOMPARE(lines.at(0).village, QStringLiteral("东村"));
    QCOMPARE(lines.at(0).persons, 4);
    QCOMPARE(lines.at(1).village, QStringLiteral("西村"));
    QCOMPARE(lines.at(1).issuedFen, 2 * 40000);
    // Other days hold nothing.
    QVERIFY(ReconciliationReport::compute(m_r->db, m_r->townshipId, today.addDays(-3), today.addDays(-1)).isEmpty());
    Q_UNUSED(west);
}

void TestReceiptService::reconciliationExportsTotals()
{
    pay(m_east, m_east.personIds);
    const QDate today = QDate::currentDate();
    const auto lines = ReconciliationReport::compute(m_r->db, m_r->townshipId, today, today);
    for (const QString &name : {QStringLiteral("r.csv"), QStringLiteral("r.xlsx")}) {
        const QString path = m_r->dir.filePath(name);
        const Validation v = ReconciliationReport::write(path, lines);
        QVERIFY2(v.ok(), qPrintable(v.text()));
        auto table = SpreadsheetReader::read(path);
        QVERIFY2(table.ok(), qPrintable(table.errorText()));
        const auto &rows = table->rows;
        QCOMPARE(rows.size(), 3);   // header, 东村, total
        QCOMPARE(rows.at(1).cells.value(4), QStringLiteral("1200.00"));
        QCOMPARE(rows.at(2).cells.value(3), QStringLiteral("4"));
    }
}

QTEST_GUILESS_MAIN(TestReceiptService)
#include "tst_receiptservice.moc"
