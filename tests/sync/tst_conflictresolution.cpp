// Conflicts in the workstation: the conflicts list in plain words with both
// versions side by side, and ConflictResolutionService writing a reviewer's
// decision (county's version, this workstation's, or an edited one) as a
// new operation, with the roles and two-person review of the services.

#include "syncfixture.h"

#include "itemmodels/syncconflictfieldsmodel.h"
#include "itemmodels/syncconflictmodel.h"
#include "services/auditchain.h"
#include "services/conflictresolutionservice.h"

#include <QAbstractItemModelTester>

class TestConflictResolution : public QObject
{
    Q_OBJECT

    // Two workstations of township 1 edit the same household's phone on the
    // same version; b's edit (by editor on b) becomes a conflict on b.
    struct Scene
    {
        CountyFixture county;
        Workstation a, b;
        QString household;
        QString conflictId;
    };
    static void makeConflict(Scene &s, const QString &editorOnB)
    {
        s.county.provision();
        SyncClient ca(s.a.db), cb(s.b.db);
        QVERIFY(SyncRunner::run(ca, s.county.transport(s.county.bearer1)).agree);
        s.household = addHousehold(s.a, s.a.user(QStringLiteral("clerk1")), s.county.village1, QStringLiteral("H1"),
                                   testIdNumber(QStringLiteral("19800101"), 11));
        QVERIFY(!s.household.isEmpty());
        QVERIFY(SyncRunner::run(ca, s.county.transport(s.county.bearer1)).agree);
        QVERIFY(SyncRunner::run(cb, s.county.transport(s.county.bearer1)).agree);
        const qint64 version = s.b.row(QStringLiteral("household"), s.household).value(QStringLiteral("version")).toLongLong();
        QVERIFY(ChangeWriter(s.a.db, s.a.user(QStringLiteral("clerk1")))
                    .updateAlone(QStringLiteral("household"), s.household, {{QStringLiteral("phone"), QStringLiteral("13800000001")}},
                                 QStringLiteral("household.edit"), version)
                    .ok());
        QVERIFY(ChangeWriter(s.b.db, s.b.user(editorOnB))
                    .updateAlone(QStringLiteral("household"), s.household,
                                 {{QStringLiteral("phone"), QStringLiteral("13800000002")}, {QStringLiteral("address"), QStringLiteral("北街 5 号")}},
                                 QStringLiteral("household.edit"), version)
                    .ok());
        QVERIFY(SyncRunner::run(ca, s.county.transport(s.county.bearer1)).agree);
        const auto rb = SyncRunner::run(cb, s.county.transport(s.county.bearer1));
        QCOMPARE(rb.conflicts, 1);
        QSqlQuery q(s.b.db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM sync_conflict WHERE status = 'open'")) && q.next());
        s.conflictId = q.value(0).toString();
    }
    static QString phone(const Workstation &w, const QString &household)
    {
        return w.row(QStringLiteral("household"), household).value(QStringLiteral("phone")).toString();
    }

private slots:
    void listShowsBothVersionsInPlainWords()
    {
        Scene s;
        makeConflict(s, QStringLiteral("clerk1"));
        SyncConflictModel list(s.b.db);
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.reload();
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.openCount(), 1);
        QCOMPARE(list.conflictId(0), s.conflictId);
        QCOMPARE(list.index(0, SyncConflictModel::RecordColumn).data().toString(), QStringLiteral("H1"));
        QCOMPARE(list.index(0, SyncConflictModel::MakerColumn).data().toString(), QStringLiteral("王经办"));
        QVERIFY(!list.index(0, SyncConflictModel::ReasonColumn).data().toString().isEmpty());

        SyncConflictFieldsModel fields(s.b.db);
        QAbstractItemModelTester fieldsTester(&fields, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fields.setConflict(ConflictResolutionService::load(s.b.db, s.conflictId));
        QCOMPARE(fields.differingCount(), 2);   // phone and address
        // The differing fields come first, each with both versions; the county's stands to begin with.
        QStringList differing = {fields.column(0), fields.column(1)};
        differing.sort();
        QCOMPARE(differing, (QStringList{QStringLiteral("address"), QStringLiteral("phone")}));
        const int phoneRow = fields.column(0) == QLatin1String("phone") ? 0 : 1;
        QCOMPARE(fields.index(phoneRow, SyncConflictFieldsModel::LocalColumn).data().toString(), QStringLiteral("13800000002"));
        QCOMPARE(fields.index(phoneRow, SyncConflictFieldsModel::ServerColumn).data().toString(), QStringLiteral("13800000001"));
        QCOMPARE(fields.index(phoneRow, SyncConflictFieldsModel::StandsColumn).data().toString(), QStringLiteral("13800000001"));
        QVERIFY(!fields.isEdited());
        QVERIFY(fields.flags(fields.index(phoneRow, SyncConflictFieldsModel::StandsColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(fields.flags(fields.index(phoneRow, SyncConflictFieldsModel::ServerColumn)) & Qt::ItemIsEditable));
        QVERIFY(fields.setData(fields.index(phoneRow, SyncConflictFieldsModel::StandsColumn), QStringLiteral("13900000003")));
        QVERIFY(fields.isEdited());
        QCOMPARE(fields.standingValues().value(QStringLiteral("phone")).toString(), QStringLiteral("13900000003"));

        // Resolved ones drop out of the open list and show with their decision on request.
        ChangeWriter writer(s.b.db, s.b.user(QStringLiteral("reviewer1")));
        QVERIFY(ConflictResolutionService(writer).keepServer(s.conflictId).ok());
        list.reload();
        QCOMPARE(list.rowCount(), 0);
        list.setShowResolved(true);
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.openCount(), 0);
        QVERIFY(!list.index(0, SyncConflictModel::StatusColumn).data().toString().isEmpty());
    }

    void clerkCannotDecideAndNothingChanges()
    {
        Scene s;
        makeConflict(s, QStringLiteral("clerk1"));
        const qint64 outbox = s.b.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        ChangeWriter writer(s.b.db, s.b.user(QStringLiteral("clerk1")));
        ConflictResolutionService service(writer);
        for (const Validation &v : {service.keepServer(s.conflictId), service.keepLocal(s.conflictId)}) {
            QVERIFY(!v.ok());
            QVERIFY(v.hasField(QStringLiteral("permission")));
        }
        QCOMPARE(s.b.count(QStringLiteral("SELECT COUNT(*) FROM sync_conflict WHERE status = 'open'")), 1);
        QCOMPARE(s.b.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), outbox);
        QCOMPARE(phone(s.b, s.household), QStringLiteral("13800000001"));
    }

    void keepingTheCountysVersionWritesNoOperation()
    {
        Scene s;
        makeConflict(s, QStringLiteral("clerk1"));
        const qint64 outbox = s.b.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        ChangeWriter writer(s.b.db, s.b.user(QStringLiteral("reviewer1")));
        ConflictResolutionService service(writer);
        const Validation v = service.keepServer(s.conflictId);
        QVERIFY2(v.ok(), qPrintable(v.text()));
        QCOMPARE(s.b.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), outbox);
        QCOMPARE(s.b.count(QStringLiteral("SELECT COUNT(*) FROM sync_conflict WHERE status = 'resolved' AND resolution = 'server' "
                                          "AND resolution_op_id IS NULL")),
                 1);
        QVERIFY(!service.keepServer(s.conflictId).ok());   // decided once
        QCOMPARE(phone(s.b, s.household), QStringLiteral("13800000001"));
    }

