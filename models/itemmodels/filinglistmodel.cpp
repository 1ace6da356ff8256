#include "filinglistmodel.h"

#include "displayformat.h"
#include "domain/idnumber.h"
#include "personsearchmodel.h"
#include "roster/tablefilewriter.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

FilingListModel::FilingListModel(const QSqlDatabase &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void FilingListModel::setFilter(const Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_atEnd = false;
    m_rows = readPage();
    // No fetching from inside the reset (views and the tester ask at once).
    m_busy = true;
    endResetModel();
    m_busy = false;
}

// Fixed fragments only (the status placeholders are numbered, not typed);
// every value is bound.
QString FilingListModel::whereClause() const
{
    QString w = QStringLiteral("f.deleted = 0");
    if (!m_filter.statuses.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < m_filter.statuses.size(); ++i)
            marks << QStringLiteral(":status%1").arg(i);
        w += QStringLiteral(" AND f.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!m_filter.townshipId.isEmpty())
        w += QStringLiteral(" AND f.township_id = :township");
    if (!m_filter.villageId.isEmpty())
        w += QStringLiteral(" AND h.village_id = :village");
    if (!m_filter.diseaseCode.isEmpty())
        w += QStringLiteral(" AND f.disease_code = :disease");
    if (m_filter.validToBy.isValid())
        w += QStringLiteral(" AND f.valid_to IS NOT NULL AND f.valid_to <= :validToBy");
    if (m_filter.diagnosedFrom.isValid())
        w += QStringLiteral(" AND f.diagnosis_date >= :diagnosedFrom");
    if (m_filter.diagnosedTo.isValid())
        w += QStringLiteral(" AND f.diagnosis_date <= :diagnosedTo");
    return w;
}

void FilingListModel::bindFilter(QSqlQuery &q) const
{
    for (int i = 0; i < m_filter.statuses.size(); ++i)
        q.bindValue(QStringLiteral(":status%1").arg(i), m_filter.statuses.at(i));
    if (!m_filter.townshipId.isEmpty())
        q.bindValue(QStringLiteral(":township"), m_filter.townshipId);
    if (!m_filter.villageId.isEmpty())
        q.bindValue(QStringLiteral(":village"), m_filter.villageId);
    if (!m_filter.diseaseCode.isEmpty())
        q.bindValue(QStringLiteral(":disease"), m_filter.diseaseCode);
    if (m_filter.validToBy.isValid())
        q.bindValue(QStringLiteral(":validToBy"), m_filter.validToBy.toString(Qt::ISODate));
    if (m_filter.diagnosedFrom.isValid())
        q.bindValue(QStringLiteral(":diagnosedFrom"), m_filter.diagnosedFrom.toString(Qt::ISODate));
    if (m_filter.diagnosedTo.isValid())
        q.bindValue(QStringLiteral(":diagnosedTo"), m_filter.diagnosedTo.toString(Qt::ISODate));
}

// The shown columns of the filings in `source`, a row source that yields the
// filing rowids as `rid`.
static QString columnsOf(const QString &source)
{
    return QStringLiteral(
               "SELECT f.rowid, f.id, f.status, f.person_id, p.name, p.id_number, f.township_id, v.name, f.disease_code, "
               "(SELECT d.name FROM disease d WHERE d.code = f.disease_code AND d.deleted = 0 ORDER BY d.scheme_year DESC LIMIT 1), "
               "i.name, f.diagnosis_date, f.evidence_kind, f.reason, f.valid_to, f.created_by FROM ")
        + source
        + QStringLiteral(" JOIN person p ON p.id = f.person_id JOIN household h ON h.id = p.household_id "
                         "LEFT JOIN village v ON v.id = h.village_id LEFT JOIN institution i ON i.id = f.institution_id");
}

// The filings the filter matches. Person and household are joined only for
// a village filter: a filing's person and household always exist (foreign
// keys), so without one the filter reads the filing table and its index
// alone (index filing_list), not a person and a household row of
// a 10 GB county for each of thousands of matches.
QString FilingListModel::matchesSql() const
{
    QString from = QStringLiteral("filing f");
    if (!m_filter.villageId.isEmpty())
        from += QStringLiteral(" JOIN person p ON p.id = f.person_id JOIN household h ON h.id = p.household_id");
    return QStringLiteral(" FROM ") + from + QStringLiteral(" WHERE ") + whereClause();
}

QString FilingListModel::selectSql() const
{
    return columnsOf(QStringLiteral("filing f")) + QStringLiteral(" WHERE ") + whereClause();
}

FilingListModel::Row FilingListModel::readRow(const QSqlQuery &q)
{
    Row r;
    r.rowid = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.status = q.value(2).toString();
    r.personId = q.value(3).toString();
    r.personName = q.value(4).toString();
    r.idNumber = q.value(5).toString();
    r.townshipId = q.value(6).toString();
    r.village = q.value(7).toString();
    r.diseaseCode = q.value(8).toString();
    r.diseaseName = q.value(9).toString();
    r.institution = q.value(10).toString();
    r.diagnosisDate = q.value(11).toString();
    r.evidenceKind = q.value(12).toString();
    r.reason = q.value(13).toString();
    r.validTo = q.value(14).toString();
    r.createdBy = q.value(15).toString();
    return r;
}

QVector<FilingListModel::Row> FilingListModel::readPage()
{
    QVector<Row> page;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The page's rowids first (from the index), then the shown columns of
    // those rows only: no join of every match before the LIMIT.
    QString keys = QStringLiteral("SELECT f.rowid AS rid") + matchesSql();
    if (!m_rows.isEmpty())
        keys += QStringLiteral(" AND f.rowid > :last");
    keys += QStringLiteral(" ORDER BY f.rowid LIMIT :limit");
    q.prepare(columnsOf(QStringLiteral("(%1) k JOIN filing f ON f.rowid = k.rid").arg(keys))
              + QStringLiteral(" ORDER BY k.rid"));
    bindFilter(q);
    if (!m_rows.isEmpty())
        q.bindValue(QStringLiteral(":last"), m_rows.last().rowid);
    q.bindValue(QStringLiteral(":limit"), m_pageSize);
    if (!q.exec()) {
        m_atEnd = true;
        emit queryFailed(tr("The filings cannot be read: %1").arg(q.lastError().text()));
        return page;
    }
    while (q.next())
        page.append(readRow(q));
    m_atEnd = page.size() < m_pageSize;
    return page;
}

Result<qint64> FilingListModel::exportTo(const QString &path, const std::function<bool(qint64)> &progress) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectSql() + QStringLiteral(" ORDER BY f.rowid"));
    bindFilter(q);
    if (!q.exec())
        return Result<qint64>::failure(QStringLiteral("database"),
                                       tr("The filings cannot be read: %1").arg(q.lastError().text()));
    QStringList headers;
    for (int c = 0; c < ColumnCount; ++c)
        headers << headerData(c, Qt::Horizontal).toString();
    TableFileWriter out(path);
    //: sheet name of the exported filing list
    Validation v = out.open(headers, {}, tr("Filings"));
    if (!v.ok())
        return v;
    while (q.next()) {
        const Row r = readRow(q);
        QVariantList cells;
        for (int c = 0; c < ColumnCount; ++c) {
            if (c == DiagnosisColumn)
                cells << r.diagnosisDate;
            else if (c == ValidToColumn)
                cells << r.validTo;
            else
                cells << cellText(r, Column(c));
        }
        v = out.addRow(cells);
        if (!v.ok())
            return v;
        if (progress && out.rowsWritten() % 500 == 0 && !progress(out.rowsWritten()))
            //: the export was cancelled by the user; the file was not written
            return Result<qint64>::failure(QStringLiteral("cancelled"), tr("The export was cancelled; no file was written."));
    }
    v = out.close();
    if (!v.ok())
        return v;
    return out.rowsWritten();
}

