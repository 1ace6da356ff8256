#include "packagecommand.h"

#include "storage/database.h"
#include "sync/syncpackage.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
const char *kUsage =
    "usage: jingban-cli package key --db FILE\n"
    "       jingban-cli package export --db FILE --credential FILE --out PACKAGE\n"
    "       jingban-cli package import --db FILE --credential FILE --in ANSWER\n";

QByteArray readAll(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? f.readAll() : QByteArray();
}
} // namespace

int PackageCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString what = args.value(0);
    QHash<QString, QString> options;
    for (int i = 1; i < args.size(); ++i) {
        if (!args[i].startsWith(QLatin1String("--")) || i + 1 >= args.size()) {
            err << "package: option '" << args[i] << "' needs a value\n" << kUsage;
            return 2;
        }
        options.insert(args[i].mid(2), args[i + 1]);
        ++i;
    }
    const QStringList known = what == QLatin1String("key")      ? QStringList{QStringLiteral("db")}
                              : what == QLatin1String("export") ? QStringList{QStringLiteral("db"), QStringLiteral("credential"), QStringLiteral("out")}
                              : what == QLatin1String("import") ? QStringList{QStringLiteral("db"), QStringLiteral("credential"), QStringLiteral("in")}
                                                                : QStringList();
    if (known.isEmpty()) {
        err << "package: key, export or import?\n" << kUsage;
        return 2;
    }
    for (const QString &name : known)
        if (options.value(name).isEmpty()) {
            err << "package " << what << ": --" << name << " is required\n" << kUsage;
            return 2;
        }
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (!known.contains(it.key())) {
            err << "package " << what << ": unknown option --" << it.key() << '\n' << kUsage;
            return 2;
        }
    QJsonObject credential;
    if (options.contains(QStringLiteral("credential"))) {
        bool ok = false;
        credential = QJsonDocument::fromJson(readAll(options.value(QStringLiteral("credential")), &ok)).object();
        if (!ok || credential.value(QStringLiteral("credential_id")).toString().isEmpty()) {
            err << "package " << what << ": cannot read a credential_id from " << options.value(QStringLiteral("credential")) << '\n';
            return 2;
        }
    }

    const QString connection = QStringLiteral("jingban-cli-package");
    int code = 0;
    {
        auto opened = Database::open(options.value(QStringLiteral("db")), connection);
        if (!opened) {
            err << "package: " << opened.errorText() << '\n';
            return 1;
        }
        const QSqlDatabase db = opened.value();
        if (what == QLatin1String("key")) {
            const auto key = SyncPackage::workstationKey(db);
            if (!key) {
                err << "package key: " << key.errorText() << '\n';
                code = 1;
            } else {
                // The county registers it: provision credential ... --public-key HEX
                out << key->publicKey.toHex() << '\n';
            }
        } else if (what == QLatin1String("export")) {
            const auto package = SyncPackage::exportPush(db, credential.value(QStringLiteral("credential_id")).toString());
            QSaveFile f(options.value(QStringLiteral("out")));
            if (!package) {
                err << "package export: " << package.errorText() << '\n';
                code = 1;
            } else if (!f.open(QIODevice::WriteOnly) || f.write(*package) != package->size() || !f.commit()) {
                err << "package export: cannot write " << options.value(QStringLiteral("out")) << '\n';
                code = 1;
            } else {
                out << "package export: " << SyncClient(db).pendingCount() << " pending operations written to "
                    << options.value(QStringLiteral("out")) << '\n';
            }
        } else {
            bool ok = false;
            const QByteArray file = readAll(options.value(QStringLiteral("in")), &ok);
            if (!ok) {
                err << "package import: cannot read " << options.value(QStringLiteral("in")) << '\n';
                code = 2;
            } else {
                const auto imported = SyncPackage::importAnswer(
                    db, file, credential.value(QStringLiteral("credential_id")).toString(),
                    QByteArray::fromHex(credential.value(QStringLiteral("county_public_key")).toString().toLatin1()));
                if (!imported) {
                    err << "package import: " << imported.errorText() << '\n';
                    code = 1;
                } else {
                    out << "package import: " << imported->push.applied << " applied, " << imported->push.duplicates
                        << " already applied, " << imported->push.rejected << " rejected, " << imported->push.conflicts
                        << " conflicts; " << imported->written << " rows from the county, cursor " << imported->cursor << '\n';
                    for (const QString &p : imported->push.problems)
                        err << "package import: " << p << '\n';
                }
            }
        }
    }
    Database::close(connection);
    return code;
}
