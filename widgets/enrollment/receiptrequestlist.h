#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class ReceiptRequestModel;

// The township's void and refund requests waiting for a reviewer (作废/退费
// 审批): the reviewer approves the current request or rejects it with a
// reason, through ReceiptService, which also refuses the request's maker.
// A clerk sees the list (what still waits) without the buttons.
class ReceiptRequestList : public QWidget
{
    Q_OBJECT
public:
    ReceiptRequestList(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    ReceiptRequestModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString message() const;
    bool selectReceipt(const QString &receiptId);

public slots:
    void reload();
    bool approveCurrent();
    bool rejectCurrent();

signals:
    // A receipt changed: the household list, cards and reconciliation refresh.
    void changed();

private:
    void showResult(bool ok, const QString &text);
    void updateButtons();
    QString currentId() const;

    QSqlDatabase m_db;
    SessionUser m_user;
    ReceiptRequestModel *m_model;
    QTableView *m_view;
    QLineEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_count;
    QLabel *m_message;
};
