#include "../support/testreplica.h"

#include "itemmodels/householdmembersmodel.h"
#include "itemmodels/personsearchmodel.h"
#include "itemmodels/replicasummarymodel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

// PersonSearchModel over a small replica: every search mode, keyset paging,
// the id-number masking rule, and Qt's model tester.
class TestPersonSearchModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void findsByExactIdNumber();
    void findsByLegacyFifteenDigitNumber();
    void findsByIdNumberPrefix();
    void findsByNamePrefix();
    void findsByPinyinInitialsInAnyCase();
    void pagesLazilyWithoutGapsOrRepeats();
    void masksIdNumbersOutsideTheViewersTownship_data();
    void masksIdNumbersOutsideTheViewersTownship();
    void clearsOnTextThatIsNoSearch();
    void passesTheModelTester();
    void queriesUseTheIndexes_data();
    void queriesUseTheIndexes();
    void householdModelListsHeadFirst();
    void summaryCountsTheReplica();
    void skipsTombstonedPersons();   // last: it changes the shared replica

private:
    QString addHousehold(const QString &code, const QStringList &names, const QStringList &relations);

    TestReplica *m_replica = nullptr;
    int m_sequence = 1;
    QStringList m_idNumbers;
    QString m_firstPersonId;
};

QString TestPersonSearchModel::addHousehold(const QString &code, const QStringList &names, const QStringList &relations)
{
    ChangeWriter writer(m_replica->db, m_replica->clerk);
    HouseholdService households(writer);
    auto h = households.createHousehold({m_replica->villageId, code, QStringLiteral("东村 1 组"), {}});
    if (!h)
        qFatal("household: %s", qPrintable(h.errorText()));
    const QString householdId = h->value(QStringLiteral("id")).toString();
    for (int i = 0; i < names.size(); ++i) {
        const QString id = testIdNumber(QStringLiteral("19%1%2").arg(50 + i * 10).arg(QStringLiteral("0315")), m_sequence++);
        HouseholdService::NewPerson p;
        p.householdId = householdId;
        p.idNumber = id;
        p.name = names.at(i);
        p.relation = relations.at(i);
        auto r = households.addPerson(p);
        if (!r)
            qFatal("person: %s", qPrintable(r.errorText()));
        if (m_firstPersonId.isEmpty())
            m_firstPersonId = r->value(QStringLiteral("id")).toString();
        m_idNumbers << id;
    }
    return householdId;
}

void TestPersonSearchModel::initTestCase()
{
    m_replica = new TestReplica;
    m_replica->setUpTownship();
    m_sequence = 1;
    m_idNumbers.clear();
    m_firstPersonId.clear();
    addHousehold(QStringLiteral("H001"), {QStringLiteral("张三丰"), QStringLiteral("李秀兰"), QStringLiteral("张小明")},
                 {QStringLiteral("self"), QStringLiteral("spouse"), QStringLiteral("son")});
    addHousehold(QStringLiteral("H002"), {QStringLiteral("王建国"), QStringLiteral("赵桂英")},
                 {QStringLiteral("self"), QStringLiteral("spouse")});
    // 25 persons whose initials begin with ZS, for paging.
    static const QStringList given = {QStringLiteral("山"), QStringLiteral("森"), QStringLiteral("胜"), QStringLiteral("顺"),
                                      QStringLiteral("硕")};
    for (int h = 0; h < 5; ++h) {
        QStringList names;
        QStringList relations;
        for (int i = 0; i < 5; ++i) {
            names << QStringLiteral("张") + given.at(i) + QString(QChar(0x4E00 + h * 7 + i));
            relations << (i == 0 ? QStringLiteral("self") : QStringLiteral("son"));
        }
        addHousehold(QStringLiteral("Z%1").arg(h), names, relations);
    }
}

void TestPersonSearchModel::cleanupTestCase()
{
    delete m_replica;
    m_replica = nullptr;
}

void TestPersonSearchModel::findsByExactIdNumber()
{
    PersonSearchModel model(m_replica->db);
    model.setViewer(m_replica->clerk);
    model.setSearchText(m_idNumbers.at(1));
    QCOMPARE(model.mode(), PersonSearchModel::Mode::IdNumberExact);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PersonSearchModel::NameColumn).data().toString(), QStringLiteral("李秀兰"));
    QCOMPARE(model.index(0, PersonSearchModel::IdNumberColumn).data().toString(), m_idNumbers.at(1));
    QCOMPARE(model.index(0, PersonSearchModel::HouseholdColumn).data().toString(), QStringLiteral("H001"));
    QCOMPARE(model.index(0, PersonSearchModel::VillageColumn).data().toString(), QStringLiteral("东村"));
    QVERIFY(!model.canFetchMore({}));
}

