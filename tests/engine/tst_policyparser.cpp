// The policy format: the demo county's policies parse and say what
// demo-county-policy.md says; a bad policy is refused naming the field.
#include "engine/policyparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Sets (or with an undefined value removes) the value at a path such as
// "inpatient.rows[1].ratio_bp".
QJsonValue setAt(const QJsonValue &node, QStringList parts, const QJsonValue &value)
{
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    const QString head = parts.takeFirst();
    const QRegularExpressionMatch m = indexed.match(head);
    QJsonObject o = node.toObject();
    if (m.hasMatch()) {
        QJsonArray a = o.value(m.captured(1)).toArray();
        const int i = m.captured(2).toInt();
        a[i] = parts.isEmpty() ? value : setAt(a[i], parts, value);
        o.insert(m.captured(1), a);
    } else if (parts.isEmpty()) {
        if (value.isUndefined())
            o.remove(head);
        else
            o.insert(head, value);
    } else {
        o.insert(head, setAt(o.value(head), parts, value));
    }
    return o;
}

QJsonObject demoJson() { return QJsonDocument::fromJson(readFile(QStringLiteral(":/policies/demo-county-2024.json"))).object(); }

} // namespace

class TestPolicyParser : public QObject
{
    Q_OBJECT
private slots:
    void embedsTheDemoCountyPolicies()
    {
        const QStringList ids = PolicyParser::embeddedIds();
        QVERIFY(ids.contains(QStringLiteral("demo-county-2018")));
        QVERIFY(ids.contains(QStringLiteral("demo-county-2024")));
        for (const QString &id : ids) {
            const Result<Policy> p = PolicyParser::loadEmbedded(id);
            QVERIFY2(p.ok(), qPrintable(p.errorText()));
            QCOMPARE(p->id, id);
        }
        QVERIFY(!PolicyParser::loadEmbedded(QStringLiteral("no-such-county")).ok());
    }

