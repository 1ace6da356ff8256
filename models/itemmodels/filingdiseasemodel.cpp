#include "filingdiseasemodel.h"

#include <QSqlQuery>

FilingDiseaseModel::FilingDiseaseModel(const QSqlDatabase &db, QObject *parent) : QAbstractListModel(parent), m_db(db)
{
    reload();
}

void FilingDiseaseModel::reload()
{
    m_all.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT code, name, initials, category, poverty_only FROM disease WHERE deleted = 0 "
                             "AND scheme_year = (SELECT MAX(scheme_year) FROM disease WHERE deleted = 0) ORDER BY code"));
    if (q.exec()) {
        while (q.next())
            m_all.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString().toUpper(),
                          q.value(3).toInt(), q.value(4).toInt() == 1});
    }
    applyFilter();
}

void FilingDiseaseModel::setPovertyPerson(bool poverty)
{
    if (poverty == m_poverty)
        return;
    m_poverty = poverty;
    applyFilter();
}

void FilingDiseaseModel::applyFilter()
{
    beginResetModel();
    m_rows.clear();
    for (const Disease &d : std::as_const(m_all))
        if (m_poverty || !d.povertyOnly)
            m_rows.append(d);
    endResetModel();
}

QList<int> FilingDiseaseModel::match(const QString &text) const
{
    const QString t = text.trimmed();
    QList<int> rows;
    if (t.isEmpty())
        return rows;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).code.compare(t, Qt::CaseInsensitive) == 0)
            return {i};
    for (int i = 0; i < m_rows.size(); ++i) {
        const Disease &d = m_rows.at(i);
        if (d.code.contains(t, Qt::CaseInsensitive) || d.name.contains(t) || d.initials.contains(t, Qt::CaseInsensitive))
            rows.append(i);
    }
    return rows;
}

int FilingDiseaseModel::rowOfCode(const QString &code) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).code == code)
            return i;
    return -1;
}

QString FilingDiseaseModel::nameOf(const QString &code) const
{
    for (const Disease &d : m_all)
        if (d.code == code)
            return d.name;
    return {};
}

int FilingDiseaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FilingDiseaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Disease &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return d.povertyOnly ? tr("%1 %2 (poverty persons only)").arg(d.code, d.name) : QStringLiteral("%1 %2").arg(d.code, d.name);
    case CodeRole: return d.code;
    case NameRole: return d.name;
    case InitialsRole: return d.initials;
    case CategoryRole: return d.category;
    case PovertyOnlyRole: return d.povertyOnly;
    default: return {};
    }
}