void TestPersonSearchModel::findsByLegacyFifteenDigitNumber()
{
    // 18-digit 360102 1950 0315 001 X ↔ 15-digit 360102 500315 001.
    const QString full = m_idNumbers.at(0);
    const QString legacy = full.left(6) + full.mid(8, 9);
    PersonSearchModel model(m_replica->db);
    model.setSearchText(legacy);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PersonSearchModel::NameColumn).data().toString(), QStringLiteral("张三丰"));
}

void TestPersonSearchModel::findsByIdNumberPrefix()
{
    PersonSearchModel model(m_replica->db);
    model.setSearchText(QStringLiteral("36010219600315"));
    QCOMPARE(model.mode(), PersonSearchModel::Mode::IdNumberPrefix);
    // Born 1960-03-15: the second member of each household.
    QCOMPARE(model.rowCount(), 7);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.index(r, 0).data(PersonSearchModel::FullIdNumberRole).toString().isEmpty()
                || model.index(r, 0).data(PersonSearchModel::FullIdNumberRole).toString().startsWith(QLatin1String("36010219600315")));
}

void TestPersonSearchModel::findsByNamePrefix()
{
    PersonSearchModel model(m_replica->db);
    model.setSearchText(QStringLiteral("张"));
    QCOMPARE(model.mode(), PersonSearchModel::Mode::NamePrefix);
    QCOMPARE(model.rowCount(), 27);
    model.setSearchText(QStringLiteral(" 王建 "));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PersonSearchModel::NameColumn).data().toString(), QStringLiteral("王建国"));
    model.setSearchText(QStringLiteral("建国"));   // a prefix search, not a substring one
    QCOMPARE(model.rowCount(), 0);
}

void TestPersonSearchModel::findsByPinyinInitialsInAnyCase()
{
    PersonSearchModel model(m_replica->db);
    model.setSearchText(QStringLiteral("zsf"));
    QCOMPARE(model.mode(), PersonSearchModel::Mode::InitialsPrefix);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PersonSearchModel::NameColumn).data().toString(), QStringLiteral("张三丰"));
    model.setSearchText(QStringLiteral("WJG"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PersonSearchModel::NameColumn).data().toString(), QStringLiteral("王建国"));
}

void TestPersonSearchModel::pagesLazilyWithoutGapsOrRepeats()
{
    PersonSearchModel model(m_replica->db);
    model.setPageSize(4);
    model.setSearchText(QStringLiteral("ZS"));   // 张三丰 + 25 张S…
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.canFetchMore({}));
    int fetches = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++fetches;
    }
    QCOMPARE(model.rowCount(), 26);
    QVERIFY(fetches >= 6);
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.personId(r));
    QCOMPARE(ids.size(), 26);
}

void TestPersonSearchModel::skipsTombstonedPersons()
{
    ChangeWriter writer(m_replica->db, m_replica->clerk);
    QVERIFY(writer.transact([&] {
                      auto r = writer.tombstone(QStringLiteral("person"), m_firstPersonId, QStringLiteral("person.remove"));
                      return r ? Validation() : r.errors();
                  }).ok());
    PersonSearchModel model(m_replica->db);
    model.setSearchText(QStringLiteral("ZSF"));
    QCOMPARE(model.rowCount(), 0);
    model.setSearchText(m_idNumbers.at(0));
    QCOMPARE(model.rowCount(), 0);
}

void TestPersonSearchModel::masksIdNumbersOutsideTheViewersTownship_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("whole");
    QTest::newRow("clerk of the township") << QStringLiteral("clerk") << true;
    QTest::newRow("reviewer of the township") << QStringLiteral("reviewer") << true;
    QTest::newRow("township administrator") << QStringLiteral("admin") << true;
    QTest::newRow("county administrator") << QStringLiteral("county") << false;
    QTest::newRow("clerk of another township") << QStringLiteral("other") << false;
    QTest::newRow("nobody signed in") << QString() << false;
}

void TestPersonSearchModel::masksIdNumbersOutsideTheViewersTownship()
{
    QFETCH(QString, who);
    QFETCH(bool, whole);
    SessionUser viewer;
    if (who == QLatin1String("clerk"))
        viewer = m_replica->clerk;
    else if (who == QLatin1String("reviewer"))
        viewer = m_replica->reviewer;
    else if (who == QLatin1String("admin"))
        viewer = m_replica->townshipAdmin;
    else if (who == QLatin1String("county"))
        viewer = m_replica->countyAdmin;
    else if (who == QLatin1String("other")) {
        viewer = m_replica->clerk;
        viewer.townshipId = QStringLiteral("another-township");
    }
    PersonSearchModel model(m_replica->db);
    model.setViewer(viewer);
    model.setSearchText(m_idNumbers.at(0));
    QCOMPARE(model.rowCount(), 1);
    const QString shown = model.index(0, PersonSearchModel::IdNumberColumn).data().toString();
    QCOMPARE(shown, whole ? m_idNumbers.at(0) : IdNumber::masked(m_idNumbers.at(0)));
    QCOMPARE(shown == m_idNumbers.at(0), whole);
}

