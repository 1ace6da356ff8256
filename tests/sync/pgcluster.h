#pragma once

// A throwaway PostgreSQL cluster for the sync tests: initdb and pg_ctl on a
// temporary directory, a free port on 127.0.0.1, stopped and removed at the
// end. PostgreSQL refuses to run as root, so as root the server runs as the
// user "nobody" (runuser). Header-only: included by tests/sync.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>
#include <pwd.h>
#include <unistd.h>

class PgCluster
{
public:
    ~PgCluster() { stop(); }

    // The directory with initdb, pg_ctl and postgres: Debian's
    // /usr/lib/postgresql/N/bin (newest first), else PATH. Empty if absent.
    static QString binDir()
    {
        QStringList candidates;
        const QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &n : names)
            candidates << versions.filePath(n + QStringLiteral("/bin"));
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        if (!onPath.isEmpty())
            candidates << QFileInfo(onPath).absolutePath();
        for (const QString &dir : candidates)
            if (QFileInfo::exists(dir + QStringLiteral("/initdb")) && QFileInfo::exists(dir + QStringLiteral("/pg_ctl"))
                && QFileInfo::exists(dir + QStringLiteral("/postgres")))
                return dir;
        return {};
    }
    static bool driverAvailable() { return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")); }

    // Starts the cluster; false with why when it cannot.
    bool start(QString *why)
    {
        m_bin = binDir();
        if (m_bin.isEmpty()) {
            *why = QStringLiteral("PostgreSQL binaries (initdb, pg_ctl) are not installed; run scripts/install-deps.sh");
            return false;
        }
        if (!driverAvailable()) {
            *why = QStringLiteral("the Qt PostgreSQL driver (libqt6sql6-psql) is not installed; run scripts/install-deps.sh");
            return false;
        }
        if (!m_dir.isValid()) {
            *why = QStringLiteral("no temporary directory");
            return false;
        }
        if (::geteuid() == 0) {
            // Root: the cluster belongs to nobody, who needs the directory.
            const passwd *pw = ::getpwnam("nobody");
            if (!pw || ::chown(qPrintable(m_dir.path()), pw->pw_uid, pw->pw_gid) != 0) {
                *why = QStringLiteral("cannot hand the cluster directory to the user nobody");
                return false;
            }
            m_runAs = QStringLiteral("nobody");
        }
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *why = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QString output;
        if (run(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                                           QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                           QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                &output)
            != 0) {
            *why = QStringLiteral("initdb failed: ") + output;
            return false;
        }
        // fsync off: a test cluster, thrown away; the socket directory is ours.
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
                                    .arg(m_port)
                                    .arg(m_dir.path());
        if (run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                                           m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-t"),
                                           QStringLiteral("60"), QStringLiteral("start")},
                &output)
            != 0) {
            *why = QStringLiteral("pg_ctl start failed: ") + output;
            return false;
        }
        m_data = data;
        return true;
    }

    void stop()
    {
        if (m_data.isEmpty())
            return;
        QString output;
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
                                       QStringLiteral("-w"), QStringLiteral("stop")},
            &output);
        m_data.clear();
    }

    // A new empty database; its --db spec.
    QString createDatabase(const QString &name)
    {
        const QString connection = QUuid::createUuid().toString();
        QString spec;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_port);
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                    spec = QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(name);
                else
                    qWarning("CREATE DATABASE %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
            } else {
                qWarning("cannot connect to the test cluster: %s", qPrintable(db.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return spec;
    }
    int port() const { return m_port; }

private:
    int run(const QString &tool, const QStringList &args, QString *output) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        const QString program = m_bin + QLatin1Char('/') + tool;
        if (m_runAs.isEmpty())
            p.start(program, args);
        else
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_runAs;
    QString m_data;
    int m_port = 0;
};
