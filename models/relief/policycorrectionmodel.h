#pragma once

#include "policycorrection.h"

#include <QAbstractTableModel>

// What the newest policy of a year would change, claim by claim: the
// amounts in force beside the recomputed ones, and whether an adjustment
// already waits for approval.
class PolicyCorrectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PersonColumn, SlipColumn, KindColumn, DateColumn, PolicyColumn, PaidBeforeColumn, PaidAfterColumn,
        ReliefBeforeColumn, ReliefAfterColumn, OutOfPocketBeforeColumn, OutOfPocketAfterColumn, ChangeColumn,
        StatusColumn, ColumnCount
    };
    enum Roles { AdjustmentIdRole = Qt::UserRole + 1, ProposedByRole, FenRole };

    explicit PolicyCorrectionModel(QObject *parent = nullptr);

    void setPreview(const PolicyCorrection::Preview &preview);
    const PolicyCorrection::Preview &preview() const { return m_preview; }
    int pendingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PolicyCorrection::Preview m_preview;
};
