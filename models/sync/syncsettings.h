#pragma once

#include "domain/result.h"
#include "domain/sessionuser.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

// Where and how often this workstation syncs: the county server's address,
// the workstation credential (the file the county issued, read in once so a
// removed USB stick does not stop sync) and the interval of automatic sync.
// Stored in local_setting (never synced); only a township or county admin
// changes them.
class SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(SyncSettings)
public:
    static constexpr int kDefaultIntervalMinutes = 15;

    QString serverUrl;
    QString credentialFile;     // where the credential was read from (shown only)
    QString credentialId;
    QString secret;
    QByteArray countyPublicKey; // from the credential: signs the county's answer packages
    int intervalMinutes = kDefaultIntervalMinutes;   // 0: only on "Sync now"
    QByteArray caPem;           // the county's own certificate authority (PEM), if it has one

    static SyncSettings load(const QSqlDatabase &db);
    // Checks the address and the credential and stores them; nothing is
    // stored when anything is wrong.
    // caPath: a PEM certificate to trust besides the system's (a county with
    // its own certificate authority); empty keeps the one read in before.
    static Validation save(const QSqlDatabase &db, const SessionUser &admin, const QString &serverUrl,
                           const QString &credentialPath, int intervalMinutes, const QString &caPath = {});
    // Stops trusting the county's own certificate authority.
    static Validation forgetCa(const QSqlDatabase &db, const SessionUser &admin);

    // What stops a sync before it starts (no address, no credential), in words.
    Validation readyToSync() const;
    QString bearer() const { return credentialId + QLatin1Char('.') + secret; }
    QUrl url() const { return QUrl(serverUrl); }

    // An address the workstation may sync with: https://host[:port], or
    // plain http only to this computer (tests, a local proxy).
    static Validation checkUrl(const QString &url);
};
