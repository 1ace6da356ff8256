#include "syncpackage.h"

#include "syncapi.h"
#include "syncprotocol.h"

#include "storage/localsettings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <sodium.h>

namespace {

const QString kPublicKeySetting = QStringLiteral("package_public_key");
const QString kSecretKeySetting = QStringLiteral("package_secret_key");
const QString kImportedPrefix = QStringLiteral("package_imported:");

// The fields the outer object repeats from the signed body.
const QStringList kHeaderFields = {QStringLiteral("format"),     QStringLiteral("protocol"),   QStringLiteral("kind"),
                                   QStringLiteral("credential_id"), QStringLiteral("package_id"), QStringLiteral("created_at"),
                                   QStringLiteral("public_key")};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Base64 that must be in its one canonical form (so that no two texts,
// e.g. differing in unused bits, decode to the same bytes).
bool strictBase64(const QString &text, QByteArray *out)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != text.toLatin1())
        return false;
    *out = decoded.decoded;
    return true;
}

} // namespace

Result<SyncServerStore::KeyPair> SyncPackage::workstationKey(const QSqlDatabase &db)
{
    using R = Result<SyncServerStore::KeyPair>;
    const QString pub = LocalSettings::value(db, kPublicKeySetting);
    const QString sec = LocalSettings::value(db, kSecretKeySetting);
    if (!pub.isEmpty() && !sec.isEmpty())
        return SyncServerStore::KeyPair{QByteArray::fromHex(pub.toLatin1()), QByteArray::fromHex(sec.toLatin1())};
    if (sodium_init() < 0)
        return R::failure(QStringLiteral("key"), tr("The cryptography library is not available."));
    SyncServerStore::KeyPair k{QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized),
                               QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized)};
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()), reinterpret_cast<unsigned char *>(k.secretKey.data()));
    // Both settings in one transaction: never half a key.
    QSqlDatabase handle = db;
    if (!handle.transaction() || !LocalSettings::setValue(db, kSecretKeySetting, QString::fromLatin1(k.secretKey.toHex()))
        || !LocalSettings::setValue(db, kPublicKeySetting, QString::fromLatin1(k.publicKey.toHex())) || !handle.commit()) {
        handle.rollback();
        return R::failure(QStringLiteral("key"), tr("The workstation's signing key could not be stored in the replica."));
    }
    return k;
}

