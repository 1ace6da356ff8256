#include "demopolicies.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

const DemoPolicy::Tier *DemoPolicy::tier(int t) const
{
    for (const Tier &x : tiers)
        if (x.tier == t)
            return &x;
    return nullptr;
}

qint64 DemoPolicy::subsidizedFen(int t, bool poverty, bool dibao, bool tekun, bool nearPoor) const
{
    const Tier *x = tier(t);
    if (!x)
        return 0;
    qint64 best = 0;
    for (const Subsidy &s : subsidies) {
        const bool holds = (s.category == QLatin1String("poverty") && poverty)
                           || (s.category == QLatin1String("dibao") && dibao)
                           || (s.category == QLatin1String("tekun") && tekun)
                           || (s.category == QLatin1String("near_poor") && nearPoor);
        if (!holds)
            continue;
        qint64 paid = 0;
        if (s.mode == QLatin1String("full"))
            paid = x->personalFen;
        else if (s.mode == QLatin1String("share"))
            paid = (x->personalFen * s.shareBp + 5000) / 10000;   // half up, to the fen
        else if (s.mode == QLatin1String("fixed"))
            paid = std::min(s.fixedFen, x->personalFen);
        best = std::max(best, paid);
    }
    return best;
}

bool DemoPolicies::load(const QString &dirPath)
{
    m_policies.clear();
    const QDir dir(dirPath);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name.endsWith(QLatin1String(".schema.json")))
            continue;
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read %1").arg(f.fileName());
            return false;
        }
        DemoPolicy p;
        p.document = f.readAll();
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(p.document, &pe).object();
        if (pe.error != QJsonParseError::NoError || o.value(QLatin1String("format")).toString() != QLatin1String("jingban-policy"))
            continue;   // not a policy document
        p.id = o.value(QLatin1String("id")).toString();
        p.name = o.value(QLatin1String("name")).toString();
        p.schemeYear = o.value(QLatin1String("scheme_year")).toInt();
        p.sha256 = QString::fromLatin1(QCryptographicHash::hash(p.document, QCryptographicHash::Sha256).toHex());
        const QJsonObject contributions = o.value(QLatin1String("contributions")).toObject();
        for (const QJsonValue &v : contributions.value(QLatin1String("tiers")).toArray()) {
            const QJsonObject t = v.toObject();
            p.tiers.append({t.value(QLatin1String("tier")).toInt(),
                            qint64(t.value(QLatin1String("personal_fen")).toDouble()),
                            qint64(t.value(QLatin1String("subsidy_fen")).toDouble())});
        }
        for (const QJsonValue &v : contributions.value(QLatin1String("subsidized")).toArray()) {
            const QJsonObject s = v.toObject();
            p.subsidies.append({s.value(QLatin1String("category")).toString(), s.value(QLatin1String("mode")).toString(),
                                s.value(QLatin1String("share_bp")).toInt(),
                                qint64(s.value(QLatin1String("fixed_fen")).toDouble())});
        }
        const QJsonObject special = o.value(QLatin1String("special_outpatient")).toObject();
        for (const QJsonValue &v : special.value(QLatin1String("diseases")).toArray()) {
            const QJsonObject d = v.toObject();
            p.diseases.append({d.value(QLatin1String("code")).toString(), d.value(QLatin1String("name")).toString(),
                               d.value(QLatin1String("category")).toInt(), d.value(QLatin1String("poverty_only")).toBool()});
        }
        if (p.id.isEmpty() || p.schemeYear <= 0 || p.tiers.isEmpty()) {
            m_error = QStringLiteral("%1 lacks id, scheme_year or contribution tiers").arg(name);
            return false;
        }
        m_policies.append(p);
    }
    std::sort(m_policies.begin(), m_policies.end(),
              [](const DemoPolicy &a, const DemoPolicy &b) { return a.schemeYear < b.schemeYear; });
    if (m_policies.isEmpty()) {
        m_error = QStringLiteral("no policy documents under %1").arg(dirPath);
        return false;
    }
    return true;
}

const DemoPolicy *DemoPolicies::forYear(int schemeYear) const
{
    const DemoPolicy *best = nullptr;
    for (const DemoPolicy &p : m_policies)
        if (p.schemeYear <= schemeYear)
            best = &p;
    return best;
}
