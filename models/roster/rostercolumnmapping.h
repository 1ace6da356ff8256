#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <array>

// Which column of a roster file holds which field. A screen shows the
// file's headers with a field chooser each; guess() fills it from the
// standard headers (户编号, 户主姓名, 姓名, 公民身份号码, 与户主关系, 性别,
// 出生日期, 村(社区), 人员类别, 联系电话), their common variants and the
// choices the clerk made before (remembered per header text in
// local_setting, key "roster.column_mapping").
class RosterColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(RosterColumnMapping)
public:
    enum Field {
        HouseholdCode,
        HeadName,
        Name,
        IdNumber,
        Relation,
        Sex,
        BirthDate,
        Village,
        Category,
        Phone,
        FieldCount
    };

    static constexpr const char *kSettingKey = "roster.column_mapping";

    static QString code(Field field);                  // "household_code", …
    static std::optional<Field> fromCode(const QString &code);
    static QString standardHeader(Field field);        // "户编号", …
    static QString label(Field field);                 // translated, for the chooser
    // Fields without which no row can be imported.
    static bool isRequired(Field field);

    // Every field unmapped.
    RosterColumnMapping() { m_columns.fill(-1); }

    // The column (zero-based) of field, -1 if the file has none.
    int column(Field field) const { return m_columns[field]; }
    void setColumn(Field field, int column);   // -1 unmaps; a column holds one field
    std::optional<Field> fieldAt(int column) const;
    // The required fields that no column holds.
    QList<Field> missingRequired() const;
    bool operator==(const RosterColumnMapping &o) const { return m_columns == o.m_columns; }

    // Maps headers: remembered choices first, then standard headers and variants.
    static RosterColumnMapping guess(const QStringList &headers, const QHash<QString, QString> &remembered = {});
    static RosterColumnMapping guess(const QSqlDatabase &db, const QStringList &headers);

    // Header text → field code, as stored in local_setting.
    static QHash<QString, QString> remembered(const QSqlDatabase &db);
    // Adds this mapping's choices for these headers to what is remembered.
    bool remember(const QSqlDatabase &db, const QStringList &headers) const;

    // Header text as compared: no spaces, full-width brackets as ASCII.
    static QString normalizedHeader(const QString &header);

private:
    std::array<int, FieldCount> m_columns;
};
