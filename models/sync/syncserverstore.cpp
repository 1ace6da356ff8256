#include "syncserverstore.h"

#include "syncprotocol.h"

#include "domain/idnumber.h"
#include "domain/pinyininitials.h"
#include "domain/role.h"
#include "engine/policyparser.h"
#include "engine/settlementengine.h"
#include "relief/policycorrection.h"
#include "services/claimservice.h"
#include "services/makerchecker.h"
#include "services/numberseries.h"
#include "services/passwordhasher.h"
#include "services/policyservice.h"
#include "services/settlementinputs.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <tuple>
#include <sodium.h>

struct SyncServerStore::Answer
{
    QJsonObject json;
    QString status;
};

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The digest's scope key of a change log township: '' (not NULL) for county-wide rows.
QString scopeKeyOf(const QString &township)
{
    return township.isEmpty() ? QString(QLatin1String("")) : township;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Splits a migration script into statements (no semicolons inside literals
// in our migrations; comments are dropped).
QStringList statementsOf(const QByteArray &script)
{
    QStringList out;
    QString current;
    for (const QString &rawLine : QString::fromUtf8(script).split(QLatin1Char('\n'))) {
        QString line = rawLine;
        const int comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0)
            line.truncate(comment);
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            const QString s = current.trimmed();
            out << s.left(s.size() - 1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

const QStringList kCertificationStatuses = {QStringLiteral("certified"), QStringLiteral("rejected"),
                                            QStringLiteral("revoked"), QStringLiteral("expired")};
const QStringList kTownshipFilingStatuses = {QStringLiteral("reported"), QStringLiteral("returned"),
                                             QStringLiteral("reviewed")};
const QStringList kCertificationColumns = {QStringLiteral("status"),     QStringLiteral("valid_from"),
                                           QStringLiteral("valid_to"),   QStringLiteral("decided_by"),
                                           QStringLiteral("decided_at"), QStringLiteral("reason")};
const QStringList kSyncColumns = {QStringLiteral("version"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                  QStringLiteral("workstation_id")};

} // namespace

QJsonObject SyncServerStore::IssuedCredential::toFile(const QString &server) const
{
    QJsonObject file{{QStringLiteral("credential_id"), credential.id},
                     {QStringLiteral("secret"), secret},
                     {QStringLiteral("server"), server},
                     {QStringLiteral("scope"), credential.scope},
                     {QStringLiteral("township_id"), credential.townshipId}};
    if (credential.workstationNumber > 0)
        file.insert(QStringLiteral("workstation_number"), credential.workstationNumber);
    return file;
}

Result<QSqlDatabase> SyncServerStore::open(const QString &spec, const QString &connectionName)
{
    QSqlDatabase db;
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(spec.mid(7));
    } else if (spec.startsWith(QLatin1String("postgresql://")) || spec.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(spec);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        return Result<QSqlDatabase>::failure(QStringLiteral("db"),
                                             tr("Database: give sqlite:PATH or postgresql://user@host/name, not %1.").arg(spec));
    }
    if (!db.open())
        return Result<QSqlDatabase>::failure(QStringLiteral("db"), tr("Cannot open the server database %1: %2")
                                                                       .arg(spec, db.lastError().text()));
    if (db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery q(db);
        for (const char *p : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                              "PRAGMA busy_timeout=10000"})
            q.exec(QLatin1String(p));
    }
    return db;
}

int SyncServerStore::latestSchema()
{
    int latest = 0;
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_.+\\.sql$"));
    for (const QString &f : QDir(QStringLiteral(":/server-sql")).entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto m = re.match(f);
        if (m.hasMatch())
            latest = std::max(latest, m.captured(1).toInt());
    }
    return latest;
}

bool SyncServerStore::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    return q.exec(sql);
}

bool SyncServerStore::begin()
{
    // SQLite: take the write lock now so that two pushes never interleave.
    if (m_db.driverName() == QLatin1String("QSQLITE"))
        return exec(QStringLiteral("BEGIN IMMEDIATE"));
    return m_db.transaction();
}

QString SyncServerStore::now() const
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<int> SyncServerStore::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, "
                               "name TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return Result<int>::failure(QStringLiteral("database"), tr("Cannot prepare the server database: %1")
                                                                    .arg(q.lastError().text()));
    int current = 0;
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migration")) && q.next())
        current = q.value(0).toInt();
    if (current > latestSchema())
        return Result<int>::failure(QStringLiteral("database"),
                                    tr("The server database has schema %1, made by a newer jingban-county; this one knows %2.")
                                        .arg(current)
                                        .arg(latestSchema()));
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    const QDir dir(QStringLiteral(":/server-sql"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = re.match(file);
        if (!m.hasMatch() || m.captured(1).toInt() <= current)
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray script = f.readAll();
        if (m_db.driverName() == QLatin1String("QPSQL"))
            script.replace("BLOB", "BYTEA");
        if (!begin())
            return Result<int>::failure(QStringLiteral("database"), tr("The server database is busy."));
        for (const QString &statement : statementsOf(script)) {
            if (!q.exec(statement)) {
                const QString error = q.lastError().text();
                m_db.rollback();
                return Result<int>::failure(QStringLiteral("database"),
                                            tr("Server migration %1 failed, nothing of it was applied: %2").arg(file, error));
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m.captured(1).toInt());
        q.addBindValue(m.captured(2));
        q.addBindValue(now());
        if (!q.exec() || !m_db.commit()) {
            m_db.rollback();
            return Result<int>::failure(QStringLiteral("database"), tr("Server migration %1 could not be recorded.").arg(file));
        }
        current = m.captured(1).toInt();
    }
    if (q.exec(QStringLiteral("SELECT value FROM server_counter WHERE name = 'digest_valid'")) && q.next()
        && q.value(0).toLongLong() == 0) {
        q.finish();
        const Validation rebuilt = rebuildDigests();
        if (!rebuilt.ok())
            return Result<int>::failure(QStringLiteral("database"), rebuilt.text());
    }
    return current;
}

// --- provisioning -----------------------------------------------------------

Result<QVariantMap> SyncServerStore::writeCountyRow(const QString &entity, QVariantMap row)
{
    using R = Result<QVariantMap>;
    if (!begin())
        return R::failure(QStringLiteral("database"), tr("The server database is busy."));
    if (row.value(QStringLiteral("id")).toString().isEmpty())
        row[QStringLiteral("id")] = newId();
    const QVariantMap current = SyncProtocol::loadRow(m_db, entity, row.value(QStringLiteral("id")).toString());
    QVariantMap full = current;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        full[it.key()] = it.value();
    full[QStringLiteral("version")] = current.isEmpty() ? 1 : current.value(QStringLiteral("version")).toLongLong() + 1;
    full[QStringLiteral("updated_at")] = now();
    full[QStringLiteral("workstation_id")] = QStringLiteral("county-server");
    if (!full.contains(QStringLiteral("deleted")))
        full[QStringLiteral("deleted")] = 0;
    QString error;
    if (!SyncProtocol::writeRow(m_db, entity, full, &error)) {
        m_db.rollback();
        return R::failure(entity, tr("The %1 record could not be written: %2").arg(entity, error));
    }
    full = SyncProtocol::loadRow(m_db, entity, full.value(QStringLiteral("id")).toString());
    const auto seq = appendChange(entity, full, current.isEmpty() ? 0 : current.value(QStringLiteral("version")).toLongLong(),
                                  {}, {});
    if (!seq || !m_db.commit()) {
        const QString error = seq ? m_db.lastError().text() : seq.errorText();
        m_db.rollback();
        return R::failure(QStringLiteral("database"), tr("The change log could not be written: %1").arg(error));
    }
    return full;
}

static QString idByCode(const QSqlDatabase &db, const QString &table, const QString &code)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE code = ? AND deleted = 0").arg(table));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<QVariantMap> SyncServerStore::provisionTownship(const QString &countyCode, const QString &code, const QString &name)
{
    if (code.isEmpty() || name.trimmed().isEmpty() || countyCode.isEmpty())
        return Result<QVariantMap>::failure(QStringLiteral("township"), tr("Township: county code, code and name are required."));
    if (!idByCode(m_db, QStringLiteral("township"), code).isEmpty())
        return Result<QVariantMap>::failure(QStringLiteral("code"), tr("Township code %1 exists.").arg(code));
    return writeCountyRow(QStringLiteral("township"), {{QStringLiteral("code"), code},
                                                       {QStringLiteral("name"), name.trimmed()},
                                                       {QStringLiteral("county_code"), countyCode}});
}

Result<QVariantMap> SyncServerStore::provisionVillage(const QString &townshipCode, const QString &code, const QString &name)
{
    const QString township = idByCode(m_db, QStringLiteral("township"), townshipCode);
    if (township.isEmpty())
        return Result<QVariantMap>::failure(QStringLiteral("township"), tr("Township: no township with code %1.").arg(townshipCode));
    if (code.isEmpty() || name.trimmed().isEmpty())
        return Result<QVariantMap>::failure(QStringLiteral("village"), tr("Village: code and name are required."));
    return writeCountyRow(QStringLiteral("village"), {{QStringLiteral("township_id"), township},
                                                      {QStringLiteral("code"), code},
                                                      {QStringLiteral("name"), name.trimmed()}});
}

Result<QVariantMap> SyncServerStore::provisionInstitution(const QString &code, const QString &name, const QString &level,
                                                          const QString &location)
{
    return writeCountyRow(QStringLiteral("institution"), {{QStringLiteral("code"), code},
                                                          {QStringLiteral("name"), name},
                                                          {QStringLiteral("initials"), PinyinInitials::of(name)},
                                                          {QStringLiteral("level"), level},
                                                          {QStringLiteral("location"), location}});
}

Result<QVariantMap> SyncServerStore::provisionUser(const QString &login, const QString &displayName, const QString &role,
                                                   const QString &townshipCode, const QString &password)
{
    using R = Result<QVariantMap>;
    const auto r = RoleInfo::fromCode(role);
    if (!r)
        return R::failure(QStringLiteral("role"), tr("Role: unknown role %1.").arg(role));
    QString township;
    if (!RoleInfo::isCountyRole(*r)) {
        township = idByCode(m_db, QStringLiteral("township"), townshipCode);
        if (township.isEmpty())
            return R::failure(QStringLiteral("township"), tr("Township: no township with code %1.").arg(townshipCode));
    }
    if (password.size() < 8)
        return R::failure(QStringLiteral("password"), tr("Password: at least 8 characters."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM app_user WHERE login = ?"));
    q.addBindValue(login);
    if (q.exec() && q.next())
        return R::failure(QStringLiteral("login"), tr("Login: %1 is taken.").arg(login));
    return writeCountyRow(QStringLiteral("app_user"),
                          {{QStringLiteral("login"), login},
                           {QStringLiteral("display_name"), displayName},
                           {QStringLiteral("role"), role},
                           {QStringLiteral("township_id"), township.isEmpty() ? QVariant() : QVariant(township)},
                           {QStringLiteral("password_hash"), PasswordHasher::hash(password)},
                           {QStringLiteral("active"), 1}});
}

Result<QVariantMap> SyncServerStore::provisionPolicy(const QByteArray &document)
{
    using R = Result<QVariantMap>;
    const auto policy = PolicyParser::parse(document);
    if (!policy)
        return R(policy.errors());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM policy WHERE sha256 = ? AND deleted = 0"));
    q.addBindValue(policy->sha256);
    if (q.exec() && q.next())
        return SyncProtocol::loadRow(m_db, QStringLiteral("policy"), q.value(0).toString());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(policy_version), 0) FROM policy WHERE county_code = ? AND scheme_year = ?"));
    q.addBindValue(policy->county);
    q.addBindValue(policy->schemeYear);
    const int version = q.exec() && q.next() ? q.value(0).toInt() + 1 : 1;
    const QString id = version == 1 ? policy->id : QStringLiteral("%1-v%2").arg(policy->id).arg(version);
    auto row = writeCountyRow(QStringLiteral("policy"), {{QStringLiteral("id"), id},
                                                         {QStringLiteral("county_code"), policy->county},
                                                         {QStringLiteral("scheme_year"), policy->schemeYear},
                                                         {QStringLiteral("policy_version"), version},
                                                         {QStringLiteral("name"), policy->name},
                                                         {QStringLiteral("sha256"), policy->sha256},
                                                         {QStringLiteral("document"), QString::fromUtf8(document)},
                                                         {QStringLiteral("published_at"), now()}});
    if (!row)
        return row;
    for (const SpecialDisease &d : policy->specialOutpatient.diseases) {
        QSqlQuery existing(m_db);
        existing.prepare(QStringLiteral("SELECT id FROM disease WHERE scheme_year = ? AND code = ?"));
        existing.addBindValue(policy->schemeYear);
        existing.addBindValue(d.code);
        QVariantMap values = {{QStringLiteral("scheme_year"), policy->schemeYear},
                              {QStringLiteral("code"), d.code},
                              {QStringLiteral("name"), d.name},
                              {QStringLiteral("initials"), PinyinInitials::of(d.name)},
                              {QStringLiteral("category"), d.category},
                              {QStringLiteral("poverty_only"), d.openTo != 0 ? 1 : 0},
                              {QStringLiteral("deleted"), 0}};
        if (existing.exec() && existing.next())
            values[QStringLiteral("id")] = existing.value(0).toString();
        auto r = writeCountyRow(QStringLiteral("disease"), values);
        if (!r)
            return r;
    }
    return row;
}

Result<SyncServerStore::IssuedCredential> SyncServerStore::issueCredential(const QString &scope, const QString &townshipCode,
                                                                           const QString &label, const QString &publicKeyHex)
{
    using R = Result<IssuedCredential>;
    IssuedCredential issued;
    issued.credential.id = newId();
    issued.credential.scope = scope;
    issued.credential.label = label;
    issued.credential.publicKey = publicKeyHex;
    if (scope == QLatin1String("township")) {
        issued.credential.townshipId = idByCode(m_db, QStringLiteral("township"), townshipCode);
        if (issued.credential.townshipId.isEmpty())
            return R::failure(QStringLiteral("township"), tr("Township: no township with code %1.").arg(townshipCode));
    } else if (scope != QLatin1String("county")) {
        return R::failure(QStringLiteral("scope"), tr("Scope: township or county."));
    }
    if (!publicKeyHex.isEmpty() && QByteArray::fromHex(publicKeyHex.toLatin1()).size() != crypto_sign_PUBLICKEYBYTES)
        return R::failure(QStringLiteral("public_key"), tr("Public key: give the workstation's key as %1 hexadecimal characters.")
                                                            .arg(2 * crypto_sign_PUBLICKEYBYTES));
    issued.credential.publicKey = publicKeyHex.toLower();
    if (sodium_init() < 0)
        return R::failure(QStringLiteral("secret"), tr("The random number generator is not available."));
    QByteArray secret(32, Qt::Uninitialized);
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    issued.secret = QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery q(m_db);
    if (!issued.credential.townshipId.isEmpty()) {
        // The next workstation number of the township; revoked ones are never given again.
        q.prepare(QStringLiteral("SELECT COALESCE(MAX(workstation_number), 0) FROM credential WHERE township_id = ?"));
        q.addBindValue(issued.credential.townshipId);
        if (!q.exec() || !q.next())
            return R::failure(QStringLiteral("credential"), tr("The credential could not be stored: %1").arg(q.lastError().text()));
        issued.credential.workstationNumber = q.value(0).toInt() + 1;
        q.finish();
        if (issued.credential.workstationNumber > NumberSeries::kMaxWorkstationNumber)
            return R::failure(QStringLiteral("township"), tr("Township %1 has had %2 workstation credentials, the most there can be: "
                                                             "each numbers its receipts and slips with its own two digits.")
                                                              .arg(townshipCode)
                                                              .arg(NumberSeries::kMaxWorkstationNumber));
    }
    q.prepare(QStringLiteral("INSERT INTO credential (id, label, scope, township_id, secret_sha256, public_key, created_at, "
                             "workstation_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(issued.credential.id);
    q.addBindValue(label.isNull() ? QString(QLatin1String("")) : label);
    q.addBindValue(scope);
    q.addBindValue(issued.credential.townshipId.isEmpty() ? QVariant() : QVariant(issued.credential.townshipId));
    q.addBindValue(sha256Hex(issued.secret.toLatin1()));
    q.addBindValue(publicKeyHex.isEmpty() ? QVariant() : QVariant(publicKeyHex.toLower()));
    q.addBindValue(now());
    q.addBindValue(issued.credential.workstationNumber ? QVariant(issued.credential.workstationNumber) : QVariant());
    if (!q.exec())
        return R::failure(QStringLiteral("credential"), tr("The credential could not be stored: %1").arg(q.lastError().text()));
    return issued;
}

Validation SyncServerStore::revokeCredential(const QString &credentialId)
{
    Validation v;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE credential SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(now());
    q.addBindValue(credentialId);
    if (!q.exec() || q.numRowsAffected() != 1)
        v.add(QStringLiteral("credential"), tr("Credential %1: unknown or already revoked.").arg(credentialId));
    return v;
}

Validation SyncServerStore::setPublicKey(const QString &credentialId, const QString &publicKeyHex)
{
    Validation v;
    const QByteArray key = QByteArray::fromHex(publicKeyHex.toLatin1());
    if (key.size() != crypto_sign_PUBLICKEYBYTES || QString::fromLatin1(key.toHex()) != publicKeyHex.toLower()) {
        v.add(QStringLiteral("public_key"), tr("Public key: give the workstation's key as %1 hexadecimal characters.")
                                                .arg(2 * crypto_sign_PUBLICKEYBYTES));
        return v;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE credential SET public_key = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(QString::fromLatin1(key.toHex()));
    q.addBindValue(credentialId);
    if (!q.exec() || q.numRowsAffected() != 1)
        v.add(QStringLiteral("credential"), tr("Credential %1: unknown or revoked.").arg(credentialId));
    return v;
}

std::optional<SyncServerStore::Credential> SyncServerStore::credentialById(const QString &credentialId, bool *revoked) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT scope, township_id, label, public_key, revoked_at, workstation_number FROM credential WHERE id = ?"));
    q.addBindValue(credentialId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Credential c;
    c.id = credentialId;
    c.scope = q.value(0).toString();
    c.townshipId = q.value(1).toString();
    c.label = q.value(2).toString();
    c.publicKey = q.value(3).toString();
    c.workstationNumber = q.value(5).toInt();
    if (revoked)
        *revoked = !q.value(4).isNull() && !q.value(4).toString().isEmpty();
    return c;
}

Result<SyncServerStore::KeyPair> SyncServerStore::countyKey()
{
    using R = Result<KeyPair>;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT public_key, secret_key FROM server_key WHERE name = ?"));
    q.addBindValue(QStringLiteral("county"));
    if (q.exec() && q.next())
        return KeyPair{QByteArray::fromHex(q.value(0).toString().toLatin1()), QByteArray::fromHex(q.value(1).toString().toLatin1())};
    if (sodium_init() < 0)
        return R::failure(QStringLiteral("key"), tr("The cryptography library is not available."));
    KeyPair k{QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized), QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized)};
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()), reinterpret_cast<unsigned char *>(k.secretKey.data()));
    // A concurrent first use may have stored one already: keep whichever is stored.
    q.prepare(QStringLiteral("INSERT INTO server_key (name, public_key, secret_key, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(QStringLiteral("county"));
    q.addBindValue(QString::fromLatin1(k.publicKey.toHex()));
    q.addBindValue(QString::fromLatin1(k.secretKey.toHex()));
    q.addBindValue(now());
    if (!q.exec()) {
        q.prepare(QStringLiteral("SELECT public_key, secret_key FROM server_key WHERE name = ?"));
        q.addBindValue(QStringLiteral("county"));
        if (q.exec() && q.next())
            return KeyPair{QByteArray::fromHex(q.value(0).toString().toLatin1()), QByteArray::fromHex(q.value(1).toString().toLatin1())};
        return R::failure(QStringLiteral("key"), tr("The county's signing key could not be stored: %1").arg(q.lastError().text()));
    }
    return k;
}

std::optional<SyncServerStore::Credential> SyncServerStore::authenticate(const QString &authorization) const
{
    QString token = authorization.trimmed();
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    const int dot = token.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return std::nullopt;
    const QString id = token.left(dot);
    const QByteArray given = QCryptographicHash::hash(token.mid(dot + 1).toLatin1(), QCryptographicHash::Sha256);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT scope, township_id, label, public_key, secret_sha256, workstation_number FROM credential "
                             "WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QByteArray stored = QByteArray::fromHex(q.value(4).toString().toLatin1());
    if (stored.size() != given.size() || sodium_memcmp(stored.constData(), given.constData(), static_cast<size_t>(given.size())) != 0)
        return std::nullopt;
    Credential c;
    c.id = id;
    c.scope = q.value(0).toString();
    c.townshipId = q.value(1).toString();
    c.label = q.value(2).toString();
    c.publicKey = q.value(3).toString();
    c.workstationNumber = q.value(5).toInt();
    return c;
}

// --- push -------------------------------------------------------------------

QString SyncServerStore::townshipOf(const QString &entity, const QVariantMap &row) const
{
    auto one = [&](const QString &sql, const QVariant &arg) {
        QSqlQuery &q = statement(sql);
        q.addBindValue(arg);
        const QString township = q.exec() && q.next() ? q.value(0).toString() : QString();
        q.finish();
        return township;
    };
    if (SyncProtocol::isCountyWide(entity))
        return {};
    if (entity == QLatin1String("person"))
        return one(QStringLiteral("SELECT township_id FROM household WHERE id = ?"), row.value(QStringLiteral("household_id")));
    if (entity == QLatin1String("enrollment"))
        return one(QStringLiteral("SELECT h.township_id FROM person p JOIN household h ON h.id = p.household_id WHERE p.id = ?"),
                   row.value(QStringLiteral("person_id")));
    if (entity == QLatin1String("filing_attachment"))
        return one(QStringLiteral("SELECT township_id FROM filing WHERE id = ?"), row.value(QStringLiteral("filing_id")));
    if (entity == QLatin1String("bank_account"))
        return one(QStringLiteral("SELECT h.township_id FROM person p JOIN household h ON h.id = p.household_id WHERE p.id = ?"),
                   row.value(QStringLiteral("person_id")));
    return row.value(QStringLiteral("township_id")).toString();
}

Validation SyncServerStore::checkRights(const Credential &credential, const QString &entity, const QString &userId,
                                        const QVariantMap &current, const QVariantMap &row, QString *code) const
{
    Validation v;
    *code = QStringLiteral("scope");
    const bool countyEntity = SyncProtocol::countyEntities().contains(entity);
    const bool filing = entity == QLatin1String("filing");
    if (countyEntity && !credential.isCounty()) {
        v.add(QStringLiteral("scope"), tr("Only the county writes %1 records.").arg(entity));
        return v;
    }
    if (credential.isCounty() && !countyEntity && !filing) {
        v.add(QStringLiteral("scope"), tr("Only a township writes %1 records.").arg(entity));
        return v;
    }
    if (!credential.isCounty()) {
        const QString newTownship = townshipOf(entity, row);
        const QString oldTownship = current.isEmpty() ? newTownship : townshipOf(entity, current);
        if (newTownship != credential.townshipId || oldTownship != credential.townshipId) {
            v.add(QStringLiteral("scope"), tr("This record belongs to another township."));
            return v;
        }
        // The rows a township row points at must be its own too.
        auto ownerOf = [&](const QString &table, const QString &column) {
            QSqlQuery &q = statement(table == QLatin1String("person")
                                         ? QStringLiteral("SELECT h.township_id FROM person p JOIN household h ON h.id = p.household_id WHERE p.id = ?")
                                         : QStringLiteral("SELECT township_id FROM %1 WHERE id = ?").arg(table));
            q.addBindValue(row.value(column));
            const QString township = q.exec() && q.next() ? q.value(0).toString() : credential.townshipId;
            q.finish();
            return township;
        };
        if ((entity == QLatin1String("claim") || filing) && ownerOf(QStringLiteral("person"), QStringLiteral("person_id")) != credential.townshipId)
            v.add(QStringLiteral("scope"), tr("The person belongs to another township."));
        if (entity == QLatin1String("receipt") && ownerOf(QStringLiteral("household"), QStringLiteral("household_id")) != credential.townshipId)
            v.add(QStringLiteral("scope"), tr("The household belongs to another township."));
        if (entity == QLatin1String("settlement") && ownerOf(QStringLiteral("claim"), QStringLiteral("claim_id")) != credential.townshipId)
            v.add(QStringLiteral("scope"), tr("The claim belongs to another township."));
        // Relief rows hang on a claim, its settlement, an adjustment, a batch, a person or a village of the township.
        const bool adjustment = entity == QLatin1String("settlement_adjustment");
        const bool line = entity == QLatin1String("relief_batch_line");
        if ((adjustment || line) && ownerOf(QStringLiteral("person"), QStringLiteral("person_id")) != credential.townshipId)
            v.add(QStringLiteral("scope"), tr("The person belongs to another township."));
        if (adjustment && ownerOf(QStringLiteral("claim"), QStringLiteral("claim_id")) != credential.townshipId)
            v.add(QStringLiteral("scope"), tr("The claim belongs to another township."));
        if ((adjustment || line) && ownerOf(QStringLiteral("settlement"), QStringLiteral("settlement_id")) != credential.townshipId)
            v.add(QStringLiteral("scope"), tr("The settlement belongs to another township."));
        if (line && ownerOf(QStringLiteral("settlement_adjustment"), QStringLiteral("adjustment_id")) != credential.townshipId)
            v.add(QStringLiteral("scope"), tr("The adjustment belongs to another township."));
        if (line && ownerOf(QStringLiteral("relief_batch"), QStringLiteral("batch_id")) != credential.townshipId)
            v.add(QStringLiteral("scope"), tr("The relief payment batch belongs to another township."));
        if (entity == QLatin1String("relief_batch") && !row.value(QStringLiteral("village_id")).toString().isEmpty()
            && ownerOf(QStringLiteral("village"), QStringLiteral("village_id")) != credential.townshipId)
            v.add(QStringLiteral("scope"), tr("The village belongs to another township."));
        if (!v.ok())
            return v;
    }
    if (filing) {
        const QString before = current.value(QStringLiteral("status")).toString();
        const QString after = row.value(QStringLiteral("status")).toString();
        if (credential.isCounty()) {
            // Certification decisions only: the township's columns stay as they are.
            bool onlyCertification = !current.isEmpty()
                                     && (before == QLatin1String("submitted") || before == QLatin1String("certified"))
                                     && kCertificationStatuses.contains(after);
            // Values compared as text, NULL only equal to NULL: the stored row's
            // types (a typed NULL, PostgreSQL's integers) differ from JSON's.
            auto same = [](const QVariant &a, const QVariant &b) {
                return a.isNull() || b.isNull() ? a.isNull() == b.isNull() : a.toString() == b.toString();
            };
            for (auto it = row.cbegin(); onlyCertification && it != row.cend(); ++it)
                if (!kCertificationColumns.contains(it.key()) && !kSyncColumns.contains(it.key())
                    && !same(current.value(it.key()), it.value()))
                    onlyCertification = false;
            if (!onlyCertification) {
                v.add(QStringLiteral("scope"), tr("The county decides on submitted filings only, and changes only the decision."));
                return v;
            }
        } else if ((!current.isEmpty() && !kTownshipFilingStatuses.contains(before))
                   || !(kTownshipFilingStatuses.contains(after) || after == QLatin1String("submitted"))) {
            v.add(QStringLiteral("scope"), tr("A filing submitted to the county is no longer the township's to change."));
            return v;
        }
    }

    *code = QStringLiteral("rights");
    // Looked up once per push (the cache is dropped when an account changes).
    auto user = m_users.find(userId);
    if (user == m_users.end() && !userId.isEmpty()) {
        QSqlQuery &q = statement(QStringLiteral("SELECT role, township_id, active, deleted FROM app_user WHERE id = ?"));
        q.addBindValue(userId);
        QVariantList found;
        if (q.exec() && q.next())
            found = {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()};
        q.finish();
        user = m_users.insert(userId, found);
    }
    if (userId.isEmpty() || user->isEmpty() || user->at(2).toInt() != 1 || user->at(3).toInt() != 0) {
        v.add(QStringLiteral("user_id"), tr("The user who made this change is unknown to the county or inactive."));
        return v;
    }
    const auto role = RoleInfo::fromCode(user->at(0).toString());
    const QString userTownship = user->at(1).toString();
    if (!role || RoleInfo::isCountyRole(*role) != credential.isCounty()
        || (!credential.isCounty() && userTownship != credential.townshipId)) {
        v.add(QStringLiteral("user_id"), tr("The user who made this change does not belong to this workstation's township."));
        return v;
    }
    QList<Permission> needed;
    if (entity == QLatin1String("household") || entity == QLatin1String("person") || entity == QLatin1String("enrollment")
        || entity == QLatin1String("receipt"))
        needed = {Permission::EditHouseholds, Permission::ApproveRefunds};
    else if (entity == QLatin1String("claim"))
        needed = {Permission::EnterClaims, Permission::ApproveClaims};
    else if (entity == QLatin1String("settlement"))
        // A reversal is asked for by a clerk and approved by a second user,
        // named in settled_by (ClaimReversalService); checked below.
        needed = row.value(QStringLiteral("reverses_settlement_id")).toString().isEmpty()
                     ? QList<Permission>{Permission::ApproveClaims}
                     : QList<Permission>{Permission::EnterClaims, Permission::ApproveClaims};
    else if (entity == QLatin1String("settlement_adjustment") || entity == QLatin1String("relief_batch"))
        // A clerk proposes or requests; a decision needs the approver's permission.
        needed = MakerChecker::isDecision(entity == QLatin1String("relief_batch") ? MakerChecker::reliefBatch() : MakerChecker::adjustment(),
                                          current, row)
                     ? QList<Permission>{Permission::ApproveClaims}
                     : QList<Permission>{Permission::EnterClaims, Permission::ApproveClaims};
    else if (entity == QLatin1String("relief_batch_line"))
        needed = {Permission::EnterClaims, Permission::ApproveClaims};
    else if (entity == QLatin1String("bank_account"))
        needed = {Permission::EditHouseholds};
    else if (filing || entity == QLatin1String("filing_attachment"))
        needed = credential.isCounty() ? QList<Permission>{Permission::CertifyFilings}
                                       : QList<Permission>{Permission::FileFilings, Permission::ReviewFilings};
    else if (entity == QLatin1String("policy") || entity == QLatin1String("disease"))
        needed = {Permission::PublishPolicy};
    else if (entity == QLatin1String("app_user"))
        needed = {Permission::ManageUsers};
    else
        needed = {Permission::ManageGeography};
    if (std::none_of(needed.cbegin(), needed.cend(), [&](Permission p) { return RoleInfo::can(*role, p); }))
        v.add(QStringLiteral("user_id"), tr("A %1 may not write %2 records.").arg(RoleInfo::label(*role), entity));
    // Maker–checker, checked again here: the workstation's services keep it,
    // a forged or reworded decision stops at the county.
    if (v.ok() && entity == QLatin1String("settlement") && !row.value(QStringLiteral("reverses_settlement_id")).toString().isEmpty()) {
        // The reversal's approver: an active user of the same township who
        // may approve claims, and not the one who asked for it.
        const QString approverId = row.value(QStringLiteral("settled_by")).toString();
        QSqlQuery &q = statement(QStringLiteral("SELECT role, township_id, active, deleted FROM app_user WHERE id = ?"));
        q.addBindValue(approverId);
        const bool found = q.exec() && q.next();
        std::optional<Role> approverRole;
        if (found)
            approverRole = RoleInfo::fromCode(q.value(0).toString());
        const bool sameTownship = found && (q.value(1).toString() == userTownship || (approverRole && RoleInfo::isCountyRole(*approverRole)));
        const bool live = found && q.value(2).toInt() == 1 && q.value(3).toInt() == 0;
        q.finish();
        if (approverId == userId)
            v.add(QStringLiteral("settled_by"), tr("The same user asked for and approved this reversal; another user must approve it (two-person review)."));
        else if (!approverRole || !live || !sameTownship || !RoleInfo::can(*approverRole, Permission::ApproveClaims))
            v.add(QStringLiteral("settled_by"), tr("The reversal's approver is not an active user of this township who may approve claims."));
    }
    if (v.ok() && entity == QLatin1String("settlement_adjustment"))
        v = MakerChecker::check(MakerChecker::adjustment(), current, row, userId);
    else if (v.ok() && entity == QLatin1String("relief_batch"))
        v = MakerChecker::check(MakerChecker::reliefBatch(), current, row, userId);
    return v;
}

Validation SyncServerStore::validateRow(const QString &entity, const QVariantMap &row) const
{
    Validation v;
    if (row.value(QStringLiteral("deleted")).toInt() == 1)
        return v;
    if (entity == QLatin1String("person")) {
        const auto id = IdNumber::parse(row.value(QStringLiteral("id_number")).toString());
        if (!id)
            return id.errors();
        if (id->text() != row.value(QStringLiteral("id_number")).toString())
            v.add(QStringLiteral("id_number"), tr("Id number: not in its 18-character form."));
        if (id->birthDate().toString(Qt::ISODate) != row.value(QStringLiteral("birth_date")).toString())
            v.add(QStringLiteral("birth_date"), tr("Birth date: does not match the id number."));
        if (id->sexCode() != row.value(QStringLiteral("sex")).toString())
            v.add(QStringLiteral("sex"), tr("Sex: does not match the id number."));
        if (row.value(QStringLiteral("name")).toString().trimmed().isEmpty())
            v.add(QStringLiteral("name"), tr("Name: required."));
    } else if (entity == QLatin1String("claim")) {
        const auto input = SettlementInputs::claimInput(row);
        if (!input)
            return input.errors();
        const auto policy = PolicyService::forYear(m_db, row.value(QStringLiteral("scheme_year")).toInt());
        if (!policy)
            return policy.errors();
        const auto facts = SettlementInputs::personFacts(m_db, row.value(QStringLiteral("person_id")).toString(),
                                                         row.value(QStringLiteral("scheme_year")).toInt(), input->discharge);
        if (!facts)
            return facts.errors();
        v = SettlementEngine::validate(*policy, *facts, *input);
    } else if (entity == QLatin1String("settlement")) {
        v = ClaimService::checkSettlement(m_db, row);
    } else if (entity == QLatin1String("settlement_adjustment")) {
        v = validateAdjustment(row);
    } else if (entity == QLatin1String("relief_batch") && row.value(QStringLiteral("status")).toString() == QLatin1String("paid")) {
        // What is paid is what its lines at the county add up to (they were pushed before the approval).
        QSqlQuery &q = statement(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(assistance_fen), 0), COALESCE(SUM(relief_fen), 0) "
                                                "FROM relief_batch_line WHERE batch_id = ? AND deleted = 0"));
        q.addBindValue(row.value(QStringLiteral("id")));
        const bool read = q.exec() && q.next();
        const qint64 lines = read ? q.value(0).toLongLong() : -1;
        const qint64 assistance = read ? q.value(1).toLongLong() : -1;
        const qint64 relief = read ? q.value(2).toLongLong() : -1;
        q.finish();
        if (lines != row.value(QStringLiteral("line_count")).toLongLong()
            || assistance != row.value(QStringLiteral("assistance_fen")).toLongLong()
            || relief != row.value(QStringLiteral("relief_fen")).toLongLong())
            v.add(QStringLiteral("total_fen"), tr("Relief payment batch %1: it pays %2 lines, %3 fen assistance and %4 fen relief; "
                                                  "its lines at the county are %5, %6 fen and %7 fen.")
                                                   .arg(row.value(QStringLiteral("serial")).toString())
                                                   .arg(row.value(QStringLiteral("line_count")).toLongLong())
                                                   .arg(row.value(QStringLiteral("assistance_fen")).toLongLong())
                                                   .arg(row.value(QStringLiteral("relief_fen")).toLongLong())
                                                   .arg(lines)
                                                   .arg(assistance)
                                                   .arg(relief));
    } else if (entity == QLatin1String("relief_batch_line")) {
        // A line pays what its settlement, or its approved adjustment, says, to its person.
        const bool bySettlement = !row.value(QStringLiteral("settlement_id")).toString().isEmpty();
        const QVariantMap paid = bySettlement
                                     ? load(QStringLiteral("settlement"), row.value(QStringLiteral("settlement_id")).toString())
                                     : load(QStringLiteral("settlement_adjustment"), row.value(QStringLiteral("adjustment_id")).toString());
        if (paid.isEmpty())
            return v;   // the missing row is the foreign key's to refuse
        const QString personId = bySettlement ? load(QStringLiteral("claim"), paid.value(QStringLiteral("claim_id")).toString())
                                                    .value(QStringLiteral("person_id")).toString()
                                              : paid.value(QStringLiteral("person_id")).toString();
        if (personId != row.value(QStringLiteral("person_id")).toString())
            v.add(QStringLiteral("person_id"), tr("Relief payment line: the person is not the one of the claim it pays."));
        if (!bySettlement && paid.value(QStringLiteral("status")).toString() != QLatin1String("approved"))
            v.add(QStringLiteral("adjustment_id"), tr("Relief payment line: the adjustment it pays is not approved."));
        const QString suffix = bySettlement ? QString() : QStringLiteral("_delta");
        if (row.value(QStringLiteral("assistance_fen")).toLongLong() != paid.value(QStringLiteral("assistance") + suffix + QStringLiteral("_fen")).toLongLong()
            || row.value(QStringLiteral("relief_fen")).toLongLong() != paid.value(QStringLiteral("relief") + suffix + QStringLiteral("_fen")).toLongLong())
            v.add(QStringLiteral("relief_fen"), tr("Relief payment line: the amounts differ from those of the claim it pays."));
    }
    return v;
}

Validation SyncServerStore::validateAdjustment(const QVariantMap &row) const
{
    // Recomputed as the workstation's AdjustmentService::propose did: the
    // person's settled claims of the year under the corrected policy, beside
    // the amounts in force (settlements plus approved adjustments) on the
    // county. A rejected adjustment changes no amount and is not recomputed.
    Validation v;
    if (row.value(QStringLiteral("status")).toString() == QLatin1String("rejected"))
        return v;
    const QString policyId = row.value(QStringLiteral("policy_id")).toString();
    const int year = row.value(QStringLiteral("scheme_year")).toInt();
    const auto policy = PolicyService::byId(m_db, policyId);
    if (!policy)
        return policy.errors();
    if (policy->sha256 != row.value(QStringLiteral("policy_sha256")).toString() || policy->schemeYear != year) {
        v.add(QStringLiteral("policy_sha256"), tr("The adjustment names policy %1 with another content or year than the county's.")
                                                   .arg(policyId));
        return v;
    }
    const QVariantMap settlement = load(QStringLiteral("settlement"), row.value(QStringLiteral("settlement_id")).toString());
    const QVariantMap claim = load(QStringLiteral("claim"), row.value(QStringLiteral("claim_id")).toString());
    if (settlement.isEmpty() || claim.isEmpty()
        || settlement.value(QStringLiteral("claim_id")).toString() != claim.value(QStringLiteral("id")).toString()
        || claim.value(QStringLiteral("person_id")).toString() != row.value(QStringLiteral("person_id")).toString()
        || claim.value(QStringLiteral("scheme_year")).toInt() != year) {
        v.add(QStringLiteral("settlement_id"), tr("Adjustment: the claim, its settlement and the person do not belong together "
                                                  "at the county."));
        return v;
    }
    const auto changes = PolicyCorrection::personChanges(m_db, row.value(QStringLiteral("person_id")).toString(), year,
                                                         policy.value());
    if (!changes)
        return changes.errors();
    const auto change = std::find_if(changes->cbegin(), changes->cend(), [&](const PolicyCorrection::Change &c) {
        return c.claimId == claim.value(QStringLiteral("id")).toString();
    });
    if (change == changes->cend()) {
        v.add(QStringLiteral("claim_id"), tr("Adjustment: policy %1 changes nothing of this claim at the county (the claim is "
                                             "not settled there, or its amounts already follow the policy).")
                                              .arg(policyId));
        return v;
    }
    const QList<std::tuple<const char *, QString, qint64>> expected = {
        {"basic_delta_fen", tr("basic insurance"), change->after.basicFen - change->before.basicFen},
        {"critical_delta_fen", tr("critical illness insurance"), change->after.criticalFen - change->before.criticalFen},
        {"assistance_delta_fen", tr("medical assistance"), change->after.assistanceFen - change->before.assistanceFen},
        {"relief_delta_fen", tr("poverty relief"), change->after.reliefFen - change->before.reliefFen},
        {"out_of_pocket_delta_fen", tr("the person's own share"), change->after.outOfPocketFen - change->before.outOfPocketFen}};
    for (const auto &[column, layer, fen] : expected) {
        const qint64 sent = row.value(QLatin1String(column)).toLongLong();
        if (sent != fen)
            v.add(QLatin1String(column), tr("Adjustment: it changes %1 by %2 fen, the county computes %3 fen with policy %4.")
                                             .arg(layer)
                                             .arg(sent)
                                             .arg(fen)
                                             .arg(policyId));
    }
    if (row.value(QStringLiteral("flags")).toString() != change->afterFlags)
        v.add(QStringLiteral("flags"), tr("Adjustment: its flags differ from those the county computes with policy %1.").arg(policyId));
    return v;
}

QSqlQuery &SyncServerStore::statement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

Result<qint64> SyncServerStore::appendChange(const QString &entity, const QVariantMap &row, qint64 previousVersion,
                                             const QString &opId, const QString &hlc)
{
    qint64 seq = 0;
    if (m_batch) {
        seq = ++m_batch->seq;
    } else {
        QSqlQuery &counter = statement(QStringLiteral("UPDATE server_counter SET value = value + 1 WHERE name = 'change_seq'"));
        if (!counter.exec())
            return Result<qint64>::failure(QStringLiteral("database"), counter.lastError().text());
        QSqlQuery &read = statement(QStringLiteral("SELECT value FROM server_counter WHERE name = 'change_seq'"));
        if (!read.exec() || !read.next())
            return Result<qint64>::failure(QStringLiteral("database"), read.lastError().text());
        seq = read.value(0).toLongLong();
        read.finish();
    }
    QString township = townshipOf(entity, row);
    if (entity == QLatin1String("app_user") && township.isEmpty())
        township = QStringLiteral("county");   // county accounts are pulled by county credentials only
    const QString rowId = row.value(QStringLiteral("id")).toString();
    const qint64 version = row.value(QStringLiteral("version")).toLongLong();
    QSqlQuery &q = statement(QStringLiteral("INSERT INTO change_log (seq, entity, row_id, version, township_id, row_json, op_id, hlc, at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(seq);
    q.addBindValue(entity);
    q.addBindValue(rowId);
    q.addBindValue(version);
    q.addBindValue(township.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(township));
    q.addBindValue(compact(SyncProtocol::rowToJson(row)));
    q.addBindValue(opId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(opId));
    q.addBindValue(hlc.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(hlc));
    q.addBindValue(now());
    if (!q.exec())
        return Result<qint64>::failure(QStringLiteral("database"), q.lastError().text());
    // A row keeps its township for life (section 3.1), so its old version is
    // taken out of the same scope key its new one goes into.
    QString error;
    if (!updateDigest(scopeKeyOf(township), entity, rowId, previousVersion, version, &error))
        return Result<qint64>::failure(QStringLiteral("database"), error);
    return seq;
}

bool SyncServerStore::updateDigest(const QString &scopeKey, const QString &entity, const QString &rowId,
                                   qint64 previousVersion, qint64 version, QString *error)
{
    if (m_batch) {
        const QPair<QString, QString> key{scopeKey, entity};
        auto it = m_batch->digests.find(key);
        if (it == m_batch->digests.end()) {
            QSqlQuery &read = statement(QStringLiteral("SELECT row_count, digest FROM sync_digest WHERE scope_key = ? AND entity = ?"));
            read.addBindValue(scopeKey);
            read.addBindValue(entity);
            if (!read.exec()) {
                *error = read.lastError().text();
                return false;
            }
            QPair<qint64, QByteArray> d;
            if (read.next()) {
                d = {read.value(0).toLongLong(), QByteArray::fromHex(read.value(1).toString().toLatin1())};
                m_batch->stored.insert(key);
            }
            read.finish();
            it = m_batch->digests.insert(key, d);
        }
        if (previousVersion > 0)
            SyncProtocol::xorInto(it->second, SyncProtocol::rowHash(rowId, previousVersion));
        else
            ++it->first;
        SyncProtocol::xorInto(it->second, SyncProtocol::rowHash(rowId, version));
        return true;
    }
    QSqlQuery &read = statement(QStringLiteral("SELECT row_count, digest FROM sync_digest WHERE scope_key = ? AND entity = ?"));
    read.addBindValue(scopeKey);
    read.addBindValue(entity);
    if (!read.exec()) {
        *error = read.lastError().text();
        return false;
    }
    const bool found = read.next();
    qint64 count = found ? read.value(0).toLongLong() : 0;
    QByteArray digest = found ? QByteArray::fromHex(read.value(1).toString().toLatin1()) : QByteArray();
    read.finish();
    if (previousVersion > 0)
        SyncProtocol::xorInto(digest, SyncProtocol::rowHash(rowId, previousVersion));
    else
        ++count;
    SyncProtocol::xorInto(digest, SyncProtocol::rowHash(rowId, version));
    QSqlQuery &write = statement(found ? QStringLiteral("UPDATE sync_digest SET row_count = ?, digest = ? WHERE scope_key = ? AND entity = ?")
                                       : QStringLiteral("INSERT INTO sync_digest (row_count, digest, scope_key, entity) VALUES (?, ?, ?, ?)"));
    write.addBindValue(count);
    write.addBindValue(QString::fromLatin1(digest.toHex()));
    write.addBindValue(scopeKey);
    write.addBindValue(entity);
    if (!write.exec()) {
        *error = write.lastError().text();
        return false;
    }
    return true;
}

Validation SyncServerStore::rebuildDigests()
{
    Validation v;
    if (!begin()) {
        v.add(QStringLiteral("database"), tr("The server database is busy."));
        return v;
    }
    // The newest version of every row and the scope key it lives in.
    struct Newest
    {
        qint64 version = 0;
        QString scopeKey;
    };
    QHash<QString, QHash<QString, Newest>> newest;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT entity, row_id, version, township_id FROM change_log"))) {
        v.add(QStringLiteral("database"), tr("The change log cannot be read: %1").arg(q.lastError().text()));
        m_db.rollback();
        return v;
    }
    while (q.next()) {
        Newest &n = newest[q.value(0).toString()][q.value(1).toString()];
        const qint64 version = q.value(2).toLongLong();
        if (version > n.version)
            n = {version, scopeKeyOf(q.value(3).toString())};
    }
    QHash<QPair<QString, QString>, QPair<qint64, QByteArray>> digests;
    for (auto e = newest.cbegin(); e != newest.cend(); ++e) {
        for (auto r = e.value().cbegin(); r != e.value().cend(); ++r) {
            auto &d = digests[{r.value().scopeKey, e.key()}];
            ++d.first;
            SyncProtocol::xorInto(d.second, SyncProtocol::rowHash(r.key(), r.value().version));
        }
    }
    bool ok = q.exec(QStringLiteral("DELETE FROM sync_digest"));
    q.prepare(QStringLiteral("INSERT INTO sync_digest (scope_key, entity, row_count, digest) VALUES (?, ?, ?, ?)"));
    for (auto it = digests.cbegin(); ok && it != digests.cend(); ++it) {
        q.addBindValue(it.key().first);
        q.addBindValue(it.key().second);
        q.addBindValue(it.value().first);
        q.addBindValue(QString::fromLatin1(it.value().second.toHex()));
        ok = q.exec();
    }
    ok = ok && q.exec(QStringLiteral("UPDATE server_counter SET value = 1 WHERE name = 'digest_valid'"));
    if (!ok || !m_db.commit()) {
        v.add(QStringLiteral("database"), tr("The agreement digests could not be rebuilt: %1").arg(q.lastError().text()));
        m_db.rollback();
    }
    return v;
}

bool SyncServerStore::beginBatch(QString *error)
{
    // Lock the counter row now (PostgreSQL; SQLite's BEGIN IMMEDIATE holds
    // the write lock already) so that the sequence read here stays ours.
    QSqlQuery &lock = statement(QStringLiteral("UPDATE server_counter SET value = value WHERE name = 'change_seq'"));
    QSqlQuery &read = statement(QStringLiteral("SELECT value FROM server_counter WHERE name = 'change_seq'"));
    if (!lock.exec() || !read.exec() || !read.next()) {
        *error = lock.lastError().text() + read.lastError().text();
        return false;
    }
    m_batch = Batch{};
    m_batch->seq = read.value(0).toLongLong();
    read.finish();
    m_users.clear();
    return true;
}

bool SyncServerStore::endBatch(QString *error)
{
    const Batch batch = *m_batch;
    m_batch.reset();
    m_users.clear();
    QSqlQuery &counter = statement(QStringLiteral("UPDATE server_counter SET value = ? WHERE name = 'change_seq'"));
    counter.addBindValue(batch.seq);
    if (!counter.exec()) {
        *error = counter.lastError().text();
        return false;
    }
    for (auto it = batch.digests.cbegin(); it != batch.digests.cend(); ++it) {
        const bool stored = batch.stored.contains(it.key());
        QSqlQuery &write = statement(stored ? QStringLiteral("UPDATE sync_digest SET row_count = ?, digest = ? WHERE scope_key = ? AND entity = ?")
                                            : QStringLiteral("INSERT INTO sync_digest (row_count, digest, scope_key, entity) VALUES (?, ?, ?, ?)"));
        write.addBindValue(it.value().first);
        write.addBindValue(QString::fromLatin1(it.value().second.toHex()));
        write.addBindValue(it.key().first);
        write.addBindValue(it.key().second);
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

QVariantMap SyncServerStore::load(const QString &entity, const QString &id) const
{
    if (!SyncProtocol::entities().contains(entity))
        return {};
    return SyncProtocol::loadRow(statement(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(entity)), id);
}

bool SyncServerStore::writeRow(const QString &entity, const QVariantMap &row, bool exists, QString *error)
{
    // Entity and column names come from the table's own record (the
    // caller's jsonToRow), never from input.
    const QStringList columns = row.keys();
    QString sql;
    if (exists) {
        QStringList sets;
        for (const QString &c : columns)
            if (c != QLatin1String("id"))
                sets << c + QStringLiteral(" = ?");
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(entity, sets.join(QLatin1Char(',')));
    } else {
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(entity, columns.join(QLatin1Char(',')), QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    }
    QSqlQuery &w = statement(sql);
    for (const QString &c : columns) {
        if (exists && c == QLatin1String("id"))
            continue;
        const QVariant v = row.value(c);
        w.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QString(QLatin1String(""))) : v);
    }
    if (exists)
        w.addBindValue(row.value(QStringLiteral("id")));
    if (!w.exec()) {
        if (error)
            *error = w.lastError().text();
        return false;
    }
    return true;
}

SyncServerStore::Answer SyncServerStore::applyOp(const Credential &credential, const QJsonObject &op)
{
    const QString opId = op.value(QStringLiteral("op_id")).toString();
    const QString entity = op.value(QStringLiteral("entity")).toString();
    const QString rowId = op.value(QStringLiteral("row_id")).toString();
    const QString kind = op.value(QStringLiteral("op")).toString();
    const qint64 baseVersion = op.value(QStringLiteral("base_version")).toInteger(-1);
    const QJsonObject rowJson = op.value(QStringLiteral("row")).toObject();

    auto rejected = [&](const QString &code, const QString &reason) {
        return Answer{{{QStringLiteral("op_id"), opId},
                       {QStringLiteral("status"), QStringLiteral("rejected")},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("reason"), reason}},
                      QStringLiteral("rejected")};
    };
    if (!SyncProtocol::entities().contains(entity))
        return rejected(QStringLiteral("entity"), tr("%1 is not a synced record kind.").arg(entity));
    const QVariantMap current = load(entity, rowId);
    auto record = m_records.find(entity);   // the catalog once per table, not once per op
    if (record == m_records.end())
        record = m_records.insert(entity, m_db.record(entity));
    QVariantMap row = SyncProtocol::jsonToRow(*record, entity, rowJson);
    if (row.value(QStringLiteral("id")).toString() != rowId || baseVersion < 0
        || row.value(QStringLiteral("version")).toLongLong() != baseVersion + 1
        || !(kind == QLatin1String("insert") || kind == QLatin1String("update") || kind == QLatin1String("delete")))
        return rejected(QStringLiteral("invalid"), tr("The operation is malformed: row id, op or versions do not agree."));

    const bool inserting = kind == QLatin1String("insert");
    if (!inserting && current.isEmpty())
        return rejected(QStringLiteral("unknown_row"), tr("The %1 record %2 is unknown to the county.").arg(entity, rowId));
    const qint64 serverVersion = current.isEmpty() ? 0 : current.value(QStringLiteral("version")).toLongLong();
    if ((inserting && !current.isEmpty()) || (!inserting && serverVersion != baseVersion)) {
        return Answer{{{QStringLiteral("op_id"), opId},
                       {QStringLiteral("status"), QStringLiteral("conflict")},
                       {QStringLiteral("reason"), tr("The %1 record changed on the server since this edit was made "
                                                     "(edit on version %2, server has %3).")
                                                      .arg(entity)
                                                      .arg(baseVersion)
                                                      .arg(serverVersion)},
                       {QStringLiteral("server_version"), serverVersion},
                       {QStringLiteral("server_row"), SyncProtocol::rowToJson(current)}},
                      QStringLiteral("conflict")};
    }
    if (!current.isEmpty()) {
        // Columns the sender's schema lacks keep their server values.
        for (auto it = current.cbegin(); it != current.cend(); ++it)
            if (!row.contains(it.key()))
                row.insert(it.key(), it.value());
    }
    QString code;
    Validation v = checkRights(credential, entity, op.value(QStringLiteral("user_id")).toString(), current, row, &code);
    if (!v.ok())
        return rejected(code, v.text());
    v = validateRow(entity, row);
    if (!v.ok())
        return rejected(entity == QLatin1String("settlement") || entity == QLatin1String("settlement_adjustment")
                            ? QStringLiteral("settlement")
                            : QStringLiteral("invalid"),
                        v.text());

    QString error;
    if (!writeRow(entity, row, !current.isEmpty(), &error))
        return rejected(QStringLiteral("constraint"), tr("The %1 record clashes with the county's data: %2").arg(entity, error));
    if (entity == QLatin1String("app_user"))
        m_users.clear();
    const auto seq = appendChange(entity, load(entity, rowId), serverVersion, opId,
                                  op.value(QStringLiteral("hlc")).toString());
    if (!seq)
        return rejected(QStringLiteral("constraint"), seq.errorText());
    return Answer{{{QStringLiteral("op_id"), opId},
                   {QStringLiteral("status"), QStringLiteral("applied")},
                   {QStringLiteral("version"), baseVersion + 1},
                   {QStringLiteral("change_seq"), *seq}},
                  QStringLiteral("applied")};
}

Result<QJsonObject> SyncServerStore::push(const Credential &credential, const QJsonObject &request)
{
    using R = Result<QJsonObject>;
    if (!request.value(QStringLiteral("ops")).isArray())
        return R::failure(QStringLiteral("request"), tr("The push has no ops array."));
    const QJsonArray ops = request.value(QStringLiteral("ops")).toArray();
    if (ops.size() > SyncProtocol::kMaxPushOps)
        return R::failure(QStringLiteral("too_large"), tr("A push may carry %1 operations at most.").arg(SyncProtocol::kMaxPushOps));
    for (const QJsonValue &v : ops) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("op_id")).toString().isEmpty() || o.value(QStringLiteral("entity")).toString().isEmpty()
            || o.value(QStringLiteral("row_id")).toString().isEmpty() || !o.value(QStringLiteral("row")).isObject())
            return R::failure(QStringLiteral("request"), tr("Every operation needs op_id, entity, row_id and row."));
    }
    if (!begin())
        return R::failure(QStringLiteral("database"), tr("The server database is busy."));
    QString batchError;
    if (!beginBatch(&batchError)) {
        m_db.rollback();
        return R::failure(QStringLiteral("database"), tr("The server database failed: %1").arg(batchError));
    }
    auto failed = [&](const QString &error) {
        m_batch.reset();
        m_users.clear();
        m_db.rollback();
        return R::failure(QStringLiteral("database"), tr("The server database failed: %1").arg(error));
    };
    QJsonArray results;
    const QString at = now();
    for (const QJsonValue &v : ops) {
        const QJsonObject op = v.toObject();
        const QString opId = op.value(QStringLiteral("op_id")).toString();
        QSqlQuery &seen = statement(QStringLiteral("SELECT answer_json, status FROM applied_op WHERE op_id = ?"));
        seen.addBindValue(opId);
        if (seen.exec() && seen.next()) {
            QJsonObject answer = parseObject(seen.value(0).toString());
            answer[QStringLiteral("status")] = QStringLiteral("duplicate");
            answer[QStringLiteral("original")] = seen.value(1).toString();
            seen.finish();
            results.append(answer);
            continue;
        }
        seen.finish();
        if (!exec(QStringLiteral("SAVEPOINT sync_op")))
            return failed(m_db.lastError().text());
        const Batch before = *m_batch;
        const Answer answer = applyOp(credential, op);
        if (answer.status == QLatin1String("applied")) {
            exec(QStringLiteral("RELEASE SAVEPOINT sync_op"));
        } else {
            exec(QStringLiteral("ROLLBACK TO SAVEPOINT sync_op"));
            exec(QStringLiteral("RELEASE SAVEPOINT sync_op"));
            *m_batch = before;
            m_users.clear();
        }
        QSqlQuery &q = statement(QStringLiteral("INSERT INTO applied_op (op_id, credential_id, entity, row_id, status, answer_json, hlc, at) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(opId);
        q.addBindValue(credential.id);
        q.addBindValue(op.value(QStringLiteral("entity")).toString());
        q.addBindValue(op.value(QStringLiteral("row_id")).toString());
        q.addBindValue(answer.status);
        q.addBindValue(compact(answer.json));
        // An op without hlc is answered like any other, not a database error.
        const QString hlc = op.value(QStringLiteral("hlc")).toString();
        q.addBindValue(hlc.isNull() ? QString(QLatin1String("")) : hlc);
        q.addBindValue(at);
        if (!q.exec())
            return failed(q.lastError().text());
        results.append(answer.json);
    }
    if (!endBatch(&batchError))
        return failed(batchError);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE credential SET last_seen_at = ? WHERE id = ?"));
    q.addBindValue(at);
    q.addBindValue(credential.id);
    q.exec();
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        return R::failure(QStringLiteral("database"), tr("The push could not be committed: %1").arg(error));
    }
    return QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("cursor"), lastSeq()}};
}