    void hashesThePolicyBytes()
    {
        const QByteArray bytes = readFile(QStringLiteral(JINGBAN_SOURCE_DIR "/resources/policies/demo-county-2024.json"));
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(PolicyParser::loadEmbedded(QStringLiteral("demo-county-2024"))->sha256, PolicyParser::sha256Hex(bytes));
        QCOMPARE(PolicyParser::sha256Hex("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const QJsonObject o = demoJson();
        QCOMPARE(PolicyParser::fromJson(o)->sha256, PolicyParser::sha256Hex(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }

    // [demo-county-policy.md] 2018 differs from 2024 only in its contributions.
    void differsBetweenYearsOnlyInContributions()
    {
        QJsonObject a = QJsonDocument::fromJson(readFile(QStringLiteral(":/policies/demo-county-2018.json"))).object();
        QJsonObject b = demoJson();
        QCOMPARE(a.value(QStringLiteral("scheme_year")).toInt(), 2018);
        QVERIFY(a.value(QStringLiteral("contributions")) != b.value(QStringLiteral("contributions")));
        for (const char *key : {"id", "name", "scheme_year", "contributions"}) {
            a.remove(QLatin1String(key));
            b.remove(QLatin1String(key));
        }
        QCOMPARE(a, b);
    }

    void expressesTheDemoCountyRules()
    {
        const Policy p = *PolicyParser::loadEmbedded(QStringLiteral("demo-county-2024"));
        QCOMPARE(p.schemeYear, 2024);
        QCOMPARE(p.tierList, QList<int>({1, 2}));
        QCOMPARE(p.inpatient.rows.size(), 5);
        QCOMPARE(p.inpatient.rows[0].deductibleFen, 20000);
        QCOMPARE(p.inpatient.rows[4].ratioBp, 5000);
        QCOMPARE(p.basicCap.capFen.forTier(1), 20000000);
        QCOMPARE(p.basicCap.capFen.forTier(2), 25000000);
        QCOMPARE(p.generalOutpatient.perVisitLimitFen, 5000);
        QCOMPARE(p.generalOutpatient.yearlyLimitFen.forTier(2), 40000);
        QCOMPARE(p.specialOutpatient.diseases.size(), 19);
        const SpecialDisease *m204 = p.disease(QStringLiteral("M204"));
        QVERIFY(m204);
        QCOMPARE(m204->name, QStringLiteral("癫痫"));
        QVERIFY(m204->openTo & ClaimCodes::bit(PersonCategory::Poverty));
        QCOMPARE(m204->limitFen.forTier(1), 150000);
        QCOMPARE(m204->limitFen.forTier(2), 300000);
        QCOMPARE(p.disease(QStringLiteral("M102"))->limitFen.forTier(2), 400000);
        QCOMPARE(p.disease(QStringLiteral("M001"))->ratioBp, 7000);
        QCOMPARE(p.criticalIllness.yearlyCapFen, 40000000);
        QCOMPARE(p.criticalIllness.schedules[1].thresholdFen, 1500000);
        QCOMPARE(p.criticalIllness.schedules[1].segments[0].ratioBp, 6000);
        QCOMPARE(p.medicalAssistance.rules.size(), 3);
        QCOMPARE(p.povertyRelief.yearlyCapFen[std::size_t(ClaimKind::Inpatient)], 3000000);
        QCOMPARE(p.povertyRelief.yearlyCapFen[std::size_t(ClaimKind::SpecialOutpatient)], 150000);
        QCOMPARE(p.control.verification[0].above, 2000000);
        QCOMPARE(p.control.longStay[0].above, 30);
        // Sources travel with the document for the policy viewer.
        QVERIFY(p.json.value(QStringLiteral("poverty_relief")).toObject().value(QStringLiteral("yearly_caps"))
                    .toArray()[0].toObject().value(QStringLiteral("source")).toString().startsWith(QStringLiteral("[seed]")));
    }

    void refusesBadPolicyNamingTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("id missing") << "id" << remove << "id";
        QTest::newRow("wrong format") << "format" << QJsonValue(QStringLiteral("other")) << "format";
        QTest::newRow("ratio above 100%") << "inpatient.rows[1].ratio_bp" << QJsonValue(10001) << "inpatient.rows[1].ratio_bp";
        QTest::newRow("fractional ratio") << "inpatient.rows[0].ratio_bp" << QJsonValue(85.5) << "inpatient.rows[0].ratio_bp";
        QTest::newRow("negative deductible") << "inpatient.rows[2].deductible_fen" << QJsonValue(-1) << "inpatient.rows[2].deductible_fen";
        QTest::newRow("amount as text") << "general_outpatient.per_visit_limit_fen" << QJsonValue(QStringLiteral("50"))
                                        << "general_outpatient.per_visit_limit_fen";
        QTest::newRow("cap missing a tier") << "basic_yearly_cap.cap_fen" << QJsonValue(QJsonObject{{"1", 100}})
                                            << "basic_yearly_cap.cap_fen.2";
        QTest::newRow("unknown level") << "inpatient.rows[0].when.levels" << QJsonValue(QJsonArray{QStringLiteral("hospital")})
                                       << "inpatient.rows[0].when.levels[0]";
        QTest::newRow("unknown disease category") << "special_outpatient.diseases[3].category" << QJsonValue(7)
                                                  << "special_outpatient.diseases[3].category";
        QTest::newRow("segments with a gap") << "critical_illness.schedules[0].segments[1].from_fen" << QJsonValue(1)
                                             << "critical_illness.schedules[0].segments[1].from_fen";
        QTest::newRow("unknown field") << "inpatient.ratio" << QJsonValue(1) << "inpatient.ratio";
        QTest::newRow("unknown deductible basis") << "inpatient.deductible_basis" << QJsonValue(QStringLiteral("per_day"))
                                                  << "inpatient.deductible_basis";
        QTest::newRow("unknown subsidy mode") << "contributions.subsidized[3].mode" << QJsonValue(QStringLiteral("half"))
                                              << "contributions.subsidized[3].mode";
        QTest::newRow("unknown relief kind") << "poverty_relief.yearly_caps[1].kind" << QJsonValue(QStringLiteral("dental"))
                                             << "poverty_relief.yearly_caps[1].kind";
        QTest::newRow("assistance without rules") << "medical_assistance.rules" << remove << "medical_assistance.rules";
        // [policy §poverty_relief] the yearly out-of-pocket ceiling.
        const auto ceilings = [](const QJsonObject &rule) {
            return QJsonValue(QJsonArray{QJsonObject{{"when", QJsonObject{{"locations", QJsonArray{"in_county"}}}},
                                                     {"ceiling_fen", 300000}, {"of", "in_scope"}},
                                         rule});
        };
        const QString ceiling1 = QStringLiteral("poverty_relief.out_of_pocket_ceilings[1]");
        QTest::newRow("negative ceiling") << "poverty_relief.out_of_pocket_ceilings"
                                          << ceilings({{"ceiling_fen", -1}, {"of", "in_scope"}}) << ceiling1 + ".ceiling_fen";
        QTest::newRow("fractional ceiling") << "poverty_relief.out_of_pocket_ceilings"
                                            << ceilings({{"ceiling_fen", 300000.5}, {"of", "total"}}) << ceiling1 + ".ceiling_fen";
        QTest::newRow("ceiling as text") << "poverty_relief.out_of_pocket_ceilings"
                                         << ceilings({{"ceiling_fen", "3000"}, {"of", "total"}}) << ceiling1 + ".ceiling_fen";
        QTest::newRow("ceiling missing") << "poverty_relief.out_of_pocket_ceilings" << ceilings({{"of", "total"}})
                                         << ceiling1 + ".ceiling_fen";
        QTest::newRow("ceiling basis missing") << "poverty_relief.out_of_pocket_ceilings" << ceilings({{"ceiling_fen", 500000}})
                                               << ceiling1 + ".of";
        QTest::newRow("unknown ceiling basis") << "poverty_relief.out_of_pocket_ceilings"
                                               << ceilings({{"ceiling_fen", 500000}, {"of", "out_of_pocket"}}) << ceiling1 + ".of";
        QTest::newRow("unknown ceiling field") << "poverty_relief.out_of_pocket_ceilings"
                                               << ceilings({{"ceiling_fen", 500000}, {"of", "total"}, {"ceiling_yuan", 5000}})
                                               << ceiling1 + ".ceiling_yuan";
        QTest::newRow("unknown ceiling level")
            << "poverty_relief.out_of_pocket_ceilings"
            << ceilings({{"when", QJsonObject{{"levels", QJsonArray{"hospital"}}}}, {"ceiling_fen", 500000}, {"of", "total"}})
            << ceiling1 + ".when.levels[0]";
        QTest::newRow("ceiling not an object") << "poverty_relief.out_of_pocket_ceilings" << QJsonValue(QJsonArray{300000})
                                               << "poverty_relief.out_of_pocket_ceilings[0]";
        QTest::newRow("ceilings not an array") << "poverty_relief.out_of_pocket_ceilings" << QJsonValue(300000)
                                               << "poverty_relief.out_of_pocket_ceilings";
        QTest::newRow("no ceilings in the list") << "poverty_relief.out_of_pocket_ceilings" << QJsonValue(QJsonArray())
                                                 << "poverty_relief.out_of_pocket_ceilings";
        QTest::newRow("ceiling choice without ceilings") << "poverty_relief.ceiling_choice"
                                                         << QJsonValue(QStringLiteral("highest_of_year"))
                                                         << "poverty_relief.ceiling_choice";
        QTest::newRow("neither share caps nor ceilings") << "poverty_relief.share_caps" << remove << "poverty_relief.share_caps";
        QTest::newRow("name a number") << "inpatient.rows[0].name" << QJsonValue(7) << "inpatient.rows[0].name";
        QTest::newRow("name by an unknown key") << "critical_illness.schedules[0].name"
                                                << QJsonValue(QJsonObject{{"Chinese", "建档立卡贫困人口"}})
                                                << "critical_illness.schedules[0].name";
        QTest::newRow("name empty in a language") << "poverty_relief.share_caps[1].name"
                                                  << QJsonValue(QJsonObject{{"zh_CN", "县域外就医"}, {"en", ""}})
                                                  << "poverty_relief.share_caps[1].name";
        QTest::newRow("name of no language") << "inpatient.ratio_adjustments[0].name" << QJsonValue(QJsonObject())
                                             << "inpatient.ratio_adjustments[0].name";
        QTest::newRow("disease name per language") << "special_outpatient.diseases[0].name"
                                                   << QJsonValue(QJsonObject{{"zh_CN", "恶性肿瘤门诊放化疗"}})
                                                   << "special_outpatient.diseases[0].name";
        QTest::newRow("policy name per language") << "name" << QJsonValue(QJsonObject{{"zh_CN", "示范县"}}) << "name";
        QTest::newRow("tier of a condition not in policy") << "inpatient.rows[0].when.tiers" << QJsonValue(QJsonArray{4})
                                                            << "inpatient.rows[0].when.tiers[0]";
    }
    void refusesBadPolicyNamingTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QVERIFY(PolicyParser::fromJson(demoJson()).ok());
        const QJsonObject bad = setAt(demoJson(), path.split(QLatin1Char('.')), value).toObject();
        const Result<Policy> r = PolicyParser::fromJson(bad);
        QVERIFY(!r.ok());
        QVERIFY2(r.errors().hasField(field), qPrintable(r.errorText()));
        QVERIFY(r.errorText().contains(field));
    }

    // tests/data/policy-oop-ceiling.json: share caps and yearly out-of-pocket ceilings by location.
    void readsOutOfPocketCeilings()
    {
        const Result<Policy> r = PolicyParser::loadFile(QStringLiteral(JINGBAN_TEST_DATA_DIR "/policy-oop-ceiling.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const PovertyReliefPolicy &pr = r->povertyRelief;
        QCOMPARE(pr.shareCaps.size(), 1);
        QCOMPARE(pr.outOfPocketCeilings.size(), 3);
        QCOMPARE(pr.outOfPocketCeilings[0].name.text(QStringLiteral("zh_CN")), QStringLiteral("in county")); // one string: every language
        QCOMPARE(pr.outOfPocketCeilings[0].ceilingFen, 300000);
        QCOMPARE(pr.outOfPocketCeilings[1].ceilingFen, 500000);
        QCOMPARE(pr.outOfPocketCeilings[2].ceilingFen, 1000000);
        QVERIFY(pr.outOfPocketCeilings[2].when.isAlways());
        QVERIFY(pr.outOfPocketCeilings[1].when.locations == ClaimCodes::bit(CareLocation::InCity));
        QVERIFY(pr.outOfPocketCeilings[0].of == ReliefOutOfPocketCeiling::Of::InScope);
        QVERIFY(pr.ceilingChoice == PovertyReliefPolicy::CeilingChoice::ThisClaim);

        QJsonObject o = r->json;
        QJsonObject relief = o.value(QStringLiteral("poverty_relief")).toObject();
        relief.remove(QStringLiteral("share_caps")); // ceilings alone are enough
        relief.insert(QStringLiteral("ceiling_choice"), QStringLiteral("highest_of_year"));
        QJsonArray ceilings = relief.value(QStringLiteral("out_of_pocket_ceilings")).toArray();
        QJsonObject first = ceilings[0].toObject();
        first.insert(QStringLiteral("of"), QStringLiteral("total"));
        ceilings[0] = first;
        relief.insert(QStringLiteral("out_of_pocket_ceilings"), ceilings);
        o.insert(QStringLiteral("poverty_relief"), relief);
        const Result<Policy> alone = PolicyParser::fromJson(o);
        QVERIFY2(alone.ok(), qPrintable(alone.errorText()));
        QVERIFY(alone->povertyRelief.shareCaps.isEmpty());
        QVERIFY(alone->povertyRelief.ceilingChoice == PovertyReliefPolicy::CeilingChoice::HighestOfYear);
        QVERIFY(alone->povertyRelief.outOfPocketCeilings[0].of == ReliefOutOfPocketCeiling::Of::Total);

        // The demo county states no ceiling.
        QVERIFY(PolicyParser::loadEmbedded(QStringLiteral("demo-county-2024"))->povertyRelief.outOfPocketCeilings.isEmpty());
    }

    // [policy §fields] every row, adjustment, schedule and rule the live panel
    // names has a name in Chinese and in English, and the names are data.
    void namesEveryRuleInChineseAndEnglish()
    {
        for (const QString &id : PolicyParser::embeddedIds()) {
            const Result<Policy> p = PolicyParser::loadEmbedded(id);
            QVERIFY2(p.ok(), qPrintable(p.errorText()));
            QList<PolicyName> names;
            for (const PolicyRow &r : p->inpatient.rows + p->generalOutpatient.rows)
                names << r.name;
            for (const RatioAdjustment &a : p->inpatient.ratioAdjustments + p->generalOutpatient.ratioAdjustments)
                names << a.name;
            for (const DeductibleAdjustment &a : p->inpatient.deductibleAdjustments)
                names << a.name;
            for (const SpecialCategory &c : p->specialOutpatient.categories)
                names << c.name;
            for (const CriticalSchedule &s : p->criticalIllness.schedules)
                names << s.name;
            for (const ReliefShareCap &s : p->povertyRelief.shareCaps)
                names << s.name;
            for (const ControlRule &c : p->control.verification + p->control.longStay + p->control.highCost)
                names << c.name;
            QVERIFY(names.size() >= 15);
            static const QRegularExpression han(QStringLiteral("\\p{Han}"));
            for (const PolicyName &n : names) {
                const QString zh = n.text(QLocale(QLocale::Chinese, QLocale::China));
                const QString en = n.text(QLocale(QLocale::English, QLocale::UnitedStates));
                QVERIFY2(zh.contains(han), qPrintable(id + QStringLiteral(": ") + zh));
                QVERIFY2(!en.isEmpty() && !en.contains(han), qPrintable(id + QStringLiteral(": ") + en));
            }
        }
        const Policy p = *PolicyParser::loadEmbedded(QStringLiteral("demo-county-2024"));
        QCOMPARE(p.inpatient.rows[1].name.text(QStringLiteral("zh_CN")), QStringLiteral("县级医院"));
        QCOMPARE(p.inpatient.rows[1].name.text(QStringLiteral("en")), QStringLiteral("county hospital"));
        // A disease keeps its one catalogue name.
        QCOMPARE(p.specialOutpatient.diseases[0].name, QStringLiteral("恶性肿瘤门诊放化疗"));
    }

    void choosesTheNameForTheLanguage_data()
    {
        QTest::addColumn<QJsonValue>("name");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        const QJsonObject both{{"zh_CN", "县级医院"}, {"en", "county hospital"}};
        QTest::newRow("zh_CN") << QJsonValue(both) << "zh_CN" << "县级医院";
        QTest::newRow("en_US takes en") << QJsonValue(both) << "en_US" << "county hospital";
        QTest::newRow("zh_TW takes zh_CN") << QJsonValue(both) << "zh_TW" << "县级医院";
        QTest::newRow("another language takes en") << QJsonValue(both) << "de_DE" << "county hospital";
        QTest::newRow("no English: the first") << QJsonValue(QJsonObject{{"zh_CN", "县级医院"}}) << "en_US" << "县级医院";
        QTest::newRow("one string") << QJsonValue(QStringLiteral("county")) << "zh_CN" << "county";
        QTest::newRow("no name") << QJsonValue(QJsonValue::Undefined) << "zh_CN" << "";
    }
    void choosesTheNameForTheLanguage()
    {
        QFETCH(QJsonValue, name);
        QFETCH(QString, locale);
        QFETCH(QString, text);
        bool ok = false;
        const PolicyName n = PolicyName::fromJson(name, &ok);
        QVERIFY(ok);
        QCOMPARE(n.text(QLocale(locale)), text);
    }

    void refusesWhatIsNotJson()
    {
        const Result<Policy> r = PolicyParser::parse("{\"id\": ");
        QVERIFY(!r.ok());
        QVERIFY(r.errors().hasField(QStringLiteral("policy")));
        QVERIFY(!PolicyParser::parse("[1, 2]").ok());
    }

    void shipsTheSchema()
    {
        const QJsonObject schema = QJsonDocument::fromJson(readFile(QStringLiteral(":/policy.schema.json"))).object();
        QCOMPARE(schema.value(QStringLiteral("$schema")).toString(), QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
        // Every top-level section of the demo policy is described.
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        for (const QString &key : demoJson().keys())
            QVERIFY2(props.contains(key), qPrintable(key));
        const QJsonObject relief = props.value(QStringLiteral("poverty_relief")).toObject().value(QStringLiteral("properties")).toObject();
        for (const char *key : {"share_caps", "out_of_pocket_ceilings", "ceiling_choice"})
            QVERIFY2(relief.contains(QLatin1String(key)), key);
    }
};

QTEST_GUILESS_MAIN(TestPolicyParser)
#include "tst_policyparser.moc"
