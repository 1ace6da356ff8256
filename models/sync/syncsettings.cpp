#include "syncsettings.h"

#include "services/numberseries.h"
#include "storage/localsettings.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSslCertificate>

namespace {
const QString kUrl = QStringLiteral("sync_server_url");
const QString kCredential = QStringLiteral("sync_credential");
const QString kCredentialFile = QStringLiteral("sync_credential_file");
const QString kInterval = QStringLiteral("sync_interval_minutes");
const QString kCa = QStringLiteral("sync_ca_pem");

bool isAdmin(const SessionUser &user)
{
    return user.role == Role::TownshipAdmin || user.role == Role::CountyAdmin;
}
} // namespace

SyncSettings SyncSettings::load(const QSqlDatabase &db)
{
    SyncSettings s;
    s.serverUrl = LocalSettings::value(db, kUrl);
    s.credentialFile = LocalSettings::value(db, kCredentialFile);
    const QJsonObject credential = QJsonDocument::fromJson(LocalSettings::value(db, kCredential).toUtf8()).object();
    s.credentialId = credential.value(QStringLiteral("credential_id")).toString();
    s.secret = credential.value(QStringLiteral("secret")).toString();
    s.countyPublicKey = QByteArray::fromHex(credential.value(QStringLiteral("county_public_key")).toString().toLatin1());
    bool ok = false;
    const int minutes = LocalSettings::value(db, kInterval).toInt(&ok);
    s.intervalMinutes = ok ? minutes : kDefaultIntervalMinutes;
    s.caPem = LocalSettings::value(db, kCa).toLatin1();
    return s;
}

Validation SyncSettings::checkUrl(const QString &text)
{
    Validation v;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty()) {
        v.add(QStringLiteral("server_url"), tr("Server address: it is empty. Write the address the county gave, "
                                                "for example https://county.example:8443."));
        return v;
    }
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        v.add(QStringLiteral("server_url"), tr("Server address: \"%1\" is not a web address. Write it as "
                                                "https://host:port, for example https://county.example:8443.")
                                                 .arg(text.trimmed()));
        return v;
    }
    const bool loopback = url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost");
    if (url.scheme() == QLatin1String("http") && !loopback)
        v.add(QStringLiteral("server_url"), tr("Server address: plain http is allowed only to this computer; "
                                                "the county server is reached with https://."));
    return v;
}

