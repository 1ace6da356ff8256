#include "demorunner.h"

#include "services/userservice.h"
#include "storage/database.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProgressDialog>

QString DemoRunner::cliPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("jingban-cli"));
}

bool DemoRunner::available()
{
    return QFileInfo(cliPath()).isExecutable();
}

namespace {
void removeReplicaFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}
} // namespace

Result<QSqlDatabase> DemoRunner::replaceWithDemo(const QString &path, const QString &connectionName, const QString &cliProgram)
{
    const QString program = cliProgram.isEmpty() ? cliPath() : cliProgram;
    {
        auto current = Database::open(path, connectionName);
        if (current && UserService::hasUsers(current.value()))
            return Result<QSqlDatabase>::failure(QStringLiteral("db"),
                                                 tr("The demo county can only be opened on an empty database."));
    }
    Database::close(connectionName);
    const QString temp = path + QStringLiteral(".demo");
    removeReplicaFiles(temp);

    QProgressDialog progress(tr("Making the demo county; this takes a moment..."), QString(), 0, 0);
    progress.setWindowTitle(tr("Jingban"));
    progress.setMinimumDuration(0);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.show();

    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    QEventLoop loop;
    QObject::connect(&cli, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&cli, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    cli.start(program, {QStringLiteral("demo"), QStringLiteral("--db"), temp, QStringLiteral("--scale"),
                          QStringLiteral("small"), QStringLiteral("--seed"), QStringLiteral("1")});
    if (cli.state() != QProcess::NotRunning || cli.waitForStarted(5000))
        loop.exec();
    progress.close();
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0 || cli.error() == QProcess::FailedToStart) {
        removeReplicaFiles(temp);
        return Result<QSqlDatabase>::failure(
            QStringLiteral("demo"), tr("The demo county could not be made:\n%1").arg(QString::fromLocal8Bit(cli.readAll()).right(2000)));
    }
    removeReplicaFiles(path);
    QFile::rename(temp, path);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(temp + suffix))
            QFile::rename(temp + suffix, path + suffix);
    return Database::open(path, connectionName);
}
