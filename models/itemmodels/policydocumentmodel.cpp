#include "policydocumentmodel.h"

#include "domain/money.h"
#include "engine/policyname.h"

#include <QJsonArray>

PolicyDocumentModel::PolicyDocumentModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_nodes.append(Node());
}

QString PolicyDocumentModel::labelFor(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("format"), QT_TR_NOOP("Format")},
        {QStringLiteral("format_version"), QT_TR_NOOP("Format version")},
        {QStringLiteral("id"), QT_TR_NOOP("Policy id")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("county"), QT_TR_NOOP("County")},
        {QStringLiteral("scheme_year"), QT_TR_NOOP("Scheme year")},
        {QStringLiteral("tiers"), QT_TR_NOOP("Tiers")},
        {QStringLiteral("tier"), QT_TR_NOOP("Tier")},
        {QStringLiteral("person_categories"), QT_TR_NOOP("Person categories")},
        {QStringLiteral("contributions"), QT_TR_NOOP("Contributions")},
        {QStringLiteral("personal_fen"), QT_TR_NOOP("Personal contribution")},
        {QStringLiteral("subsidy_fen"), QT_TR_NOOP("Government subsidy")},
        {QStringLiteral("subsidized"), QT_TR_NOOP("Subsidized enrollment")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("categories"), QT_TR_NOOP("Categories")},
        {QStringLiteral("mode"), QT_TR_NOOP("How it is paid")},
        {QStringLiteral("share_bp"), QT_TR_NOOP("Share")},
        {QStringLiteral("multiple_categories"), QT_TR_NOOP("Several categories")},
        {QStringLiteral("basic_yearly_cap"), QT_TR_NOOP("Basic insurance annual cap")},
        {QStringLiteral("applies_to"), QT_TR_NOOP("Applies to")},
        {QStringLiteral("cap_fen"), QT_TR_NOOP("Cap by tier")},
        {QStringLiteral("inpatient"), QT_TR_NOOP("Inpatient")},
        {QStringLiteral("general_outpatient"), QT_TR_NOOP("General outpatient")},
        {QStringLiteral("special_outpatient"), QT_TR_NOOP("Special outpatient")},
        {QStringLiteral("covered_levels"), QT_TR_NOOP("Covered institution levels")},
        {QStringLiteral("deductible_basis"), QT_TR_NOOP("Deductible basis")},
        {QStringLiteral("rows"), QT_TR_NOOP("Rows")},
        {QStringLiteral("when"), QT_TR_NOOP("Applies when")},
        {QStringLiteral("levels"), QT_TR_NOOP("Institution levels")},
        {QStringLiteral("locations"), QT_TR_NOOP("Locations")},
        {QStringLiteral("referrals"), QT_TR_NOOP("Referrals")},
        {QStringLiteral("kinds"), QT_TR_NOOP("Claim kinds")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("deductible_fen"), QT_TR_NOOP("Deductible")},
        {QStringLiteral("ratio_bp"), QT_TR_NOOP("Ratio")},
        {QStringLiteral("deductible_adjustments"), QT_TR_NOOP("Deductible adjustments")},
        {QStringLiteral("factor_bp"), QT_TR_NOOP("Deductible factor")},
        {QStringLiteral("ratio_adjustments"), QT_TR_NOOP("Ratio adjustments")},
        {QStringLiteral("points_bp"), QT_TR_NOOP("Ratio change")},
        {QStringLiteral("per_visit_limit_fen"), QT_TR_NOOP("Limit per visit")},
        {QStringLiteral("yearly_limit_fen"), QT_TR_NOOP("Annual limit")},
        {QStringLiteral("yearly_deductible_fen"), QT_TR_NOOP("Annual deductible")},
        {QStringLiteral("limit_fen"), QT_TR_NOOP("Annual limit by tier")},
        {QStringLiteral("diseases"), QT_TR_NOOP("Disease catalogue")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("poverty_only"), QT_TR_NOOP("Poverty persons only")},
        {QStringLiteral("critical_illness"), QT_TR_NOOP("Critical-illness insurance")},
        {QStringLiteral("basis"), QT_TR_NOOP("Basis")},
        {QStringLiteral("schedules"), QT_TR_NOOP("Schedules")},
        {QStringLiteral("threshold_fen"), QT_TR_NOOP("Threshold")},
        {QStringLiteral("segments"), QT_TR_NOOP("Segments")},
        {QStringLiteral("from_fen"), QT_TR_NOOP("From")},
        {QStringLiteral("to_fen"), QT_TR_NOOP("To")},
        {QStringLiteral("yearly_cap_fen"), QT_TR_NOOP("Annual cap")},
        {QStringLiteral("yearly_caps"), QT_TR_NOOP("Annual caps")},
        {QStringLiteral("medical_assistance"), QT_TR_NOOP("Medical assistance")},
        {QStringLiteral("rules"), QT_TR_NOOP("Rules")},
        {QStringLiteral("choice"), QT_TR_NOOP("Choice among categories")},
        {QStringLiteral("poverty_relief"), QT_TR_NOOP("Health poverty relief")},
        {QStringLiteral("share_caps"), QT_TR_NOOP("Personal share caps")},
        {QStringLiteral("of"), QT_TR_NOOP("Share of")},
        {QStringLiteral("relief_ratio_bp"), QT_TR_NOOP("Relief ratio")},
        {QStringLiteral("control"), QT_TR_NOOP("Control indicators")},
        {QStringLiteral("verification"), QT_TR_NOOP("Field verification")},
        {QStringLiteral("total_above_fen"), QT_TR_NOOP("Total cost above")},
        {QStringLiteral("long_stay"), QT_TR_NOOP("Long stay")},
        {QStringLiteral("days_above"), QT_TR_NOOP("Days above")},
        {QStringLiteral("high_cost"), QT_TR_NOOP("High cost")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : tr(*it);
}