Validation SyncSettings::save(const QSqlDatabase &db, const SessionUser &admin, const QString &serverUrl,
                              const QString &credentialPath, int intervalMinutes, const QString &caPath)
{
    Validation v;
    if (!isAdmin(admin)) {
        v.add(QStringLiteral("permission"), tr("Only the township administrator sets the sync server and credential."));
        return v;
    }
    if (intervalMinutes < 0 || intervalMinutes > 24 * 60)
        v.add(QStringLiteral("interval"), tr("Automatic sync: give a number of minutes from 0 (off) to 1440."));

    // The credential: read in again only when a file is named; otherwise the stored one stays.
    QByteArray credentialJson;
    QString credentialServer;
    int workstationNumber = 0;
    const SyncSettings current = load(db);
    if (!credentialPath.trimmed().isEmpty()) {
        QFile file(credentialPath.trimmed());
        if (!file.exists()) {
            v.add(QStringLiteral("credential"), tr("Credential file: %1 does not exist. Choose the .credential file "
                                                    "the county issued for this workstation.")
                                                     .arg(QDir::toNativeSeparators(credentialPath.trimmed())));
        } else if (!file.open(QIODevice::ReadOnly)) {
            v.add(QStringLiteral("credential"), tr("Credential file: %1 cannot be read (%2).")
                                                     .arg(QDir::toNativeSeparators(credentialPath.trimmed()), file.errorString()));
        } else {
            const QJsonObject c = QJsonDocument::fromJson(file.read(64 * 1024)).object();
            if (c.value(QStringLiteral("credential_id")).toString().isEmpty() || c.value(QStringLiteral("secret")).toString().isEmpty())
                v.add(QStringLiteral("credential"), tr("Credential file: %1 is not a workstation credential issued by "
                                                        "the county (it has no credential id and secret).")
                                                         .arg(QDir::toNativeSeparators(credentialPath.trimmed())));
            else {
                // Only what sync needs is kept.
                QJsonObject kept;
                for (const QString &key : {QStringLiteral("credential_id"), QStringLiteral("secret"), QStringLiteral("server"),
                                           QStringLiteral("township_id"), QStringLiteral("scope"), QStringLiteral("county_public_key"),
                                           QStringLiteral("workstation_number")})
                    if (c.contains(key))
                        kept.insert(key, c.value(key));
                credentialJson = QJsonDocument(kept).toJson(QJsonDocument::Compact);
                credentialServer = c.value(QStringLiteral("server")).toString();
                workstationNumber = c.value(QStringLiteral("workstation_number")).toInt();
            }
        }
    } else if (current.credentialId.isEmpty()) {
        v.add(QStringLiteral("credential"), tr("Credential file: none is set. Choose the .credential file the county "
                                                "issued for this workstation."));
    }

    QByteArray caPem;
    if (!caPath.trimmed().isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caPath.trimmed(), QSsl::Pem);
        if (certificates.isEmpty())
            v.add(QStringLiteral("ca"), tr("Certificate file: %1 does not exist or holds no PEM certificate.")
                                            .arg(QDir::toNativeSeparators(caPath.trimmed())));
        for (const QSslCertificate &c : certificates)
            caPem += c.toPem();
    }

    QString url = serverUrl.trimmed();
    if (url.isEmpty())
        url = credentialServer;   // the credential file names its server
    const Validation urlCheck = checkUrl(url);
    v.append(urlCheck);
    if (!v.ok())
        return v;

    QSqlDatabase connection = db;
    if (!connection.transaction()) {
        v.add(QStringLiteral("database"), tr("The settings could not be saved: the replica is busy."));
        return v;
    }
    bool ok = LocalSettings::setValue(db, kUrl, url) && LocalSettings::setValue(db, kInterval, QString::number(intervalMinutes));
    if (!caPem.isEmpty())
        ok = ok && LocalSettings::setValue(db, kCa, QString::fromLatin1(caPem));
    if (!credentialJson.isEmpty())
        ok = ok && LocalSettings::setValue(db, kCredential, QString::fromUtf8(credentialJson))
             && LocalSettings::setValue(db, kCredentialFile, QFileInfo(credentialPath.trimmed()).absoluteFilePath());
    // Numbers issued from now on carry the workstation's number (the county
    // also sends it with every pull, for a credential file without it).
    if (ok && !credentialJson.isEmpty() && NumberSeries::isValidNumber(workstationNumber))
        ok = NumberSeries::setWorkstationNumber(db, workstationNumber);
    if (!ok || !connection.commit()) {
        connection.rollback();
        v.add(QStringLiteral("database"), tr("The settings could not be saved."));
    }
    return v;
}

Validation SyncSettings::readyToSync() const
{
    Validation v;
    if (serverUrl.isEmpty())
        v.add(QStringLiteral("server_url"), tr("Sync is not set up: no county server address. The township "
                                                "administrator sets it under Sync settings."));
    else
        v.append(checkUrl(serverUrl));
    if (credentialId.isEmpty() || secret.isEmpty())
        v.add(QStringLiteral("credential"), tr("Sync is not set up: no workstation credential. The township "
                                                "administrator reads in the credential file the county issued, under Sync settings."));
    return v;
}

Validation SyncSettings::forgetCa(const QSqlDatabase &db, const SessionUser &admin)
{
    Validation v;
    if (!isAdmin(admin))
        v.add(QStringLiteral("permission"), tr("Only the township administrator sets the sync server and credential."));
    else if (!LocalSettings::setValue(db, kCa, QString()))
        v.add(QStringLiteral("database"), tr("The settings could not be saved."));
    return v;
}
