#include "claiminstitutionmodel.h"

#include "claimlistmodel.h"

#include <QSqlQuery>

ClaimInstitutionModel::ClaimInstitutionModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractListModel(parent), m_db(db)
{
    reload();
}

void ClaimInstitutionModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, code, name, initials, level, location FROM institution WHERE deleted = 0 "
                              "ORDER BY code"))) {
        while (q.next())
            m_rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString().toUpper(), q.value(4).toString(), q.value(5).toString()});
    }
    endResetModel();
}

QList<int> ClaimInstitutionModel::match(const QString &text) const
{
    const QString t = text.trimmed();
    QList<int> rows;
    if (t.isEmpty())
        return rows;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).code.compare(t, Qt::CaseInsensitive) == 0 || m_rows.at(i).name == t)
            return {i};
    for (int i = 0; i < m_rows.size(); ++i) {
        const Institution &r = m_rows.at(i);
        if (r.code.contains(t, Qt::CaseInsensitive) || r.name.contains(t) || r.initials.contains(t, Qt::CaseInsensitive))
            rows.append(i);
    }
    return rows;
}

int ClaimInstitutionModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int ClaimInstitutionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClaimInstitutionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Institution &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2  (%3, %4)").arg(r.code, r.name, ClaimListModel::levelLabel(r.level),
                                                       ClaimListModel::locationLabel(r.location));
    case Qt::EditRole:
    case NameRole: return r.name;
    case IdRole: return r.id;
    case CodeRole: return r.code;
    case LevelRole: return r.level;
    case LocationRole: return r.location;
    case SearchRole: return QStringLiteral("%1 %2 %3").arg(r.code, r.name, r.initials);
    default: return {};
    }
}
