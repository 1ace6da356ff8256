#pragma once

#include "changewriter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

// One conflict the county answered (table sync_conflict), with both
// versions of the row and who made the local edit.
struct SyncConflict
{
    QString id;
    QString opId;
    QString entity;
    QString rowId;
    qint64 baseVersion = 0;
    qint64 serverVersion = 0;
    QJsonObject local;     // the row as the local edit made it
    QJsonObject server;    // the county's row (empty if the county does not have it)
    QString reason;
    QString detectedAt;
    QString status;        // open, resolved
    QString resolution;    // server, local, edited
    QString makerId;       // the user of the conflicting edit
    QString makerName;

    bool isOpen() const { return status == QLatin1String("open"); }
};

// A reviewer decides which version of a conflicting row stands
// (docs/sync-protocol.md §6): the county's (closes the conflict, no new
// operation), this workstation's, or an edited one; the last two are a new
// update on top of the row as it stands now, through ChangeWriter (row,
// audit entry and outbox operation), and the conflict records that
// operation. Only a reviewer with the right to write that kind of record
// decides, and not for an edit they made themselves (maker–checker). The
// version that would stand passes the checks of the record's own service
// (HouseholdService, EnrollmentService, FilingService, ClaimService);
// a refused one changes nothing. Kinds of record without such a check
// (receipts, relief, county records) keep the county's version only.
class ConflictResolutionService
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolutionService)
public:
    explicit ConflictResolutionService(ChangeWriter &writer) : m_writer(writer) {}

    static std::optional<SyncConflict> load(const QSqlDatabase &db, const QString &conflictId);
    // The columns a reviewer compares and may edit (not the sync machinery's,
    // not scans).
    static QStringList comparableColumns(const QSqlDatabase &db, const QString &entity);
    // Whether a reviewer may type a new value for this column in an edited
    // version: not who-and-when columns, not what follows from another field
    // (sex and birth date from the id number), not references to other
    // records, and nothing of a settlement (computed, never edited).
    static bool isEditable(const QString &entity, const QString &column);
    // A value of a version as text (numbers whole, NULL empty), as the
    // compare view holds it.
    static QString valueText(const QJsonValue &value);

    Validation keepServer(const QString &conflictId);
    Validation keepLocal(const QString &conflictId);
    // values: column -> value as the reviewer wants it to stand.
    Validation keepEdited(const QString &conflictId, const QVariantMap &values);

    // The op id of the last resolution written (empty for keepServer).
    QString lastOperationId() const { return m_lastOpId; }

private:
    Validation checkMayDecide(const SyncConflict &c, bool writes) const;
    Validation resolve(const SyncConflict &c, const QString &resolution, const QVariantMap &changes);
    // The record's own service's checks over the row that would stand.
    Validation checkRecord(const QString &entity, const QVariantMap &current, QVariantMap &changes);

    ChangeWriter &m_writer;
    QString m_lastOpId;
};