void TestPersonSearchModel::clearsOnTextThatIsNoSearch()
{
    PersonSearchModel model(m_replica->db);
    model.setSearchText(QStringLiteral("ZS"));
    QVERIFY(model.rowCount() > 0);
    for (const QString &text : {QString(), QStringLiteral("   "), QStringLiteral("?!"), QStringLiteral("zs1")}) {
        model.setSearchText(text);
        QCOMPARE(model.mode(), PersonSearchModel::Mode::None);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
}

void TestPersonSearchModel::passesTheModelTester()
{
    PersonSearchModel model(m_replica->db);
    model.setPageSize(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setViewer(m_replica->clerk);
    model.setSearchText(QStringLiteral("Z"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    model.setSearchText(QStringLiteral("张三"));
    model.setSearchText(QString());
    model.setSearchText(m_idNumbers.at(2));

    HouseholdMembersModel members(m_replica->db, m_replica->clerk);
    QAbstractItemModelTester memberTester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(members.setPerson(m_firstPersonId));
    QVERIFY(!members.setPerson(QStringLiteral("no-such-person")));

    ReplicaSummaryModel summary(m_replica->db, ReplicaSummaryModel::Section::Enrollment, m_replica->townshipId);
    QAbstractItemModelTester summaryTester(&summary, QAbstractItemModelTester::FailureReportingMode::QtTest);
    summary.refresh();
}

void TestPersonSearchModel::queriesUseTheIndexes_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("index");
    QTest::newRow("exact id number") << QStringLiteral("p.id_number = '360102195003150011' AND p.deleted = 0")
                                     << QStringLiteral("person_id_number_live");
    QTest::newRow("id number prefix") << QStringLiteral("p.id_number >= '3601' AND p.id_number < '3602' AND p.deleted = 0")
                                      << QStringLiteral("person_id_number_live");
    QTest::newRow("name prefix") << QStringLiteral("p.name >= '张' AND p.name < '张\U0010FFFF' AND p.deleted = 0")
                                 << QStringLiteral("person_name");
    QTest::newRow("initials prefix") << QStringLiteral("p.name_initials >= 'ZS' AND p.name_initials < 'ZT' AND p.deleted = 0")
                                     << QStringLiteral("person_initials");
}

void TestPersonSearchModel::queriesUseTheIndexes()
{
    // The same shape of statement as PersonSearchModel::readPage().
    QFETCH(QString, where);
    QFETCH(QString, index);
    QSqlQuery q(m_replica->db);
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT p.rowid FROM person p JOIN household h ON h.id = p.household_id "
                                  "JOIN village v ON v.id = h.village_id WHERE ") + where));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(QStringLiteral("USING INDEX ") + index) || plan.contains(QStringLiteral("USING COVERING INDEX ") + index),
             qPrintable(plan));
}

void TestPersonSearchModel::householdModelListsHeadFirst()
{
    HouseholdMembersModel members(m_replica->db, m_replica->clerk);
    PersonSearchModel search(m_replica->db);
    search.setSearchText(QStringLiteral("张小明"));
    QCOMPARE(search.rowCount(), 1);
    QVERIFY(members.setPerson(search.personId(0)));
    QCOMPARE(members.rowCount(), 3);
    QCOMPARE(members.household().code, QStringLiteral("H001"));
    QCOMPARE(members.household().village, QStringLiteral("东村"));
    QCOMPARE(members.household().township, QStringLiteral("示范镇"));
    QCOMPARE(members.index(0, HouseholdMembersModel::NameColumn).data().toString(), QStringLiteral("张三丰"));
    QCOMPARE(members.rowOfPerson(search.personId(0)), 2);
}

void TestPersonSearchModel::summaryCountsTheReplica()
{
    ReplicaSummaryModel enrollment(m_replica->db, ReplicaSummaryModel::Section::Enrollment, m_replica->townshipId);
    QCOMPARE(enrollment.rowCount(), 0);   // nothing read before refresh()
    enrollment.refresh();
    QCOMPARE(enrollment.index(0, ReplicaSummaryModel::FigureColumn).data(ReplicaSummaryModel::SortValueRole).toLongLong(), 7);
    QCOMPARE(enrollment.index(1, ReplicaSummaryModel::FigureColumn).data(ReplicaSummaryModel::SortValueRole).toLongLong(), 30);
    ReplicaSummaryModel other(m_replica->db, ReplicaSummaryModel::Section::Enrollment, QStringLiteral("another-township"));
    other.refresh();
    QCOMPARE(other.index(0, ReplicaSummaryModel::FigureColumn).data(ReplicaSummaryModel::SortValueRole).toLongLong(), 0);
    QVERIFY(ReplicaSummaryModel::pendingOperations(m_replica->db) > 30);
    QVERIFY(!ReplicaSummaryModel::lastSync(m_replica->db).isValid());
}

QTEST_GUILESS_MAIN(TestPersonSearchModel)
#include "tst_personsearchmodel.moc"
