#pragma once

#include "domain/result.h"
#include "syncclient.h"
#include "syncserverstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <functional>

// Offline sync through signed package files (docs/sync-protocol.md,
// section 7): the workstation exports its pending operations signed with its
// Ed25519 key, the county applies them exactly as an online push and answers
// with a package signed with the county's key, the workstation imports that.
class SyncPackage
{
    Q_DECLARE_TR_FUNCTIONS(SyncPackage)
public:
    static constexpr const char *kFormat = "jingban-package";

    // The workstation's key pair, created once and kept in its replica.
    static Result<SyncServerStore::KeyPair> workstationKey(const QSqlDatabase &db);

    // The file's bytes: body signed with secretKey. The header fields (kind,
    // credential_id, package_id, created_at, public_key) are inside the body
    // too, so the signature covers them.
    static QByteArray seal(const QJsonObject &body, const QByteArray &publicKey, const QByteArray &secretKey);

    struct Opened
    {
        QString kind;
        QString packageId;
        QString credentialId;
        QByteArray publicKey;
        QJsonObject body;
    };
    // Checks form, completeness and signature. keyFor answers the public key
    // the signer must have (the credential's registered key), or an error.
    using KeyLookup = std::function<Result<QByteArray>(const QString &credentialId)>;
    static Result<Opened> open(const QByteArray &file, const QString &kind, const KeyLookup &keyFor);

    // Workstation: every pending operation and the pull cursor.
    static Result<QByteArray> exportPush(const QSqlDatabase &db, const QString &credentialId);

    struct CountyImport
    {
        QByteArray answer;   // the signed answer package
        QString credentialId;
        int applied = 0;
        int duplicates = 0;
        int rejected = 0;
        int conflicts = 0;
        int changes = 0;
    };
    // County: verify, apply the push as online (a replay answers duplicate
    // and changes nothing), collect every change after the package's cursor.
    static Result<CountyImport> answer(SyncServerStore &store, const QByteArray &file);

    struct WorkstationImport
    {
        SyncClient::PushSummary push;
        int written = 0;
        qint64 cursor = 0;
    };
    // Workstation: verify the county's answer, refuse one imported before,
    // apply the results and the changes.
    static Result<WorkstationImport> importAnswer(const QSqlDatabase &db, const QByteArray &file, const QString &credentialId,
                                                  const QByteArray &countyPublicKey);
};
