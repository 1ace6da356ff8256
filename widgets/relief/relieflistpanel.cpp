#include "relieflistpanel.h"

#include "domain/money.h"
#include "domain/role.h"
#include "itemmodels/displayformat.h"
#include "relief/relieflistmodel.h"
#include "relieflistrenderer.h"
#include "roster/tablefilewriter.h"
#include "services/reliefpaymentservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

ReliefListPanel::ReliefListPanel(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent), m_db(db), m_user(user), m_model(new ReliefListModel(db, user, this))
{
    setObjectName(QStringLiteral("reliefListPanel"));
    QSqlQuery q(db);
    int year = QDate::currentDate().year();
    if (q.exec(QStringLiteral("SELECT MAX(scheme_year) FROM policy WHERE deleted = 0")) && q.next() && !q.value(0).isNull())
        year = q.value(0).toInt();
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reliefListYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    // Settlement dates: bills of a year are settled into the next.
    m_from = new QDateEdit(QDate(year, 1, 1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
    }
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("reliefListVillage"));
    //: relief list: every village of the township
    m_village->addItem(tr("All villages"), QString());
    q.prepare(QStringLiteral("SELECT id, name FROM village WHERE deleted = 0 AND (? = '' OR township_id = ?) ORDER BY code"));
    const QString township = RoleInfo::isCountyRole(user.role) ? QStringLiteral("") : user.townshipId;
    q.addBindValue(township);
    q.addBindValue(township);
    if (q.exec())
        while (q.next())
            m_village->addItem(q.value(1).toString(), q.value(0).toString());
    m_batch = new QComboBox(this);
    m_batch->setObjectName(QStringLiteral("reliefBatch"));
    m_batch->setMinimumContentsLength(36);

    auto *show = new QPushButton(tr("&Show"), this);
    auto *preview = new QPushButton(tr("Print pre&view…"), this);
    auto *pdf = new QPushButton(tr("Save &PDF…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    m_request = new QPushButton(tr("&Request payment"), this);
    m_request->setObjectName(QStringLiteral("requestPayment"));
    m_approve = new QPushButton(tr("&Approve: paid"), this);
    m_approve->setObjectName(QStringLiteral("approvePayment"));
    m_reject = new QPushButton(tr("Re&ject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectPayment"));

    auto labelled = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(labelled(tr("Scheme y&ear:"), m_year));
    bar->addWidget(m_year);
    bar->addWidget(labelled(tr("Settled &from"), m_from));
    bar->addWidget(m_from);
    //: period: from … to …
    bar->addWidget(labelled(tr("&to"), m_to));
    bar->addWidget(m_to);
    bar->addWidget(labelled(tr("&Village:"), m_village));
    bar->addWidget(m_village);
    bar->addWidget(labelled(tr("&List:"), m_batch));
    bar->addWidget(m_batch);
    bar->addWidget(show);
    bar->addStretch(1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reliefListTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("reliefListTotals"));
    m_totals->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(preview);
    actions->addWidget(pdf);
    actions->addWidget(exportButton);
    actions->addStretch(1);
    actions->addWidget(m_request);
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addLayout(actions);

    connect(show, &QPushButton::clicked, this, &ReliefListPanel::reload);
    connect(m_year, &QSpinBox::valueChanged, this, [this] { reloadBatches(); });
    connect(m_batch, &QComboBox::activated, this, &ReliefListPanel::reload);
    connect(preview, &QPushButton::clicked, this, [this] {
        ReliefListRenderer(*m_model, {townshipName(), m_village->currentText(), batchStatus(),
                                      tr("%1 to %2").arg(DisplayFormat::date(m_from->date()), DisplayFormat::date(m_to->date())),
                                      m_user.displayName})
            .preview(this);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the relief list as PDF"),
                                                          QDir::home().filePath(tr("relief-list.pdf")), tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !writePdf(path, &error))
            QMessageBox::warning(this, tr("Save the relief list as PDF"), error);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the relief list"),
                                                          QDir::home().filePath(tr("relief-list.xlsx")),
                                                          tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error))
            QMessageBox::warning(this, tr("Export the relief list"), error);
    });
    connect(m_request, &QPushButton::clicked, this, [this] {
        const QString error = requestPayment();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Request payment"), error);
    });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Approve the payment"),
                                  tr("Mark batch %1 as paid? Its %2 will be recorded as paid out.")
                                      .arg(m_batch->currentText(), Money(m_model->totals().totalFen()).toDisplayString()))
            != QMessageBox::Yes)
            return;
        const QString error = approveBatch();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Approve the payment"), error);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reject the payment"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        const QString error = rejectBatch(reason);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Reject the payment"), error);
    });

    reloadBatches();
    reload();
}

