#include "rostercolumnmapping.h"

#include "storage/localsettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct FieldInfo
{
    const char *code;
    const char *standard;
    QStringList variants;   // normalized
    bool required;
};

const std::array<FieldInfo, RosterColumnMapping::FieldCount> &fields()
{
    static const std::array<FieldInfo, RosterColumnMapping::FieldCount> f = {{
        {"household_code", "户编号", {QStringLiteral("户编号"), QStringLiteral("户号"), QStringLiteral("家庭编号"), QStringLiteral("户编码")}, true},
        {"head_name", "户主姓名", {QStringLiteral("户主姓名"), QStringLiteral("户主")}, false},
        {"name", "姓名", {QStringLiteral("姓名"), QStringLiteral("参保人姓名"), QStringLiteral("成员姓名")}, true},
        {"id_number", "公民身份号码", {QStringLiteral("公民身份号码"), QStringLiteral("身份证号码"), QStringLiteral("身份证号"),
                                      QStringLiteral("证件号码"), QStringLiteral("身份证")}, true},
        {"relation", "与户主关系", {QStringLiteral("与户主关系"), QStringLiteral("关系"), QStringLiteral("家庭关系")}, true},
        {"sex", "性别", {QStringLiteral("性别")}, false},
        {"birth_date", "出生日期", {QStringLiteral("出生日期"), QStringLiteral("出生年月")}, false},
        {"village", "村(社区)", {QStringLiteral("村(社区)"), QStringLiteral("村"), QStringLiteral("村名"), QStringLiteral("所属村"),
                                 QStringLiteral("村(居)"), QStringLiteral("社区"), QStringLiteral("村社区")}, true},
        {"category", "人员类别", {QStringLiteral("人员类别"), QStringLiteral("类别"), QStringLiteral("人员身份"), QStringLiteral("特殊人员类别")}, false},
        {"phone", "联系电话", {QStringLiteral("联系电话"), QStringLiteral("电话"), QStringLiteral("手机号"), QStringLiteral("手机号码")}, false},
    }};
    return f;
}

} // namespace

QString RosterColumnMapping::code(Field field)
{
    return QString::fromLatin1(fields()[field].code);
}

std::optional<RosterColumnMapping::Field> RosterColumnMapping::fromCode(const QString &code)
{
    for (int i = 0; i < FieldCount; ++i)
        if (code == QLatin1String(fields()[i].code))
            return Field(i);
    return std::nullopt;
}

QString RosterColumnMapping::standardHeader(Field field)
{
    return QString::fromUtf8(fields()[field].standard);
}

QString RosterColumnMapping::label(Field field)
{
    switch (field) {
    case HouseholdCode: return tr("Household code");
    case HeadName: return tr("Head of household");
    case Name: return tr("Name");
    case IdNumber: return tr("Id number");
    case Relation: return tr("Relation to head");
    case Sex: return tr("Sex");
    case BirthDate: return tr("Date of birth");
    case Village: return tr("Village");
    case Category: return tr("Category");
    case Phone: return tr("Phone");
    case FieldCount: break;
    }
    return {};
}

bool RosterColumnMapping::isRequired(Field field)
{
    return fields()[field].required;
}

void RosterColumnMapping::setColumn(Field field, int column)
{
    if (column >= 0)
        for (int &c : m_columns)
            if (c == column)
                c = -1;
    m_columns[field] = column < 0 ? -1 : column;
}

std::optional<RosterColumnMapping::Field> RosterColumnMapping::fieldAt(int column) const
{
    for (int i = 0; i < FieldCount; ++i)
        if (column >= 0 && m_columns[i] == column)
            return Field(i);
    return std::nullopt;
}

QList<RosterColumnMapping::Field> RosterColumnMapping::missingRequired() const
{
    QList<Field> missing;
    for (int i = 0; i < FieldCount; ++i)
        if (fields()[i].required && m_columns[i] < 0)
            missing << Field(i);
    return missing;
}

QString RosterColumnMapping::normalizedHeader(const QString &header)
{
    QString s;
    for (QChar c : header) {
        if (c.isSpace() || c == QChar(0x3000) || c == QChar(0xFEFF) || c == QLatin1Char('*'))
            continue;
        if (c == QChar(0xFF08))
            c = QLatin1Char('(');
        else if (c == QChar(0xFF09))
            c = QLatin1Char(')');
        s += c;
    }
    return s;
}

RosterColumnMapping RosterColumnMapping::guess(const QStringList &headers, const QHash<QString, QString> &remembered)
{
    RosterColumnMapping m;
    QStringList normalized;
    for (const QString &h : headers)
        normalized << normalizedHeader(h);
    // The clerk's own choices win over the built-in variants; "-" is a
    // column the clerk left unmapped on purpose.
    QList<int> ignored;
    for (int col = 0; col < normalized.size(); ++col) {
        const auto it = remembered.constFind(normalized[col]);
        if (it == remembered.constEnd())
            continue;
        if (*it == QLatin1String("-")) {
            ignored << col;
            continue;
        }
        if (const auto f = fromCode(*it); f && m.m_columns[*f] < 0)
            m.m_columns[*f] = col;
    }
    // Standard header and variants, in the order of preference of the variants.
    for (int i = 0; i < FieldCount; ++i) {
        if (m.m_columns[i] >= 0)
            continue;
        for (const QString &variant : fields()[i].variants) {
            const int col = int(normalized.indexOf(variant));
            if (col >= 0 && !m.fieldAt(col) && !ignored.contains(col)) {
                m.m_columns[i] = col;
                break;
            }
        }
    }
    return m;
}

QHash<QString, QString> RosterColumnMapping::remembered(const QSqlDatabase &db)
{
    QHash<QString, QString> map;
    const QJsonObject o = QJsonDocument::fromJson(LocalSettings::value(db, QLatin1String(kSettingKey)).toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

RosterColumnMapping RosterColumnMapping::guess(const QSqlDatabase &db, const QStringList &headers)
{
    return guess(headers, remembered(db));
}

bool RosterColumnMapping::remember(const QSqlDatabase &db, const QStringList &headers) const
{
    QHash<QString, QString> map = remembered(db);
    for (int col = 0; col < headers.size(); ++col) {
        const QString h = normalizedHeader(headers[col]);
        if (h.isEmpty())
            continue;
        if (const auto f = fieldAt(col))
            map.insert(h, code(*f));
        else
            map.insert(h, QStringLiteral("-"));   // left unmapped on purpose: keep it so next time
    }
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return LocalSettings::setValue(db, QLatin1String(kSettingKey),
                                   QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}
