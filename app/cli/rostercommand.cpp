#include "rostercommand.h"

#include "roster/insuredelsewherecheck.h"
#include "roster/rosterexport.h"
#include "roster/rosterimport.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace {

const char *kUsage =
    "usage: jingban-cli roster import  --db FILE --file ROSTER.xlsx|csv --user LOGIN [--dry-run]\n"
    "       jingban-cli roster export  --db FILE --out FILE.xlsx|csv [--township CODE] [--village CODE] [--paid-year Y]\n"
    "       jingban-cli roster overlap --db FILE --file LIST.xlsx|csv --year Y [--township CODE]\n";

// A JSON string literal.
QString quoted(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

// --name value pairs; flags listed in switches take no value.
bool parseOptions(const QStringList &args, const QStringList &known, const QStringList &switches,
                  QHash<QString, QString> &values, QString &problem)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (switches.contains(a)) {
            values.insert(a, QStringLiteral("1"));
        } else if (known.contains(a) && i + 1 < args.size()) {
            values.insert(a, args[++i]);
        } else {
            problem = QStringLiteral("unknown or incomplete option '%1'").arg(a);
            return false;
        }
    }
    return true;
}

// Opens an existing replica under a connection of its own; closes it on scope exit.
class Replica
{
public:
    explicit Replica(const QString &path) : m_connection(QStringLiteral("jingban-cli-roster-") + QUuid::createUuid().toString())
    {
        if (!QFileInfo(path).isFile()) {
            m_error = QStringLiteral("%1 does not exist").arg(path);
            return;
        }
        auto opened = Database::open(path, m_connection);
        if (!opened)
            m_error = opened.errorText();
        else
            m_db = opened.value();
    }
    ~Replica()
    {
        m_db = QSqlDatabase();
        Database::close(m_connection);
    }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QSqlDatabase &db() const { return m_db; }

private:
    QString m_connection;
    QSqlDatabase m_db;
    QString m_error;
};

QString townshipIdByCode(const QSqlDatabase &db, const QString &code)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM township WHERE code = ? AND deleted = 0"));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

int RosterCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString action = args.value(0);
    if (action == QLatin1String("import"))
        return runImport(args.mid(1), out, err);
    if (action == QLatin1String("export"))
        return runExport(args.mid(1), out, err);
    if (action == QLatin1String("overlap"))
        return runOverlap(args.mid(1), out, err);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        out << kUsage;
        return 0;
    }
    err << (action.isEmpty() ? QStringLiteral("roster: which action?") : QStringLiteral("roster: unknown action '%1'").arg(action))
        << '\n' << kUsage;
    return 2;
}

int RosterCommand::runImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QHash<QString, QString> o;
    QString problem;
    if (!parseOptions(args, {QStringLiteral("--db"), QStringLiteral("--file"), QStringLiteral("--user")},
                      {QStringLiteral("--dry-run")}, o, problem)) {
        err << "roster import: " << problem << '\n' << kUsage;
        return 2;
    }
    for (const char *required : {"--db", "--file", "--user"}) {
        if (o.value(QLatin1String(required)).isEmpty()) {
            err << "roster import: " << required << " is required\n" << kUsage;
            return 2;
        }
    }
    Replica replica(o.value(QStringLiteral("--db")));
    if (!replica.ok()) {
        err << "roster import: " << replica.error() << '\n';
        return 2;
    }
    const auto user = UserService::byLogin(replica.db(), o.value(QStringLiteral("--user")));
    if (!user) {
        err << "roster import: no user '" << o.value(QStringLiteral("--user")) << "' in this replica\n";
        return 2;
    }
    RosterImport import(replica.db(), *user);
    const Validation opened = import.open(o.value(QStringLiteral("--file")));
    if (!opened.ok()) {
        err << "roster import: " << opened.text() << '\n';
        return 2;
    }
    const bool dryRun = o.contains(QStringLiteral("--dry-run"));
    const auto result = dryRun ? import.preview() : import.run();
    if (!result) {
        err << "roster import: " << result.errorText() << '\n';
        // Permission, township and missing columns are bad input; a failed write is not.
        return result.errors().hasField(QStringLiteral("permission")) || result.errors().hasField(QStringLiteral("township"))
                       || result.errors().hasField(QStringLiteral("mapping"))
                   ? 2
                   : 1;
    }
    const RosterImport::Summary &s = result.value();
    QStringList bad;
    for (const RosterImport::BadRow &b : s.bad)
        bad << QStringLiteral("{\"line\": %1, \"reason\": %2, \"message\": %3}").arg(b.line).arg(quoted(b.reason), quoted(b.message));
    out << QStringLiteral("{\"rows\": %1, \"imported\": %2, \"unchanged\": %3, \"bad\": [%4]}")
               .arg(s.rows)
               .arg(dryRun ? s.newPersons + s.updatedPersons : s.imported)
               .arg(s.unchanged)
               .arg(bad.join(QStringLiteral(", ")))
        << '\n';
    err << "roster import: " << s.rows << " rows in " << s.elapsedMs << " ms: " << s.newHouseholds << " new households, "
        << s.newPersons << " new persons, " << s.updatedPersons << " updated, " << s.unchanged << " unchanged, "
        << s.bad.size() << " bad" << (dryRun ? " (dry run: nothing written)" : "") << '\n';
    return 0;
}

