#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;
class PolicyDocumentModel;

// Read-only view of the policies published in the replica: every
// parameter, its value, its source, and the policy's year and version.
class PolicyViewer : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyViewer(const QSqlDatabase &db, QWidget *parent = nullptr);

    // Reloads the list of published policies.
    void reload();
    // Shows the policy with this id (if published); returns false otherwise.
    bool showPolicy(const QString &policyId);
    PolicyDocumentModel *model() const { return m_model; }

private:
    void showSelected();

    QSqlDatabase m_db;
    QComboBox *m_picker;
    QLabel *m_summary;
    QTreeView *m_tree;
    PolicyDocumentModel *m_model;
};
