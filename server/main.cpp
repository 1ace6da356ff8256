// jingban-county: the county office server. See docs/sync-protocol.md.
//
//   jingban-county serve --db sqlite:PATH --listen 127.0.0.1:PORT [--cert FILE --key FILE] [--county CODE]
//   jingban-county provision township --db SPEC --county CODE --code CODE --name NAME
//   jingban-county provision village --db SPEC --township CODE --code CODE --name NAME
//   jingban-county provision institution --db SPEC --code CODE --name NAME --level L --location L
//   jingban-county provision user --db SPEC --login L --name N --role R [--township CODE] --password P
//   jingban-county provision policy --db SPEC --file POLICY.json
//   jingban-county provision credential --db SPEC (--township CODE | --county) [--label L] [--server URL] [--out FILE]
//   jingban-county provision key --db SPEC --credential ID --public-key HEX
//   jingban-county revoke --db SPEC --credential ID
//   jingban-county import-package FILE --db SPEC --answer OUT

#include "countyserver.h"
#include "storage/database.h"

#include "sync/syncpackage.h"
#include "sync/syncserverstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>
#include <QUuid>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

const char *kUsage =
    "usage:\n"
    "  jingban-county serve --db sqlite:PATH|postgresql://... --listen HOST:PORT [--cert FILE --key FILE] [--county CODE]\n"
    "  jingban-county provision township --db SPEC --county CODE --code CODE --name NAME\n"
    "  jingban-county provision village --db SPEC --township CODE --code CODE --name NAME\n"
    "  jingban-county provision institution --db SPEC --code CODE --name NAME --level LEVEL --location LOCATION\n"
    "  jingban-county provision user --db SPEC --login LOGIN --name NAME --role ROLE [--township CODE] --password PASSWORD\n"
    "  jingban-county provision policy --db SPEC --file POLICY.json\n"
    "  jingban-county provision credential --db SPEC (--township CODE | --county) [--label TEXT] [--server URL]\n"
    "                 [--public-key HEX] [--out FILE]\n"
    "  jingban-county provision key --db SPEC --credential ID --public-key HEX\n"
    "  jingban-county revoke --db SPEC --credential ID\n"
    "  jingban-county import-package FILE --db SPEC --answer OUT\n";

struct Args
{
    QStringList positional;
    QHash<QString, QString> options;
    QString value(const char *name) const { return options.value(QLatin1String(name)); }
    bool has(const char *name) const { return options.contains(QLatin1String(name)); }
};

Args parse(const QStringList &list)
{
    Args a;
    for (int i = 0; i < list.size(); ++i) {
        const QString &s = list[i];
        if (s.startsWith(QLatin1String("--"))) {
            const QString name = s.mid(2);
            if (i + 1 < list.size() && !list[i + 1].startsWith(QLatin1String("--")))
                a.options.insert(name, list[++i]);
            else
                a.options.insert(name, QString());
        } else {
            a.positional << s;
        }
    }
    return a;
}

int serve(SyncServerStore &store, const Args &args, QTextStream &out, QTextStream &err)
{
    const QString listen = args.value("listen");
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool okPort = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&okPort) : -1;
    const QHostAddress address(colon > 0 ? listen.left(colon) : QString());
    if (!okPort || port < 0 || port > 65535 || address.isNull()) {
        err << "serve: --listen HOST:PORT is required (for example 127.0.0.1:8443)\n";
        return 2;
    }
    SyncApi api(store, args.value("county"));
    CountyServer server(api);
    const bool tls = args.has("cert") || args.has("key");
    if (tls) {
        QFile certFile(args.value("cert")), keyFile(args.value("key"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            err << "serve: cannot read --cert and --key\n";
            return 2;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey ecKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (ecKey.isNull())
            ecKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || ecKey.isNull()) {
            err << "serve: the certificate or key is not PEM\n";
            return 2;
        }
        server.sslSetup(cert, ecKey);
    } else if (!address.isLoopback()) {
        err << "serve: plain HTTP is for 127.0.0.1 only; give --cert and --key to listen on " << address.toString() << '\n';
        return 2;
    }
    const quint16 bound = server.listen(address, static_cast<quint16>(port));
    if (bound == 0) {
        err << "serve: cannot listen on " << listen << '\n';
        return 1;
    }
    // Graceful shutdown on SIGTERM/SIGINT: stop taking requests, close the database.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &server);
        QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
            QCoreApplication::quit();
        });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    out << "jingban-county: listening on " << (tls ? "https" : "http") << "://" << address.toString() << ':' << bound << Qt::endl;
    const int code = QCoreApplication::exec();
    out << "jingban-county: stopped" << Qt::endl;
    return code;
}

