#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// A person's special-outpatient certifications valid on a day, each with
// the disease's yearly limit for the scheme year (from that year's policy:
// the person's tier, the poverty limit where the policy has one), what the
// basic insurance has paid against it so far (settled special-outpatient
// claims of the disease in the year, reversals netted out) and what is
// left. The same limit and the same sum the engine uses, so the person's
// page and the next settlement agree to the fen.
class SpecialOutpatientLimitModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DiseaseColumn, ValidFromColumn, ValidToColumn, LimitColumn, UsedColumn, RemainingColumn, ColumnCount };
    // FenRole: the money columns as qint64 fen (null where the policy sets no limit).
    enum Roles { FenRole = Qt::UserRole + 1, DiseaseCodeRole, FilingIdRole };

    struct Line
    {
        QString filingId;
        QString diseaseCode;
        QString diseaseName;
        QDate validFrom;
        QDate validTo;   // invalid: open-ended
        bool hasLimit = false;
        qint64 limitFen = 0;
        qint64 usedFen = 0;
        qint64 remainingFen = 0;
    };

    explicit SpecialOutpatientLimitModel(const QSqlDatabase &db, QObject *parent = nullptr);

    // Loads the certifications of the person valid on that day, for the
    // scheme year of that day. False (and no rows) when it cannot be read.
    bool setPerson(const QString &personId, const QDate &onDate);
    const QVector<Line> &lines() const { return m_lines; }
    int schemeYear() const { return m_year; }
    // Why the limits cannot be shown in full (no policy for the year, not
    // enrolled for it), or empty.
    QString note() const { return m_note; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QVector<Line> m_lines;
    int m_year = 0;
    QString m_note;
};
