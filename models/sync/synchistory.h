#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// One sync run of this workstation, as the history shows it.
struct SyncRunRecord
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString trigger = QStringLiteral("manual");   // manual, automatic
    QString outcome;                              // agreed, differs, failed
    QString errorKind;                            // offline, certificate, credential, upgrade, server, settings, replica
    int pushed = 0;
    int applied = 0;
    int rejected = 0;
    int conflicts = 0;
    int pulled = 0;
    QString error;        // why it stopped, in plain words
    QStringList problems;

    bool succeeded() const { return outcome == QLatin1String("agreed") || outcome == QLatin1String("differs"); }
};
Q_DECLARE_METATYPE(SyncRunRecord)

// The sync runs of this workstation, kept in local_setting (never synced).
class SyncHistory
{
    Q_DECLARE_TR_FUNCTIONS(SyncHistory)
public:
    // Stores the run and, when it succeeded, sync_state's last_sync_at.
    static bool record(const QSqlDatabase &db, SyncRunRecord &run);
    // The newest first, at most limit.
    static QList<SyncRunRecord> recent(const QSqlDatabase &db, int limit = 200);
    static QDateTime lastSuccess(const QSqlDatabase &db);
    // The outcome in words, e.g. "Done: both sides agree".
    static QString outcomeText(const SyncRunRecord &run);
};