int provision(SyncServerStore &store, const Args &args, QTextStream &out, QTextStream &err)
{
    const QString what = args.positional.value(1);
    auto report = [&](const Result<QVariantMap> &r) {
        if (!r) {
            err << "provision " << what << ": " << r.errorText() << '\n';
            return 1;
        }
        out << what << " " << r->value(QStringLiteral("id")).toString() << '\n';
        return 0;
    };
    if (what == QLatin1String("township"))
        return report(store.provisionTownship(args.value("county"), args.value("code"), args.value("name")));
    if (what == QLatin1String("village"))
        return report(store.provisionVillage(args.value("township"), args.value("code"), args.value("name")));
    if (what == QLatin1String("institution"))
        return report(store.provisionInstitution(args.value("code"), args.value("name"), args.value("level"), args.value("location")));
    if (what == QLatin1String("user"))
        return report(store.provisionUser(args.value("login"), args.value("name"), args.value("role"), args.value("township"),
                                          args.value("password")));
    if (what == QLatin1String("policy")) {
        QFile f(args.value("file"));
        if (!f.open(QIODevice::ReadOnly)) {
            err << "provision policy: cannot read --file " << args.value("file") << '\n';
            return 2;
        }
        return report(store.provisionPolicy(f.readAll()));
    }
    if (what == QLatin1String("credential")) {
        const bool county = args.has("county") && !args.has("township");
        const auto issued = store.issueCredential(county ? QStringLiteral("county") : QStringLiteral("township"),
                                                  args.value("township"), args.value("label"), args.value("public-key"));
        if (!issued) {
            err << "provision credential: " << issued.errorText() << '\n';
            return 1;
        }
        const QString file = args.has("out") ? args.value("out") : issued->credential.id + QStringLiteral(".credential");
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "provision credential: cannot write " << file << " (the credential was stored; revoke it)\n";
            return 1;
        }
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QJsonObject content = issued->toFile(args.value("server"));
        // The workstation checks the county's answer packages with it.
        const auto countyKey = store.countyKey();
        if (countyKey)
            content.insert(QStringLiteral("county_public_key"), QString::fromLatin1(countyKey->publicKey.toHex()));
        f.write(QJsonDocument(content).toJson());
        const int number = issued->credential.workstationNumber;
        const QString twoDigits = QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
        out << "credential id: " << issued->credential.id << '\n';
        if (number > 0)
            out << "workstation:   " << twoDigits << "   (its receipts are numbered YYYY-" << twoDigits << "-NNNNNNN, its slips YYYY-"
                << twoDigits << "-NNNNNN)\n";
        out << "written to:    " << file << "   (give this file to the workstation; the secret is not shown again)\n";
        return 0;
    }
    if (what == QLatin1String("key")) {
        const Validation v = store.setPublicKey(args.value("credential"), args.value("public-key"));
        if (!v.ok()) {
            err << "provision key: " << v.text() << '\n';
            return 1;
        }
        out << "key registered for credential " << args.value("credential") << '\n';
        return 0;
    }
    err << "provision: what? township, village, institution, user, policy, credential or key\n" << kUsage;
    return 2;
}

// A workstation's package in, the signed answer out (docs/sync-protocol.md, 7).
int importPackage(SyncServerStore &store, const Args &args, QTextStream &out, QTextStream &err)
{
    const QString in = args.positional.value(1);
    const QString answerPath = args.value("answer");
    if (in.isEmpty() || answerPath.isEmpty()) {
        err << "import-package: give the package FILE and --answer OUT\n" << kUsage;
        return 2;
    }
    QFile f(in);
    if (!f.open(QIODevice::ReadOnly)) {
        err << "import-package: cannot read " << in << '\n';
        return 2;
    }
    const auto imported = SyncPackage::answer(store, f.readAll());
    if (!imported) {
        err << "import-package: " << imported.errorText() << '\n';
        return 1;
    }
    QSaveFile answer(answerPath);
    if (!answer.open(QIODevice::WriteOnly) || answer.write(imported->answer) != imported->answer.size() || !answer.commit()) {
        err << "import-package: the package was applied but the answer cannot be written to " << answerPath
            << "; import the same package again to write it\n";
        return 1;
    }
    out << "import-package: credential " << imported->credentialId << ": " << imported->applied << " applied, "
        << imported->duplicates << " already applied, " << imported->rejected << " rejected, " << imported->conflicts
        << " conflicts; answer with " << imported->changes << " changes written to " << answerPath << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Database::configureSqlite();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jingban-county"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Args args = parse(app.arguments().mid(1));
    const QString command = args.positional.value(0);
    if (command.isEmpty() || args.has("help")) {
        (command.isEmpty() && !args.has("help") ? err : out) << kUsage;
        return command.isEmpty() && !args.has("help") ? 2 : 0;
    }
    if (!args.has("db")) {
        err << "jingban-county: --db sqlite:PATH or --db postgresql://... is required\n" << kUsage;
        return 2;
    }
    const QString connection = QStringLiteral("county");
    int code = 0;
    {
        auto opened = SyncServerStore::open(args.value("db"), connection);
        if (!opened) {
            err << "jingban-county: " << opened.errorText() << '\n';
            return 1;
        }
        SyncServerStore store(opened.value());
        const auto migrated = store.migrate();
        if (!migrated) {
            err << "jingban-county: " << migrated.errorText() << '\n';
            return 1;
        }
        if (command == QLatin1String("serve"))
            code = serve(store, args, out, err);
        else if (command == QLatin1String("import-package"))
            code = importPackage(store, args, out, err);
        else if (command == QLatin1String("provision"))
            code = provision(store, args, out, err);
        else if (command == QLatin1String("revoke")) {
            const Validation v = store.revokeCredential(args.value("credential"));
            if (!v.ok()) {
                err << "revoke: " << v.text() << '\n';
                code = 1;
            } else {
                out << "revoked " << args.value("credential") << '\n';
            }
        } else {
            err << "jingban-county: unknown command '" << command << "'\n" << kUsage;
            code = 2;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return code;
}