QString PolicyDocumentModel::formatValue(const QString &key, const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 n = value.toInteger();
        if (key.endsWith(QLatin1String("_fen")) || key.endsWith(QLatin1String("_above_fen")))
            return n < 0 ? tr("no limit") : Money(n).toDisplayString();
        if (key.endsWith(QLatin1String("_bp")))
            return QStringLiteral("%1%2.%3%")
                .arg(n < 0 ? QStringLiteral("-") : QString())
                .arg(qAbs(n) / 100)
                .arg(qAbs(n) % 100, 2, 10, QLatin1Char('0'));
        return QString::number(n);
    }
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isString()) {
        static const QHash<QString, const char *> codes = {
            {QStringLiteral("inpatient"), QT_TR_NOOP("inpatient")},
            {QStringLiteral("general_outpatient"), QT_TR_NOOP("general outpatient")},
            {QStringLiteral("special_outpatient"), QT_TR_NOOP("special outpatient")},
            {QStringLiteral("village"), QT_TR_NOOP("village clinic")},
            {QStringLiteral("township"), QT_TR_NOOP("township health centre")},
            {QStringLiteral("county"), QT_TR_NOOP("county hospital")},
            {QStringLiteral("city"), QT_TR_NOOP("city hospital")},
            {QStringLiteral("province"), QT_TR_NOOP("province hospital")},
            {QStringLiteral("in_county"), QT_TR_NOOP("in county")},
            {QStringLiteral("in_city"), QT_TR_NOOP("in city, outside the county")},
            {QStringLiteral("in_province"), QT_TR_NOOP("in province, outside the city")},
            {QStringLiteral("out_of_province"), QT_TR_NOOP("out of province")},
            {QStringLiteral("none"), QT_TR_NOOP("no referral")},
            {QStringLiteral("referred"), QT_TR_NOOP("referred")},
            {QStringLiteral("downward"), QT_TR_NOOP("downward referral")},
            {QStringLiteral("poverty"), QT_TR_NOOP("registered poverty")},
            {QStringLiteral("dibao"), QT_TR_NOOP("dibao")},
            {QStringLiteral("tekun"), QT_TR_NOOP("tekun")},
            {QStringLiteral("near_poor"), QT_TR_NOOP("near-poor")},
            {QStringLiteral("per_admission"), QT_TR_NOOP("per admission")},
            {QStringLiteral("per_year"), QT_TR_NOOP("per year")},
            {QStringLiteral("most_favourable"), QT_TR_NOOP("the most favourable")},
            {QStringLiteral("full"), QT_TR_NOOP("paid in full")},
            {QStringLiteral("fixed"), QT_TR_NOOP("a fixed amount")},
            {QStringLiteral("share"), QT_TR_NOOP("a share")},
            {QStringLiteral("in_scope"), QT_TR_NOOP("in-scope cost")},
            {QStringLiteral("in_scope_minus_basic"), QT_TR_NOOP("in-scope cost less basic insurance")},
            {QStringLiteral("total"), QT_TR_NOOP("total cost")},
        };
        const auto it = codes.constFind(value.toString());
        return it == codes.constEnd() || key == QLatin1String("name") || key == QLatin1String("id") ? value.toString()
                                                                                                      : tr(*it);
    }
    if (value.isNull())
        return tr("none");
    if (value.isArray()) {
        // A list of plain values shows on one line.
        QStringList parts;
        for (const QJsonValue &v : value.toArray()) {
            if (v.isObject() || v.isArray())
                return {};
            parts << formatValue(key, v);
        }
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

int PolicyDocumentModel::addNode(int parent, const QString &key, const QJsonValue &value, const QString &parentKey)
{
    Node n;
    n.key = key;
    n.parent = parent;
    n.row = int(m_nodes[parent].children.size());
    bool isIndex = false;
    key.toInt(&isIndex);
    // Array items and tier keys ("1", "2") are labelled by their context.
    n.label = isIndex ? (parentKey.endsWith(QLatin1String("_fen")) ? tr("Tier %1").arg(key) : QStringLiteral("#%1").arg(key.toInt() + 1))
                      : labelFor(key);
    const QString valueKey = isIndex ? parentKey : key;
    // A name given per language shows in the user's language, as one value.
    const bool localizedName = key == QLatin1String("name") && value.isObject();
    n.value = localizedName ? PolicyName::fromJson(value).text() : formatValue(valueKey, value);
    const int id = int(m_nodes.size());
    m_nodes.append(n);
    m_nodes[parent].children.append(id);

    if (value.isObject() && !localizedName) {
        const QJsonObject o = value.toObject();
        m_nodes[id].source = o.value(QStringLiteral("source")).toString();
        // A row's name says more than its number.
        if (isIndex && o.contains(QStringLiteral("name")))
            m_nodes[id].label = PolicyName::fromJson(o.value(QStringLiteral("name"))).text();
        else if (isIndex && o.contains(QStringLiteral("code")))
            m_nodes[id].label = o.value(QStringLiteral("code")).toString();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("source"))
                addNode(id, it.key(), it.value(), key);
    } else if (value.isArray() && m_nodes[id].value.isEmpty()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            addNode(id, QString::number(i), a[i], key);
    }
    return id;
}

void PolicyDocumentModel::setDocument(const QJsonObject &document)
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.append(Node());
    m_nodes[0].source = document.value(QStringLiteral("source")).toString();
    for (auto it = document.begin(); it != document.end(); ++it)
        if (it.key() != QLatin1String("source"))
            addNode(0, it.key(), it.value(), QString());
    endResetModel();
}

QModelIndex PolicyDocumentModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (p >= m_nodes.size() || row >= m_nodes[p].children.size())
        return {};
    return createIndex(row, column, quintptr(m_nodes[p].children[row]));
}

QModelIndex PolicyDocumentModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[int(child.internalId())].parent;
    if (p <= 0)
        return {};
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int PolicyDocumentModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    return int(m_nodes[p].children.size());
}

int PolicyDocumentModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PolicyDocumentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Node &n = m_nodes[int(index.internalId())];
    if (role == Qt::ToolTipRole)
        return n.key;
    switch (index.column()) {
    case ParameterColumn: return n.label;
    case ValueColumn: return n.value;
    case SourceColumn: return n.source;
    }
    return {};
}

QVariant PolicyDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ParameterColumn: return tr("Parameter");
    case ValueColumn: return tr("Value");
    case SourceColumn: return tr("Source");
    }
    return {};
}