qint64 FilingListModel::totalCount() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*)") + matchesSql());
    bindFilter(q);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString FilingListModel::filingId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int FilingListModel::rowOfFiling(const QString &filingId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == filingId)
            return i;
    return -1;
}

int FilingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FilingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())   // the screens ask for the current row, which may be none
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case FilingIdRole: return r.id;
    case StatusRole: return r.status;
    case CreatedByRole: return r.createdBy;
    case PersonIdRole: return r.personId;
    case DiseaseCodeRole: return r.diseaseCode;
    case Qt::DisplayRole: {
        const QString text = cellText(r, Column(index.column()));
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn && !r.reason.isEmpty())
            return r.reason;
        return {};
    default: return {};
    }
}

QString FilingListModel::cellText(const Row &r, Column column) const
{
    switch (column) {
    case PersonColumn: return r.personName;
    case IdNumberColumn:
        return PersonSearchModel::maySeeIdNumber(m_viewer, r.townshipId) ? r.idNumber : IdNumber::masked(r.idNumber);
    case VillageColumn: return r.village;
    case DiseaseColumn:
        return r.diseaseName.isEmpty() ? r.diseaseCode : QStringLiteral("%1 %2").arg(r.diseaseCode, r.diseaseName);
    case InstitutionColumn: return r.institution;
    case DiagnosisColumn: return DisplayFormat::date(QDate::fromString(r.diagnosisDate, Qt::ISODate));
    case EvidenceColumn: return evidenceLabel(r.evidenceKind);
    case StatusColumn: return statusLabel(r.status);
    case ReasonColumn: return r.reason;
    case ValidToColumn:
        return r.validTo.isEmpty() ? QString() : DisplayFormat::date(QDate::fromString(r.validTo, Qt::ISODate));
    case ColumnCount: break;
    }
    return {};
}