    void keepingThisWorkstationsVersionIsANewOperationTheCountyTakes()
    {
        Scene s;
        makeConflict(s, QStringLiteral("clerk1"));
        ChangeWriter writer(s.b.db, s.b.user(QStringLiteral("reviewer1")));
        ConflictResolutionService service(writer);
        const Validation v = service.keepLocal(s.conflictId);
        QVERIFY2(v.ok(), qPrintable(v.text()));
        QVERIFY(!service.lastOperationId().isEmpty());
        QSqlQuery q(s.b.db);
        q.prepare(QStringLiteral("SELECT c.resolution, o.entity, o.row_id, o.pushed_at, a.user_id FROM sync_conflict c "
                                 "JOIN sync_outbox o ON o.op_id = c.resolution_op_id JOIN audit_log a ON a.seq = o.audit_seq "
                                 "WHERE c.id = ?"));
        q.addBindValue(s.conflictId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("local"));
        QCOMPARE(q.value(2).toString(), s.household);
        QVERIFY(q.value(3).isNull());   // waiting to be sent
        QCOMPARE(q.value(4).toString(), s.b.user(QStringLiteral("reviewer1")).id);
        q.finish();
        QCOMPARE(phone(s.b, s.household), QStringLiteral("13800000002"));
        QVERIFY(AuditChain::verify(s.b.db).ok());

        SyncClient ca(s.a.db), cb(s.b.db);
        const auto pushed = SyncRunner::run(cb, s.county.transport(s.county.bearer1));
        QVERIFY(pushed.agree);
        QCOMPARE(pushed.applied, 1);
        QVERIFY(SyncRunner::run(ca, s.county.transport(s.county.bearer1)).agree);
        QCOMPARE(phone(s.a, s.household), QStringLiteral("13800000002"));
        QCOMPARE(s.a.row(QStringLiteral("household"), s.household).value(QStringLiteral("address")).toString(), QStringLiteral("北街 5 号"));
    }

