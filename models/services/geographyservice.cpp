#include "geographyservice.h"

#include "domain/pinyininitials.h"

#include <QRegularExpression>

const QStringList &GeographyService::levels()
{
    static const QStringList l = {QStringLiteral("village"), QStringLiteral("township"), QStringLiteral("county"),
                                  QStringLiteral("city"), QStringLiteral("province")};
    return l;
}

const QStringList &GeographyService::locations()
{
    static const QStringList l = {QStringLiteral("in_county"), QStringLiteral("in_city"), QStringLiteral("in_province"),
                                  QStringLiteral("out_of_province")};
    return l;
}

Result<QVariantMap> GeographyService::createTownship(const QString &countyCode, const QString &code, const QString &name)
{
    Validation v = m_writer.require(Permission::ManageGeography);
    static const QRegularExpression countyRe(QStringLiteral("^\\d{6}$"));
    static const QRegularExpression codeRe(QStringLiteral("^\\d{9}$"));
    if (!countyRe.match(countyCode).hasMatch())
        v.add(QStringLiteral("county_code"), tr("County code: six digits (GB/T 2260)."));
    if (!codeRe.match(code).hasMatch() || !code.startsWith(countyCode))
        v.add(QStringLiteral("code"), tr("Township code: nine digits beginning with the county code."));
    if (name.trimmed().isEmpty())
        v.add(QStringLiteral("name"), tr("Township name: required."));
    if (!v.ok())
        return Result<QVariantMap>(v);
    return m_writer.insertAlone(QStringLiteral("township"),
                     {{QStringLiteral("county_code"), countyCode}, {QStringLiteral("code"), code},
                      {QStringLiteral("name"), name.trimmed()}},
                     QStringLiteral("township.create"));
}

Result<QVariantMap> GeographyService::createVillage(const QString &townshipId, const QString &code, const QString &name)
{
    Validation v = m_writer.require(Permission::ManageGeography);
    const auto township = m_writer.load(QStringLiteral("township"), townshipId);
    static const QRegularExpression codeRe(QStringLiteral("^\\d{12}$"));
    if (!township)
        v.add(QStringLiteral("township_id"), tr("Township: no such township."));
    else if (!codeRe.match(code).hasMatch() || !code.startsWith(township->value(QStringLiteral("code")).toString()))
        v.add(QStringLiteral("code"), tr("Village code: twelve digits beginning with the township code."));
    if (name.trimmed().isEmpty())
        v.add(QStringLiteral("name"), tr("Village name: required."));
    if (!v.ok())
        return Result<QVariantMap>(v);
    return m_writer.insertAlone(QStringLiteral("village"),
                     {{QStringLiteral("township_id"), townshipId}, {QStringLiteral("code"), code},
                      {QStringLiteral("name"), name.trimmed()}},
                     QStringLiteral("village.create"));
}

Result<QVariantMap> GeographyService::createInstitution(const QString &code, const QString &name, const QString &level,
                                                        const QString &location, const QString &townshipId)
{
    Validation v = m_writer.require(Permission::ManageGeography);
    if (code.trimmed().isEmpty())
        v.add(QStringLiteral("code"), tr("Institution code: required."));
    if (name.trimmed().isEmpty())
        v.add(QStringLiteral("name"), tr("Institution name: required."));
    if (!levels().contains(level))
        v.add(QStringLiteral("level"), tr("Level: %1 is not one of village, township, county, city, province.").arg(level));
    if (!locations().contains(location))
        v.add(QStringLiteral("location"), tr("Location: %1 is not one of in county, in city, in province, out of province.").arg(location));
    if (!townshipId.isEmpty() && !m_writer.load(QStringLiteral("township"), townshipId))
        v.add(QStringLiteral("township_id"), tr("Township: no such township."));
    if (!v.ok())
        return Result<QVariantMap>(v);
    return m_writer.insertAlone(QStringLiteral("institution"),
                     {{QStringLiteral("code"), code.trimmed()}, {QStringLiteral("name"), name.trimmed()},
                      {QStringLiteral("initials"), PinyinInitials::of(name)}, {QStringLiteral("level"), level},
                      {QStringLiteral("location"), location},
                      {QStringLiteral("township_id"), townshipId.isEmpty() ? QVariant() : QVariant(townshipId)}},
                     QStringLiteral("institution.create"));
}
