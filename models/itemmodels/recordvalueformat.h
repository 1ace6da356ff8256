#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// A stored column value in the clerk's words, for screens that show rows of
// any kind (the sync conflicts): the labels the record's own screen uses
// (relation, categories, statuses, levels...), money as ¥1,234.56, dates
// through DisplayFormat, references to other records by their name or code.
// The raw value is what the services take; editText/fromEditText convert
// between it and what a reviewer types.
class RecordValueFormat
{
    Q_DECLARE_TR_FUNCTIONS(RecordValueFormat)
public:
    enum class Kind { Text, Number, Money, Date, DateTime, Flag, Choice, Reference };

    static Kind kind(const QString &entity, const QString &column);
    static QString text(const QSqlDatabase &db, const QString &entity, const QString &column, const QString &raw);
    // (code, label) of a column with a fixed set of values, else empty.
    static QList<QPair<QString, QString>> choices(const QString &entity, const QString &column);
    // Money as yuan ("1234.56"), dates as yyyy-MM-dd, the rest as stored.
    static QString editText(const QString &entity, const QString &column, const QString &raw);
    // Back to the raw value; on bad input, *error names the field and the problem.
    static QString fromEditText(const QString &entity, const QString &column, const QString &text, QString *error);
    // Which record a row is, in words: a household's code, a person's name,
    // an enrollment's person and year, a claim's person and discharge date...
    static QString record(const QSqlDatabase &db, const QString &entity, const QJsonObject &row, const QString &rowId);
};
