#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QList>

// A published policy document as a read-only tree for the policy viewer:
// every parameter with its value in the clerk's units (yuan, percent) and
// the source note the county gave it. "source" keys become the third
// column of the object that carries them, not rows of their own.
class PolicyDocumentModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ParameterColumn, ValueColumn, SourceColumn, ColumnCount };

    explicit PolicyDocumentModel(QObject *parent = nullptr);
    void setDocument(const QJsonObject &document);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "ratio_bp" → "Ratio"; unknown keys are shown as they are.
    static QString labelFor(const QString &key);
    // 8500 under a *_bp key → "85.00%"; 20000 under *_fen → "¥200.00".
    static QString formatValue(const QString &key, const QJsonValue &value);

private:
    struct Node
    {
        QString key;
        QString label;
        QString value;
        QString source;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };
    int addNode(int parent, const QString &key, const QJsonValue &value, const QString &parentKey);
    QList<Node> m_nodes;   // m_nodes[0] is the invisible root
};