QVariant FilingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PersonColumn: return tr("Name");
    case IdNumberColumn: return tr("Id number");
    case VillageColumn: return tr("Village");
    //: filing list column: the catalogue disease filed for
    case DiseaseColumn: return tr("Disease");
    //: filing list column: the diagnosing institution
    case InstitutionColumn: return tr("Diagnosed at");
    //: filing list column: diagnosis date
    case DiagnosisColumn: return tr("Diagnosed on");
    //: filing list column: kind of diagnosis evidence
    case EvidenceColumn: return tr("Evidence");
    case StatusColumn: return tr("Status");
    //: filing list column: return, rejection or revocation reason
    case ReasonColumn: return tr("Reason");
    //: filing list column: end of the certification's validity
    case ValidToColumn: return tr("Valid to");
    case ColumnCount: break;
    }
    return {};
}

bool FilingListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void FilingListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    const QVector<Row> page = readPage();
    if (page.isEmpty())
        return;
    m_busy = true;   // no nested fetchMore() from the insert's own signal handlers
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_busy = false;
}

QString FilingListModel::statusLabel(const QString &code)
{
    //: filing status: reported by the village / filed at the counter, waiting for township review
    if (code == QLatin1String("reported")) return tr("Waiting for review");
    //: filing status: returned to the clerk with a reason
    if (code == QLatin1String("returned")) return tr("Returned");
    //: filing status: approved at the township, not yet submitted
    if (code == QLatin1String("reviewed")) return tr("Reviewed");
    //: filing status: submitted to the county
    if (code == QLatin1String("submitted")) return tr("Submitted to the county");
    //: filing status: certified by the county
    if (code == QLatin1String("certified")) return tr("Certified");
    //: filing status: rejected by the county
    if (code == QLatin1String("rejected")) return tr("Rejected");
    //: filing status: the certification's validity ended
    if (code == QLatin1String("expired")) return tr("Expired");
    //: filing status: the certification was revoked
    if (code == QLatin1String("revoked")) return tr("Revoked");
    return code;
}

QString FilingListModel::evidenceLabel(const QString &code)
{
    //: filing evidence kind
    if (code == QLatin1String("inpatient_record")) return tr("Inpatient record");
    //: filing evidence kind
    if (code == QLatin1String("outpatient_record_with_test")) return tr("Outpatient record with test report");
    return code;
}

QList<QPair<QString, QString>> FilingListModel::villages(const QSqlDatabase &db, const QString &townshipId)
{
    QList<QPair<QString, QString>> list;
    QSqlQuery q(db);
    if (townshipId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, name FROM village WHERE deleted = 0 ORDER BY code"));
    } else {
        q.prepare(QStringLiteral("SELECT id, name FROM village WHERE township_id = ? AND deleted = 0 ORDER BY code"));
        q.addBindValue(townshipId);
    }
    if (q.exec())
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

QList<QPair<QString, QString>> FilingListModel::townships(const QSqlDatabase &db)
{
    QList<QPair<QString, QString>> list;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id, name FROM township WHERE deleted = 0 ORDER BY code")))
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}
