#include "receiptrequestlist.h"

#include "domain/role.h"
#include "itemmodels/receiptrequestmodel.h"
#include "services/changewriter.h"
#include "services/receiptservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ReceiptRequestList::ReceiptRequestList(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent), m_db(db), m_user(user), m_model(new ReceiptRequestModel(db, this))
{
    setObjectName(QStringLiteral("receiptRequestList"));
    auto *hint = new QLabel(tr("Receipts a clerk asked to void or refund. Approving voids or refunds the receipt and frees "
                               "its members' enrollments for the year; the clerk who asked cannot approve."),
                            this);
    hint->setWordWrap(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("requestCount"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("requestTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setPlaceholderText(tr("Reason for rejecting (required to reject)"));
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    //: reviewer's button: approve the void or refund request
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("approveRequest"));
    //: reviewer's button: reject the void or refund request; the receipt stays issued
    m_reject = new QPushButton(tr("Re&ject"), this);
    m_reject->setObjectName(QStringLiteral("rejectRequest"));
    for (QPushButton *b : {m_approve, m_reject})
        b->setAutoDefault(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(reasonLabel);
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("requestMessage"));
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    const bool approver = RoleInfo::can(user.role, Permission::ApproveRefunds);
    for (QWidget *w : {static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_reject),
                       static_cast<QWidget *>(m_reason), static_cast<QWidget *>(reasonLabel)})
        w->setVisible(approver);

    connect(m_approve, &QPushButton::clicked, this, &ReceiptRequestList::approveCurrent);
    connect(m_reject, &QPushButton::clicked, this, &ReceiptRequestList::rejectCurrent);
    // Enter on a request approves it, as in the claim review queue.
    connect(m_view, &QTableView::activated, this, [this, approver] {
        if (approver)
            approveCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReceiptRequestList::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReceiptRequestList::updateButtons);
    reload();
}

void ReceiptRequestList::reload()
{
    const QString current = currentId();
    m_model->load(RoleInfo::isCountyRole(m_user.role) ? QString() : m_user.townshipId);
    //: count of void and refund requests waiting
    m_count->setText(tr("%n request(s) waiting", "", m_model->rowCount()));
    m_view->resizeColumnsToContents();
    if (!selectReceipt(current) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

QString ReceiptRequestList::message() const
{
    return m_message->text();
}

QString ReceiptRequestList::currentId() const
{
    return m_model->receiptId(m_view->currentIndex().row());
}

bool ReceiptRequestList::selectReceipt(const QString &receiptId)
{
    const int row = receiptId.isEmpty() ? -1 : m_model->rowOfReceipt(receiptId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->selectRow(row);
    return true;
}

void ReceiptRequestList::updateButtons()
{
    const bool any = m_view->currentIndex().isValid();
    m_approve->setEnabled(any);
    m_reject->setEnabled(any);
}

void ReceiptRequestList::showResult(bool ok, const QString &text)
{
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_message->setText(text);
}

bool ReceiptRequestList::approveCurrent()
{
    const QString id = currentId();
    if (id.isEmpty()) {
        showResult(false, tr("Pick a request."));
        return false;
    }
    const QString serial = m_model->index(m_view->currentIndex().row(), ReceiptRequestModel::SerialColumn).data().toString();
    const bool isVoid = m_model->index(m_view->currentIndex().row(), 0).data(ReceiptRequestModel::StatusRole).toString()
                        == QLatin1String("void_requested");
    ChangeWriter writer(m_db, m_user);
    const Validation v = ReceiptService(writer).approve(id);
    if (!v.ok()) {
        showResult(false, v.text());
        return false;
    }
    reload();
    emit changed();
    showResult(true, isVoid ? tr("Receipt %1 is voided.").arg(serial) : tr("Receipt %1 is refunded.").arg(serial));
    return true;
}

bool ReceiptRequestList::rejectCurrent()
{
    const QString id = currentId();
    if (id.isEmpty()) {
        showResult(false, tr("Pick a request."));
        return false;
    }
    const QString serial = m_model->index(m_view->currentIndex().row(), ReceiptRequestModel::SerialColumn).data().toString();
    ChangeWriter writer(m_db, m_user);
    const Validation v = ReceiptService(writer).reject(id, m_reason->text());
    if (!v.ok()) {
        showResult(false, v.text());
        if (v.hasField(QStringLiteral("change_reason")))
            m_reason->setFocus();
        return false;
    }
    m_reason->clear();
    reload();
    emit changed();
    showResult(true, tr("The request is rejected; receipt %1 stays issued.").arg(serial));
    return true;
}
