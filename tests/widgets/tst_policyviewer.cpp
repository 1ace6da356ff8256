#include "itemmodels/policydocumentmodel.h"
#include "policy/policyviewer.h"
#include "services/policyservice.h"
#include "testreplica.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTreeView>

class TestPolicyViewer : public QObject
{
    Q_OBJECT
private:
    static QModelIndex find(const QAbstractItemModel &m, const QString &label, const QModelIndex &parent = {})
    {
        for (int r = 0; r < m.rowCount(parent); ++r) {
            const QModelIndex i = m.index(r, 0, parent);
            if (i.data().toString() == label)
                return i;
            const QModelIndex deeper = find(m, label, i);
            if (deeper.isValid())
                return deeper;
        }
        return {};
    }

private slots:
    void modelShowsEveryParameterInClerkUnits()
    {
        QFile f(QStringLiteral(":/policies/demo-county-2024.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        PolicyDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(QJsonDocument::fromJson(f.readAll()).object());
        QVERIFY(model.rowCount() > 5);
        const QModelIndex inpatient = find(model, PolicyDocumentModel::labelFor(QStringLiteral("inpatient")));
        QVERIFY(inpatient.isValid());
        // A row is labelled by its name in the user's language (English here, the test's locale).
        const QModelIndex township = find(model, QStringLiteral("township health centre"), inpatient);
        QVERIFY(township.isValid());
        const QModelIndex ratio = find(model, PolicyDocumentModel::labelFor(QStringLiteral("ratio_bp")), township);
        QCOMPARE(ratio.siblingAtColumn(PolicyDocumentModel::ValueColumn).data().toString(), QStringLiteral("85.00%"));
        const QModelIndex deductible = find(model, PolicyDocumentModel::labelFor(QStringLiteral("deductible_fen")), township);
        QCOMPARE(deductible.siblingAtColumn(PolicyDocumentModel::ValueColumn).data().toString(), QStringLiteral("¥200.00"));
        // Every contribution tier carries its source note.
        const QModelIndex contributions = find(model, PolicyDocumentModel::labelFor(QStringLiteral("contributions")));
        QVERIFY(contributions.isValid());
        const QModelIndex tiers = find(model, PolicyDocumentModel::labelFor(QStringLiteral("tiers")), contributions);
        QVERIFY(model.rowCount(tiers) == 2);
        QVERIFY(model.index(0, PolicyDocumentModel::SourceColumn, tiers).data().toString().contains(QLatin1String("[national]")));
    }

    void viewerShowsPublishedPolicies()
    {
        TestReplica r;
        r.setUpTownship();
        ChangeWriter county(r.db, r.countyAdmin);
        for (const char *id : {"demo-county-2018", "demo-county-2024"}) {
            QFile f(QStringLiteral(":/policies/%1.json").arg(QLatin1String(id)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(PolicyService(county).publish(f.readAll()).ok());
        }
        PolicyViewer viewer(r.db);
        viewer.resize(1200, 800);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(viewer.showPolicy(QStringLiteral("demo-county-2018")));
        const QModelIndex year = find(*viewer.model(), PolicyDocumentModel::labelFor(QStringLiteral("scheme_year")));
        QCOMPARE(year.siblingAtColumn(PolicyDocumentModel::ValueColumn).data().toString(), QStringLiteral("2018"));
        QVERIFY(viewer.showPolicy(QStringLiteral("demo-county-2024")));
        QVERIFY(!viewer.showPolicy(QStringLiteral("no-such-policy")));
        if (qEnvironmentVariableIsSet("JINGBAN_SCREENSHOT_DIR"))
            viewer.grab().save(qEnvironmentVariable("JINGBAN_SCREENSHOT_DIR") + QStringLiteral("/policy-viewer.png"));
    }
};

QTEST_MAIN(TestPolicyViewer)
#include "tst_policyviewer.moc"