int RosterCommand::runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QHash<QString, QString> o;
    QString problem;
    if (!parseOptions(args, {QStringLiteral("--db"), QStringLiteral("--out"), QStringLiteral("--township"),
                             QStringLiteral("--village"), QStringLiteral("--paid-year")},
                      {}, o, problem)) {
        err << "roster export: " << problem << '\n' << kUsage;
        return 2;
    }
    if (o.value(QStringLiteral("--db")).isEmpty() || o.value(QStringLiteral("--out")).isEmpty()) {
        err << "roster export: --db FILE and --out FILE are required\n" << kUsage;
        return 2;
    }
    RosterExport::Options options;
    options.villageCode = o.value(QStringLiteral("--village"));
    if (o.contains(QStringLiteral("--paid-year"))) {
        bool ok = false;
        options.paidYear = o.value(QStringLiteral("--paid-year")).toInt(&ok);
        if (!ok || options.paidYear < 1990 || options.paidYear > 2200) {
            err << "roster export: --paid-year must be a year, not '" << o.value(QStringLiteral("--paid-year")) << "'\n";
            return 2;
        }
    }
    Replica replica(o.value(QStringLiteral("--db")));
    if (!replica.ok()) {
        err << "roster export: " << replica.error() << '\n';
        return 2;
    }
    if (o.contains(QStringLiteral("--township"))) {
        options.townshipId = townshipIdByCode(replica.db(), o.value(QStringLiteral("--township")));
        if (options.townshipId.isEmpty()) {
            err << "roster export: no township has the code " << o.value(QStringLiteral("--township")) << '\n';
            return 2;
        }
    }
    const auto written = RosterExport::write(replica.db(), o.value(QStringLiteral("--out")), options);
    if (!written) {
        err << "roster export: " << written.errorText() << '\n';
        return written.errors().hasField(QStringLiteral("village")) || written.errors().hasField(QStringLiteral("file")) ? 2 : 1;
    }
    out << "roster export: " << written.value() << (options.paidYear ? " paid persons" : " persons") << " written to "
        << o.value(QStringLiteral("--out")) << '\n';
    return 0;
}

int RosterCommand::runOverlap(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QHash<QString, QString> o;
    QString problem;
    if (!parseOptions(args, {QStringLiteral("--db"), QStringLiteral("--file"), QStringLiteral("--year"), QStringLiteral("--township")},
                      {}, o, problem)) {
        err << "roster overlap: " << problem << '\n' << kUsage;
        return 2;
    }
    bool yearOk = false;
    const int year = o.value(QStringLiteral("--year")).toInt(&yearOk);
    if (o.value(QStringLiteral("--db")).isEmpty() || o.value(QStringLiteral("--file")).isEmpty() || !yearOk) {
        err << "roster overlap: --db FILE, --file LIST and --year Y are required\n" << kUsage;
        return 2;
    }
    Replica replica(o.value(QStringLiteral("--db")));
    if (!replica.ok()) {
        err << "roster overlap: " << replica.error() << '\n';
        return 2;
    }
    QString townshipId;
    if (o.contains(QStringLiteral("--township"))) {
        townshipId = townshipIdByCode(replica.db(), o.value(QStringLiteral("--township")));
        if (townshipId.isEmpty()) {
            err << "roster overlap: no township has the code " << o.value(QStringLiteral("--township")) << '\n';
            return 2;
        }
    }
    const auto report = InsuredElsewhereCheck::check(replica.db(), o.value(QStringLiteral("--file")), year, townshipId);
    if (!report) {
        err << "roster overlap: " << report.errorText() << '\n';
        return report.errors().hasField(QStringLiteral("database")) ? 1 : 2;
    }
    QStringList items;
    for (const auto &x : report->overlaps)
        items << QStringLiteral("{\"line\": %1, \"id_number\": %2, \"list_name\": %3, \"name\": %4, \"household\": %5, "
                                "\"village\": %6, \"township\": %7, \"status\": %8}")
                     .arg(x.line)
                     .arg(quoted(x.idNumber), quoted(x.listName), quoted(x.name), quoted(x.householdCode), quoted(x.village),
                          quoted(x.township), quoted(x.enrollmentStatus));
    QStringList badLines;
    for (int l : report->badLines)
        badLines << QString::number(l);
    out << QStringLiteral("{\"listed\": %1, \"overlaps\": [%2], \"unreadable_lines\": [%3]}")
               .arg(report->listed)
               .arg(items.join(QStringLiteral(", ")), badLines.join(QStringLiteral(", ")))
        << '\n';
    return 0;
}