QByteArray SyncPackage::seal(const QJsonObject &body, const QByteArray &publicKey, const QByteArray &secretKey)
{
    QJsonObject signedBody = body;
    signedBody.insert(QStringLiteral("format"), QLatin1String(kFormat));
    signedBody.insert(QStringLiteral("protocol"), SyncProtocol::kProtocol);
    signedBody.insert(QStringLiteral("public_key"), QString::fromLatin1(publicKey.toHex()));
    const QByteArray bytes = compact(signedBody);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long long>(bytes.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    QJsonObject outer;
    for (const QString &field : kHeaderFields)
        outer.insert(field, signedBody.value(field));
    outer.insert(QStringLiteral("body"), QString::fromLatin1(bytes.toBase64()));
    outer.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return compact(outer) + '\n';
}

Result<SyncPackage::Opened> SyncPackage::open(const QByteArray &file, const QString &kind, const KeyLookup &keyFor)
{
    using R = Result<Opened>;
    const QString damaged = tr("The package was altered or damaged; it was not imported.");
    if (file.isEmpty())
        return R::failure(QStringLiteral("package"), tr("The package file is empty; it was not imported."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (file.startsWith("{\"") && !file.trimmed().endsWith('}'))
            return R::failure(QStringLiteral("package"),
                              tr("The package file is incomplete (cut off after %1 bytes); it was not imported. "
                                 "Copy the whole file again.").arg(file.size()));
        if (!file.startsWith("{\""))
            return R::failure(QStringLiteral("package"), tr("The file is not a Jingban package; it was not imported."));
        return R::failure(QStringLiteral("package"), damaged);
    }
    const QJsonObject outer = doc.object();
    // One canonical form: any change to the file, even outside the body,
    // is seen.
    const QByteArray canonical = compact(outer);
    if (file != canonical + '\n' && file != canonical)
        return R::failure(QStringLiteral("package"), damaged);
    if (outer.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return R::failure(QStringLiteral("package"), tr("The file is not a Jingban package; it was not imported."));
    QByteArray bodyBytes, signature;
    if (!strictBase64(outer.value(QStringLiteral("body")).toString(), &bodyBytes)
        || !strictBase64(outer.value(QStringLiteral("signature")).toString(), &signature) || signature.size() != crypto_sign_BYTES)
        return R::failure(QStringLiteral("package"), damaged);
    const QJsonObject body = QJsonDocument::fromJson(bodyBytes).object();
    for (const QString &field : kHeaderFields)
        if (body.value(field) != outer.value(field) || outer.value(field).isUndefined())
            return R::failure(QStringLiteral("package"), damaged);
    if (body.value(QStringLiteral("protocol")).toInt() != SyncProtocol::kProtocol)
        return R::failure(QStringLiteral("protocol"),
                          tr("The package speaks sync protocol %1; this program speaks %2. Install the same Jingban version on both sides.")
                              .arg(body.value(QStringLiteral("protocol")).toInt())
                              .arg(SyncProtocol::kProtocol));
    Opened o;
    o.kind = body.value(QStringLiteral("kind")).toString();
    o.packageId = body.value(QStringLiteral("package_id")).toString();
    o.credentialId = body.value(QStringLiteral("credential_id")).toString();
    o.publicKey = QByteArray::fromHex(body.value(QStringLiteral("public_key")).toString().toLatin1());
    o.body = body;
    // The key this county (or workstation) expects for the sender.
    const auto expected = keyFor(o.credentialId);
    if (!expected)
        return R(expected.errors());
    if (expected->size() != crypto_sign_PUBLICKEYBYTES || *expected != o.publicKey)
        return R::failure(QStringLiteral("signature"), kind == QLatin1String("push")
                                                           ? tr("The package is signed by a key this county does not know; it was not imported.")
                                                           : tr("The answer is signed by a key that is not the county's; it was not imported."));
    if (sodium_init() < 0
        || crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(bodyBytes.constData()),
                                       static_cast<unsigned long long>(bodyBytes.size()),
                                       reinterpret_cast<const unsigned char *>(expected->constData()))
               != 0)
        return R::failure(QStringLiteral("signature"), damaged);
    // Only after the signature: what the signer meant.
    if (o.kind != kind)
        return R::failure(QStringLiteral("kind"), kind == QLatin1String("push")
                                                      ? tr("This is an answer package; the county imports push packages.")
                                                      : tr("This is a push package; the workstation imports the county's answer."));
    return o;
}

Result<QByteArray> SyncPackage::exportPush(const QSqlDatabase &db, const QString &credentialId)
{
    using R = Result<QByteArray>;
    if (credentialId.isEmpty())
        return R::failure(QStringLiteral("credential"), tr("Credential: the credential file has no credential_id."));
    const auto key = workstationKey(db);
    if (!key)
        return R(key.errors());
    SyncClient client(db);
    QJsonObject body = client.buildPush(std::numeric_limits<int>::max());
    body.insert(QStringLiteral("kind"), QStringLiteral("push"));
    body.insert(QStringLiteral("credential_id"), credentialId);
    body.insert(QStringLiteral("package_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    body.insert(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    body.insert(QStringLiteral("cursor"), client.cursor());
    return seal(body, key->publicKey, key->secretKey);
}

Result<SyncPackage::CountyImport> SyncPackage::answer(SyncServerStore &store, const QByteArray &file)
{
    using R = Result<CountyImport>;
    std::optional<SyncServerStore::Credential> credential;
    const auto opened = open(file, QStringLiteral("push"), [&](const QString &id) -> Result<QByteArray> {
        bool revoked = false;
        credential = store.credentialById(id, &revoked);
        if (!credential || credential->publicKey.isEmpty())
            return Result<QByteArray>::failure(QStringLiteral("signature"),
                                               tr("The package is signed by a key this county does not know; it was not imported."));
        if (revoked)
            return Result<QByteArray>::failure(QStringLiteral("credential"),
                                               tr("The workstation's credential was revoked; the package was not imported."));
        return QByteArray::fromHex(credential->publicKey.toLatin1());
    });
    if (!opened)
        return R(opened.errors());
    const QJsonObject &body = opened->body;
    const int schema = body.value(QStringLiteral("schema")).toInt(-1);
    if (schema < SyncApi::kMinClientSchema || schema > SyncApi::schema())
        return R::failure(QStringLiteral("schema"),
                          tr("The package was written by a replica of schema %1; the county server accepts schema %2 to %3. "
                             "Upgrade the older side, then export again.")
                              .arg(schema)
                              .arg(SyncApi::kMinClientSchema)
                              .arg(SyncApi::schema()));
    const qint64 cursor = body.value(QStringLiteral("cursor")).toInteger(-1);
    if (cursor < 0 || !body.value(QStringLiteral("ops")).isArray())
        return R::failure(QStringLiteral("package"), tr("The package has no operations or cursor; it was not imported."));

    CountyImport result;
    result.credentialId = credential->id;
    QJsonArray results;
    const QJsonArray ops = body.value(QStringLiteral("ops")).toArray();
    for (qsizetype from = 0; from < ops.size(); from += SyncProtocol::kMaxPushOps) {
        QJsonArray chunk;
        for (qsizetype i = from; i < std::min(ops.size(), from + SyncProtocol::kMaxPushOps); ++i)
            chunk.append(ops.at(i));
        const auto pushed = store.push(*credential, {{QStringLiteral("workstation_id"), body.value(QStringLiteral("workstation_id"))},
                                                    {QStringLiteral("schema"), schema},
                                                    {QStringLiteral("ops"), chunk}});
        if (!pushed)
            return R(pushed.errors());
        for (const QJsonValue &v : pushed->value(QStringLiteral("results")).toArray()) {
            const QJsonObject a = v.toObject();
            QString status = a.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("duplicate")) {
                ++result.duplicates;
                status = a.value(QStringLiteral("original")).toString();
            }
            result.applied += status == QLatin1String("applied");
            result.rejected += status == QLatin1String("rejected");
            result.conflicts += status == QLatin1String("conflict");
            results.append(a);
        }
    }
    QJsonArray changes;
    qint64 last = cursor;
    for (;;) {
        const auto page = store.pull(*credential, last, SyncProtocol::kMaxPullLimit);
        if (!page)
            return R(page.errors());
        for (const QJsonValue &c : page->value(QStringLiteral("changes")).toArray())
            changes.append(c);
        last = page->value(QStringLiteral("cursor")).toInteger();
        if (!page->value(QStringLiteral("more")).toBool())
            break;
    }
    result.changes = static_cast<int>(changes.size());
    const auto key = store.countyKey();
    if (!key)
        return R(key.errors());
    const QJsonObject answerBody = {{QStringLiteral("kind"), QStringLiteral("answer")},
                                    {QStringLiteral("credential_id"), credential->id},
                                    {QStringLiteral("package_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("in_reply_to"), opened->packageId},
                                    {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("results"), results},
                                    {QStringLiteral("changes"), changes},
                                    {QStringLiteral("cursor"), last},
                                    {QStringLiteral("more"), false},
                                    {QStringLiteral("workstation_number"), credential->workstationNumber}};
    result.answer = seal(answerBody, key->publicKey, key->secretKey);
    return result;
}

Result<SyncPackage::WorkstationImport> SyncPackage::importAnswer(const QSqlDatabase &db, const QByteArray &file,
                                                                 const QString &credentialId, const QByteArray &countyPublicKey)
{
    using R = Result<WorkstationImport>;
    if (countyPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return R::failure(QStringLiteral("county_public_key"),
                          tr("The credential file has no county_public_key; ask the county for a new credential file."));
    const auto opened = open(file, QStringLiteral("answer"), [&](const QString &) -> Result<QByteArray> { return countyPublicKey; });
    if (!opened)
        return R(opened.errors());
    if (opened->credentialId != credentialId)
        return R::failure(QStringLiteral("credential"), tr("This answer is for another workstation's credential; it was not imported."));
    const QString imported = kImportedPrefix + opened->packageId;
    if (!LocalSettings::value(db, imported).isEmpty())
        return R::failure(QStringLiteral("package"), tr("This answer package was imported before; nothing was changed."));
    const QJsonObject &body = opened->body;
    SyncClient client(db);
    WorkstationImport result;
    const auto pushed = client.applyPushAnswer({{QStringLiteral("results"), body.value(QStringLiteral("results"))}});
    if (!pushed)
        return R(pushed.errors());
    result.push = *pushed;
    const auto pulled = client.applyPull({{QStringLiteral("changes"), body.value(QStringLiteral("changes"))},
                                          {QStringLiteral("cursor"), body.value(QStringLiteral("cursor"))},
                                          {QStringLiteral("more"), false},
                                          {QStringLiteral("workstation_number"), body.value(QStringLiteral("workstation_number"))}});
    if (!pulled)
        return R(pulled.errors());
    result.written = pulled->written;
    result.cursor = pulled->cursor;
    LocalSettings::setValue(db, imported, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return result;
}
