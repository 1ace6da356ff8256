#pragma once

#include "changewriter.h"

// Townships, villages and designated institutions: written by the county.
class GeographyService
{
    Q_DECLARE_TR_FUNCTIONS(GeographyService)
public:
    explicit GeographyService(ChangeWriter &writer) : m_writer(writer) {}

    Result<QVariantMap> createTownship(const QString &countyCode, const QString &code, const QString &name);
    Result<QVariantMap> createVillage(const QString &townshipId, const QString &code, const QString &name);
    // level: village|township|county|city|province; location: in_county|in_city|in_province|out_of_province.
    Result<QVariantMap> createInstitution(const QString &code, const QString &name, const QString &level,
                                          const QString &location, const QString &townshipId = {});

    static const QStringList &levels();
    static const QStringList &locations();

private:
    ChangeWriter &m_writer;
};