QString ReliefListPanel::townshipName() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM township WHERE id = ?"));
    q.addBindValue(m_user.townshipId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString ReliefListPanel::batchStatus() const
{
    return m_batch->currentIndex() > 0 ? m_batch->currentText() : QString();
}

void ReliefListPanel::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReliefListPanel::setVillage(const QString &villageId)
{
    const int i = m_village->findData(villageId);
    if (i >= 0)
        m_village->setCurrentIndex(i);
}

void ReliefListPanel::reloadBatches(const QString &select)
{
    const QString current = select.isEmpty() ? m_batch->currentData().toString() : select;
    m_batch->clear();
    //: relief list: what is settled and not yet on a payment batch
    m_batch->addItem(tr("Unpaid relief"), QString());
    const QString township = RoleInfo::isCountyRole(m_user.role) ? QString() : m_user.townshipId;
    for (const QVariantMap &b : ReliefPaymentService::batches(m_db, township, m_year->value())) {
        const QString village = b.value(QStringLiteral("village")).toString();
        m_batch->addItem(tr("%1 · %2 · %3 · %4")
                             .arg(b.value(QStringLiteral("serial")).toString(),
                                  village.isEmpty() ? tr("all villages") : village,
                                  Money(b.value(QStringLiteral("total_fen")).toLongLong()).toDisplayString(),
                                  ReliefPaymentService::statusLabel(b.value(QStringLiteral("status")).toString())),
                         b.value(QStringLiteral("id")));
        m_batch->setItemData(m_batch->count() - 1, b.value(QStringLiteral("status")), Qt::UserRole + 1);
    }
    const int i = m_batch->findData(current);
    m_batch->setCurrentIndex(i >= 0 ? i : 0);
}

void ReliefListPanel::reload()
{
    ReliefList::Query q;
    q.townshipId = RoleInfo::isCountyRole(m_user.role) ? QString() : m_user.townshipId;
    q.villageId = m_village->currentData().toString();
    q.schemeYear = m_year->value();
    q.from = m_from->date();
    q.to = m_to->date();
    q.batchId = m_batch->currentData().toString();
    const QString error = m_model->load(q);
    m_view->resizeColumnsToContents();
    const auto t = m_model->totals();
    if (!error.isEmpty())
        m_totals->setText(error);
    else if (t.persons == 0)
        m_totals->setText(q.batchId.isEmpty() ? tr("No unpaid medical assistance or poverty relief in this period and village.")
                                              : tr("This batch has no lines."));
    else
        m_totals->setText(tr("Total: %n person(s), %1 claim(s); medical assistance %2, poverty relief %3, together %4 (%5).",
                             "", t.persons)
                              .arg(t.claims)
                              .arg(Money(t.assistanceFen).toDisplayString(), Money(t.reliefFen).toDisplayString(),
                                   Money(t.totalFen()).toDisplayString(), Money(t.totalFen()).toChineseCapital()));
    updateButtons();
}

void ReliefListPanel::updateButtons()
{
    const bool unpaid = m_batch->currentIndex() <= 0;
    const bool requested = m_batch->currentData(Qt::UserRole + 1).toString() == QLatin1String("requested");
    m_request->setEnabled(unpaid && m_model->rowCount() > 0 && !m_user.townshipId.isEmpty()
                          && RoleInfo::can(m_user.role, Permission::EnterClaims));
    const bool approver = RoleInfo::can(m_user.role, Permission::ApproveClaims);
    m_approve->setEnabled(requested && approver);
    m_reject->setEnabled(requested && approver);
}

QString ReliefListPanel::requestPayment()
{
    ChangeWriter writer(m_db, m_user);
    ReliefList::Query q = m_model->query();
    q.batchId.clear();
    const auto batch = ReliefPaymentService(writer).request(q);
    if (!batch)
        return batch.errorText();
    reloadBatches(batch->value(QStringLiteral("id")).toString());
    reload();
    return {};
}

QString ReliefListPanel::approveBatch()
{
    ChangeWriter writer(m_db, m_user);
    const Validation v = ReliefPaymentService(writer).approve(m_batch->currentData().toString());
    if (!v.ok())
        return v.text();
    reloadBatches();
    reload();
    return {};
}

QString ReliefListPanel::rejectBatch(const QString &reason)
{
    ChangeWriter writer(m_db, m_user);
    const Validation v = ReliefPaymentService(writer).reject(m_batch->currentData().toString(), reason);
    if (!v.ok())
        return v.text();
    reloadBatches();
    reload();
    return {};
}

bool ReliefListPanel::writePdf(const QString &path, QString *error) const
{
    return ReliefListRenderer(*m_model, {townshipName(), m_village->currentText(), batchStatus(),
                                         tr("%1 to %2").arg(DisplayFormat::date(m_from->date()), DisplayFormat::date(m_to->date())),
                                         m_user.displayName})
        .writePdf(path, error);
}

bool ReliefListPanel::exportTo(const QString &path, QString *error) const
{
    TableFileWriter w(path, TableFileWriter::Strings::Shared);
    QStringList headers;
    for (int c = 0; c < m_model->columnCount(); ++c)
        headers << m_model->headerData(c, Qt::Horizontal).toString();
    Validation v = w.open(headers, {ReliefListModel::AssistanceColumn, ReliefListModel::ReliefColumn, ReliefListModel::TotalColumn},
                          tr("Relief list"));
    for (int r = 0; v.ok() && r < m_model->rowCount(); ++r) {
        QVariantList cells;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const QModelIndex i = m_model->index(r, c);
            const QVariant fen = i.data(ReliefListModel::FenRole);
            cells << (fen.isValid() ? fen : i.data());
        }
        v = w.addRow(cells);
    }
    if (v.ok()) {
        const auto t = m_model->totals();
        QVariantList totals(m_model->columnCount());
        totals[ReliefListModel::NameColumn] = tr("Total");
        totals[ReliefListModel::ClaimsColumn] = t.claims;
        totals[ReliefListModel::AssistanceColumn] = t.assistanceFen;
        totals[ReliefListModel::ReliefColumn] = t.reliefFen;
        totals[ReliefListModel::TotalColumn] = t.totalFen();
        v = w.addRow(totals);
    }
    if (v.ok())
        v = w.close();
    if (!v.ok() && error)
        *error = v.text();
    return v.ok();
}