    void anEditedVersionStandsAndBadValuesAreRefused()
    {
        Scene s;
        makeConflict(s, QStringLiteral("clerk1"));
        ChangeWriter writer(s.b.db, s.b.user(QStringLiteral("reviewer1")));
        ConflictResolutionService service(writer);
        const qint64 outbox = s.b.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox"));
        // A field that is not the record's, and the same version as stands, change nothing.
        Validation bad = service.keepEdited(s.conflictId, {{QStringLiteral("version"), 99}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.hasField(QStringLiteral("version")));
        bad = service.keepEdited(s.conflictId, {{QStringLiteral("phone"), QStringLiteral("13800000001")}});
        QVERIFY(!bad.ok());
        QCOMPARE(s.b.count(QStringLiteral("SELECT COUNT(*) FROM sync_outbox")), outbox);

        SyncConflictFieldsModel fields(s.b.db);
        fields.setConflict(ConflictResolutionService::load(s.b.db, s.conflictId));
        for (int row = 0; row < fields.rowCount(); ++row)
            if (fields.column(row) == QLatin1String("phone"))
                QVERIFY(fields.setData(fields.index(row, SyncConflictFieldsModel::StandsColumn), QStringLiteral("13900000003")));
        const Validation v = service.keepEdited(s.conflictId, fields.standingValues());
        QVERIFY2(v.ok(), qPrintable(v.text()));
        QCOMPARE(phone(s.b, s.household), QStringLiteral("13900000003"));
        // The county's address stood in the edited version.
        QCOMPARE(s.b.row(QStringLiteral("household"), s.household).value(QStringLiteral("address")).toString(),
                 s.a.row(QStringLiteral("household"), s.household).value(QStringLiteral("address")).toString());
        QCOMPARE(s.b.count(QStringLiteral("SELECT COUNT(*) FROM sync_conflict WHERE resolution = 'edited' AND resolution_op_id IS NOT NULL")), 1);
        SyncClient ca(s.a.db), cb(s.b.db);
        QVERIFY(SyncRunner::run(cb, s.county.transport(s.county.bearer1)).agree);
        QVERIFY(SyncRunner::run(ca, s.county.transport(s.county.bearer1)).agree);
        QCOMPARE(phone(s.a, s.household), QStringLiteral("13900000003"));
    }

    void theReviewerWhoMadeTheEditDoesNotDecideItStands()
    {
        Scene s;
        makeConflict(s, QStringLiteral("reviewer1"));
        ChangeWriter writer(s.b.db, s.b.user(QStringLiteral("reviewer1")));
        ConflictResolutionService service(writer);
        const Validation own = service.keepLocal(s.conflictId);
        QVERIFY(!own.ok());
        QVERIFY(own.hasField(QStringLiteral("permission")));
        QCOMPARE(phone(s.b, s.household), QStringLiteral("13800000001"));
        // Giving the edit up is their own call.
        QVERIFY(service.keepServer(s.conflictId).ok());
    }
};

QTEST_GUILESS_MAIN(TestConflictResolution)
#include "tst_conflictresolution.moc"
