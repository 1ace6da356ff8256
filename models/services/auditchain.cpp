#include "auditchain.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::hashOf(const QString &prevHash, const AuditEntry &e)
{
    // Fields separated by the unit separator, which no field contains.
    const QChar us(0x1f);
    const QString canonical = prevHash + us + QString::number(e.seq) + us + e.at + us + e.userId + us
                              + e.workstationId + us + e.action + us + e.entity + us + e.rowId + us + e.beforeJson
                              + us + e.afterJson;
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString AuditChain::lastHash(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && q.next())
        return q.value(0).toString();
    return genesisHash();
}

AuditChain::Report AuditChain::verify(const QSqlDatabase &db)
{
    Report report;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, user_id, workstation_id, action, entity, row_id, before_json, "
                               "after_json, prev_hash, hash FROM audit_log ORDER BY seq"))) {
        report.firstBadSeq = 0;
        report.problem = tr("The audit log cannot be read.");
        return report;
    }
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.userId = q.value(2).toString();
        e.workstationId = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.rowId = q.value(6).toString();
        e.beforeJson = q.value(7).toString();
        e.afterJson = q.value(8).toString();
        const QString storedPrev = q.value(9).toString();
        const QString storedHash = q.value(10).toString();
        ++report.entries;
        if (e.seq != expectedSeq) {
            report.firstBadSeq = e.seq;
            report.problem = tr("Audit entry %1 follows entry %2: entries are missing.").arg(e.seq).arg(expectedSeq - 1);
            return report;
        }
        if (storedPrev != prev) {
            report.firstBadSeq = e.seq;
            report.problem = tr("Audit entry %1 does not link to the entry before it.").arg(e.seq);
            return report;
        }
        const QString h = hashOf(prev, e);
        if (h != storedHash) {
            report.firstBadSeq = e.seq;
            report.problem = tr("Audit entry %1 (%2 %3 %4) was altered after it was written.")
                                 .arg(e.seq)
                                 .arg(e.action, e.entity, e.rowId);
            return report;
        }
        prev = h;
        ++expectedSeq;
    }
    return report;
}