qint64 SyncServerStore::lastSeq() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT value FROM server_counter WHERE name = 'change_seq'")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

// --- pull -------------------------------------------------------------------

static QString scopeClause(const SyncServerStore::Credential &c)
{
    return c.isCounty() ? QStringLiteral("1 = 1") : QStringLiteral("(township_id IS NULL OR township_id = ?)");
}

Result<QJsonObject> SyncServerStore::pull(const Credential &credential, qint64 cursor, int limit) const
{
    using R = Result<QJsonObject>;
    if (limit < 1 || limit > SyncProtocol::kMaxPullLimit || cursor < 0)
        return R::failure(QStringLiteral("request"), tr("Pull: cursor must be 0 or more and limit between 1 and %1.")
                                                         .arg(SyncProtocol::kMaxPullLimit));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, entity, row_id, version, row_json FROM change_log WHERE seq > ? AND %1 "
                             "ORDER BY seq LIMIT ?")
                  .arg(scopeClause(credential)));
    q.addBindValue(cursor);
    if (!credential.isCounty())
        q.addBindValue(credential.townshipId);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return R::failure(QStringLiteral("database"), tr("The change log cannot be read: %1").arg(q.lastError().text()));
    QJsonArray changes;
    qint64 last = cursor;
    bool more = false;
    while (q.next()) {
        if (changes.size() == limit) {
            more = true;
            break;
        }
        last = q.value(0).toLongLong();
        changes.append(QJsonObject{{QStringLiteral("seq"), last},
                                   {QStringLiteral("entity"), q.value(1).toString()},
                                   {QStringLiteral("row_id"), q.value(2).toString()},
                                   {QStringLiteral("version"), q.value(3).toLongLong()},
                                   {QStringLiteral("row"), parseObject(q.value(4).toString())}});
    }
    QJsonObject page{{QStringLiteral("changes"), changes}, {QStringLiteral("cursor"), last}, {QStringLiteral("more"), more}};
    // Tells a workstation its number even when its credential file predates them.
    if (credential.workstationNumber > 0)
        page.insert(QStringLiteral("workstation_number"), credential.workstationNumber);
    return page;
}

QJsonObject SyncServerStore::digest(const Credential &credential) const
{
    // The kept digests of the scope keys the credential pulls (section 3.2):
    // every key for the county, the county-wide key '' and its township's
    // key for a township.
    QHash<QString, QPair<qint64, QByteArray>> combined;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(credential.isCounty()
                  ? QStringLiteral("SELECT entity, row_count, digest FROM sync_digest")
                  : QStringLiteral("SELECT entity, row_count, digest FROM sync_digest WHERE scope_key = '' OR scope_key = ?"));
    if (!credential.isCounty())
        q.addBindValue(credential.townshipId);
    q.exec();
    while (q.next()) {
        auto &d = combined[q.value(0).toString()];
        d.first += q.value(1).toLongLong();
        SyncProtocol::xorInto(d.second, QByteArray::fromHex(q.value(2).toString().toLatin1()));
    }
    QJsonObject entities;
    for (const QString &entity : SyncProtocol::entities()) {
        const auto d = combined.value(entity);
        entities.insert(entity, SyncProtocol::digestJson(d.first, d.second));
    }
    return {{QStringLiteral("entities"), entities}, {QStringLiteral("cursor"), lastSeq()}};
}
