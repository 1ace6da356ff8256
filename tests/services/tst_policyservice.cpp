#include "engine/policyparser.h"
#include "services/policyservice.h"
#include "testreplica.h"

#include <QFile>
#include <QTest>

class TestPolicyService : public QObject
{
    Q_OBJECT
private:
    static QByteArray embedded(const QString &id)
    {
        QFile f(QStringLiteral(":/policies/%1.json").arg(id));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void publishesPolicyWithItsCatalogue()
    {
        TestReplica r;
        r.setUpTownship();
        ChangeWriter county(r.db, r.countyAdmin);
        PolicyService service(county);
        const QByteArray doc = embedded(QStringLiteral("demo-county-2024"));
        QVERIFY(!doc.isEmpty());
        auto published = service.publish(doc);
        QVERIFY2(published.ok(), qPrintable(published.errorText()));
        QCOMPARE(published->value(QStringLiteral("id")).toString(), QStringLiteral("demo-county-2024"));
        QCOMPARE(published->value(QStringLiteral("sha256")).toString(), PolicyParser::sha256Hex(doc));
        QCOMPARE(r.count(QStringLiteral("disease")), qint64(19));

        auto loaded = PolicyService::forYear(r.db, 2024);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        QCOMPARE(loaded->sha256, PolicyParser::sha256Hex(doc));
        QVERIFY(!PolicyService::forYear(r.db, 2019).ok());

        // The same bytes again: nothing new.
        const qint64 audits = r.count(QStringLiteral("audit_log"));
        QVERIFY(service.publish(doc).ok());
        QCOMPARE(r.count(QStringLiteral("policy")), qint64(1));
        QCOMPARE(r.count(QStringLiteral("audit_log")), audits);
    }

    void onlyTheCountyPublishes()
    {
        TestReplica r;
        r.setUpTownship();
        ChangeWriter clerk(r.db, r.clerk);
        auto refused = PolicyService(clerk).publish(embedded(QStringLiteral("demo-county-2018")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.errors().hasField(QStringLiteral("permission")));
        QCOMPARE(r.count(QStringLiteral("policy")), qint64(0));
    }

    void refusesBrokenDocumentNamingTheField()
    {
        TestReplica r;
        r.setUpTownship();
        ChangeWriter county(r.db, r.countyAdmin);
        QByteArray doc = embedded(QStringLiteral("demo-county-2024"));
        doc.replace("\"scheme_year\": 2024", "\"scheme_year\": \"2024\"");
        auto refused = PolicyService(county).publish(doc);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorText().contains(QLatin1String("scheme_year")), qPrintable(refused.errorText()));
        QCOMPARE(r.count(QStringLiteral("policy")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestPolicyService)
#include "tst_policyservice.moc"
