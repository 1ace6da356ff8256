#include "rosterexport.h"

#include "rostercolumnmapping.h"
#include "rostervocabulary.h"
#include "tablefilewriter.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

QStringList RosterExport::rosterHeaders()
{
    QStringList h;
    for (int f = 0; f < RosterColumnMapping::FieldCount; ++f)
        h << RosterColumnMapping::standardHeader(RosterColumnMapping::Field(f));
    return h;
}

QStringList RosterExport::paidListHeaders()
{
    return rosterHeaders() + QStringList{QStringLiteral("参保年度"), QStringLiteral("档次"), QStringLiteral("个人缴费(元)"),
                                         QStringLiteral("代缴(元)"), QStringLiteral("财政补助(元)"),
                                         QStringLiteral("票据号"), QStringLiteral("缴费时间")};
}

Result<qint64> RosterExport::write(const QSqlDatabase &db, const QString &path, const Options &o,
                                   const std::function<bool(qint64)> &progress)
{
    const bool paid = o.paidYear > 0;
    if (!o.villageCode.isEmpty()) {
        QSqlQuery v(db);
        v.prepare(QStringLiteral("SELECT 1 FROM village WHERE code = ? AND deleted = 0"));
        v.addBindValue(o.villageCode);
        if (!v.exec() || !v.next())
            return Result<qint64>::failure(QStringLiteral("village"), tr("Village: no village has the code %1.").arg(o.villageCode));
    }
    // Filters are bound; only fixed fragments are put together here.
    QString sql = QStringLiteral(
        "SELECT h.code, COALESCE(hp.name, ''), p.name, p.id_number, p.relation, p.sex, p.birth_date, v.name, "
        "p.poverty, p.dibao, p.tekun, p.near_poor, p.phone");
    if (paid)
        sql += QStringLiteral(", e.scheme_year, e.tier, e.personal_fen, e.subsidized_fen, e.subsidy_fen, "
                              "COALESCE(r.serial, ''), COALESCE(e.paid_at, '')");
    sql += QStringLiteral(" FROM person p JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id "
                          "LEFT JOIN person hp ON hp.id = h.head_person_id");
    if (paid)
        sql += QStringLiteral(" JOIN enrollment e ON e.person_id = p.id AND e.scheme_year = :year AND e.status = 'paid' "
                              "AND e.deleted = 0 LEFT JOIN receipt r ON r.id = e.receipt_id");
    sql += QStringLiteral(" WHERE p.deleted = 0 AND h.deleted = 0");
    if (!paid)
        sql += QStringLiteral(" AND p.status = 'active'");
    if (!o.townshipId.isEmpty())
        sql += QStringLiteral(" AND h.township_id = :township");
    if (!o.villageCode.isEmpty())
        sql += QStringLiteral(" AND v.code = :village");
    sql += QStringLiteral(" ORDER BY v.code, h.code, CASE p.relation WHEN 'self' THEN 0 ELSE 1 END, p.birth_date, p.id_number");

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (paid)
        q.bindValue(QStringLiteral(":year"), o.paidYear);
    if (!o.townshipId.isEmpty())
        q.bindValue(QStringLiteral(":township"), o.townshipId);
    if (!o.villageCode.isEmpty())
        q.bindValue(QStringLiteral(":village"), o.villageCode);
    if (!q.exec())
        return Result<qint64>::failure(QStringLiteral("database"), tr("The roster cannot be read: %1").arg(q.lastError().text()));

    TableFileWriter out(path);
    Validation v = out.open(paid ? paidListHeaders() : rosterHeaders(), paid ? QSet<int>{12, 13, 14} : QSet<int>{},
                            paid ? QStringLiteral("缴费名单") : QStringLiteral("花名册"));
    if (!v.ok())
        return v;
    while (q.next()) {
        const RosterVocabulary::Categories c{q.value(8).toInt() != 0, q.value(9).toInt() != 0, q.value(10).toInt() != 0,
                                             q.value(11).toInt() != 0};
        QVariantList row{q.value(0).toString(),
                         q.value(1).toString(),
                         q.value(2).toString(),
                         q.value(3).toString(),
                         RosterVocabulary::relationWord(q.value(4).toString()),
                         RosterVocabulary::sexWord(q.value(5).toString()),
                         q.value(6).toString(),
                         q.value(7).toString(),
                         RosterVocabulary::categoryWords(c),
                         q.value(12).toString()};
        if (paid)
            row << q.value(13).toString() << (q.value(14).toInt() == 1 ? QStringLiteral("一档") : QStringLiteral("二档"))
                << q.value(15).toLongLong() << q.value(16).toLongLong() << q.value(17).toLongLong() << q.value(18).toString()
                << q.value(19).toString();
        v = out.addRow(row);
        if (!v.ok())
            return v;
        if (progress && out.rowsWritten() % 1000 == 0 && !progress(out.rowsWritten()))
            return Result<qint64>::failure(QStringLiteral("cancelled"), tr("The export was cancelled; no file was written."));
    }
    v = out.close();
    if (!v.ok())
        return v;
    return out.rowsWritten();
}
