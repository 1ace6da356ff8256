#pragma once

// jingban-county and jingban-cli as processes, for the sync tests that go
// over the network. Header-only: included by tests/sync.

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#ifndef JINGBAN_COUNTY_PATH
#error "JINGBAN_COUNTY_PATH is defined by server/CMakeLists.txt"
#endif

// Runs a program to its end; exit code, -1 if it crashed or timed out.
inline int runProgram(const QString &program, const QStringList &args, QString *output = nullptr, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// jingban-county SUBCOMMAND … --db SPEC; false (and a warning) on failure.
inline bool countyCommand(const QString &db, const QStringList &args, QString *output = nullptr)
{
    QString text;
    const int code = runProgram(QStringLiteral(JINGBAN_COUNTY_PATH), QStringList(args) << QStringLiteral("--db") << db, &text);
    if (code != 0)
        qWarning("jingban-county %s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(text));
    if (output)
        *output = text;
    return code == 0;
}

// Two townships with a village, a clerk each, a credential for each in dir
// (a.credential: township 1, c.credential: township 2).
inline bool provisionTwoTownships(const QString &db, const QTemporaryDir &dir)
{
    const QStringList steps[] = {
        {QStringLiteral("provision"), QStringLiteral("township"), QStringLiteral("--county"), QStringLiteral("360100"),
         QStringLiteral("--code"), QStringLiteral("360100101"), QStringLiteral("--name"), QStringLiteral("东镇")},
        {QStringLiteral("provision"), QStringLiteral("township"), QStringLiteral("--county"), QStringLiteral("360100"),
         QStringLiteral("--code"), QStringLiteral("360100102"), QStringLiteral("--name"), QStringLiteral("西镇")},
        {QStringLiteral("provision"), QStringLiteral("village"), QStringLiteral("--township"), QStringLiteral("360100101"),
         QStringLiteral("--code"), QStringLiteral("360100101001"), QStringLiteral("--name"), QStringLiteral("东村")},
        {QStringLiteral("provision"), QStringLiteral("village"), QStringLiteral("--township"), QStringLiteral("360100102"),
         QStringLiteral("--code"), QStringLiteral("360100102001"), QStringLiteral("--name"), QStringLiteral("西村")},
        {QStringLiteral("provision"), QStringLiteral("user"), QStringLiteral("--login"), QStringLiteral("clerk1"), QStringLiteral("--name"),
         QStringLiteral("经办"), QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--township"), QStringLiteral("360100101"),
         QStringLiteral("--password"), QStringLiteral("secret-clerk1")},
        {QStringLiteral("provision"), QStringLiteral("user"), QStringLiteral("--login"), QStringLiteral("clerk2"), QStringLiteral("--name"),
         QStringLiteral("经办"), QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--township"), QStringLiteral("360100102"),
         QStringLiteral("--password"), QStringLiteral("secret-clerk2")},
        {QStringLiteral("provision"), QStringLiteral("credential"), QStringLiteral("--township"), QStringLiteral("360100101"),
         QStringLiteral("--out"), dir.filePath(QStringLiteral("a.credential"))},
        {QStringLiteral("provision"), QStringLiteral("credential"), QStringLiteral("--township"), QStringLiteral("360100102"),
         QStringLiteral("--out"), dir.filePath(QStringLiteral("c.credential"))},
    };
    for (const QStringList &step : steps)
        if (!countyCommand(db, step))
            return false;
    return true;
}

// jingban-county serve on 127.0.0.1 and a free port.
class CountyProcess
{
public:
    ~CountyProcess() { kill(); }

    bool start(const QString &db, const QStringList &extra = {}, QString *why = nullptr)
    {
        m_process.setProgram(QStringLiteral(JINGBAN_COUNTY_PATH));
        m_process.setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:%1").arg(m_port)}
                               + extra);
        m_process.start();
        if (!m_process.waitForStarted())
            return false;
        static const QRegularExpression re(QStringLiteral("listening on (https?://127\\.0\\.0\\.1:(\\d+))"));
        QString banner;
        for (int i = 0; i < 200 && !re.match(banner).hasMatch() && m_process.state() == QProcess::Running; ++i) {
            m_process.waitForReadyRead(50);
            banner += QString::fromUtf8(m_process.readAllStandardOutput());
        }
        const auto m = re.match(banner);
        if (!m.hasMatch()) {
            if (why)
                *why = banner + QString::fromUtf8(m_process.readAllStandardError());
            kill();
            return false;
        }
        url = m.captured(1);
        m_port = m.captured(2).toInt();   // a restart takes the same port
        return true;
    }
    // SIGKILL: no chance to finish anything.
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    // SIGTERM: a graceful stop; its exit code.
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        m_process.waitForFinished(10000);
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }

    QString url;

private:
    QProcess m_process;
    int m_port = 0;
};

inline int syncOnce(const QString &replica, const QString &url, const QString &credential, QString *output = nullptr,
                    const QStringList &extra = {})
{
    return runProgram(QStringLiteral(JINGBAN_CLI_PATH),
                      QStringList{QStringLiteral("sync"), QStringLiteral("--db"), replica, QStringLiteral("--server"), url,
                                  QStringLiteral("--credential"), credential}
                          + extra,
                      output);
}
