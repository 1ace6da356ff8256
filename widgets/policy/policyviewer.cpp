#include "policyviewer.h"

#include "engine/policyparser.h"
#include "itemmodels/policydocumentmodel.h"
#include "services/policyservice.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
#include <QTreeView>
#include <QVBoxLayout>

PolicyViewer::PolicyViewer(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_picker(new QComboBox(this)), m_summary(new QLabel(this)),
      m_tree(new QTreeView(this)), m_model(new PolicyDocumentModel(this))
{
    auto *pickerLabel = new QLabel(tr("&Policy:"), this);
    pickerLabel->setBuddy(m_picker);
    m_picker->setMinimumContentsLength(30);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(PolicyDocumentModel::ParameterColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PolicyDocumentModel::ValueColumn, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(PolicyDocumentModel::ValueColumn, 260);

    auto *top = new QHBoxLayout;
    top->addWidget(pickerLabel);
    top->addWidget(m_picker, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    auto *note = new QLabel(tr("Policies are published by the county office and cannot be changed here."), this);
    note->setEnabled(false);
    layout->addWidget(note);

    connect(m_picker, &QComboBox::currentIndexChanged, this, &PolicyViewer::showSelected);
    reload();
}

void PolicyViewer::reload()
{
    const QString current = m_picker->currentData().toString();
    QSignalBlocker block(m_picker);
    m_picker->clear();
    for (const QVariantMap &p : PolicyService::list(m_db))
        m_picker->addItem(tr("%1 (version %2)").arg(p.value(QStringLiteral("name")).toString())
                              .arg(p.value(QStringLiteral("policy_version")).toInt()),
                          p.value(QStringLiteral("id")));
    const int i = m_picker->findData(current);
    m_picker->setCurrentIndex(i >= 0 ? i : 0);
    showSelected();
}

bool PolicyViewer::showPolicy(const QString &policyId)
{
    const int i = m_picker->findData(policyId);
    if (i < 0)
        return false;
    m_picker->setCurrentIndex(i);
    showSelected();
    return true;
}

void PolicyViewer::showSelected()
{
    const QString id = m_picker->currentData().toString();
    if (id.isEmpty()) {
        m_model->setDocument({});
        m_summary->setText(tr("No policy is published in this replica yet."));
        return;
    }
    const auto policy = PolicyService::byId(m_db, id);
    if (!policy) {
        m_model->setDocument({});
        m_summary->setText(policy.errorText());
        return;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT policy_version, published_at FROM policy WHERE id = ?"));
    q.addBindValue(id);
    const bool found = q.exec() && q.next();
    m_summary->setText(tr("Scheme year %1 · version %2 · published %3 · id %4 · SHA-256 %5\nSource: %6")
                           .arg(policy->schemeYear)
                           .arg(found ? q.value(0).toInt() : 1)
                           .arg(found ? q.value(1).toString().left(10) : QString(), policy->id,
                                policy->sha256.left(16) + QStringLiteral("…"),
                                policy->json.value(QStringLiteral("source")).toString()));
    m_model->setDocument(policy->json);
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_tree->expand(m_model->index(r, 0));
}
