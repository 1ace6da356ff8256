#include "claimlistpage.h"

#include "claimreversaldialog.h"
#include "domain/money.h"
#include "domain/role.h"
#include "itemmodels/claiminstitutionmodel.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/householdlistmodel.h"
#include "itemmodels/claimslipmodel.h"
#include "itemmodels/claimtotalsworker.h"
#include "itemmodels/displayformat.h"
#include "printing/settlementsliprenderer.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ClaimListPage::ClaimListPage(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent), m_db(db), m_user(user), m_model(new ClaimListModel(db, this)),
      m_totalsWorker(new ClaimTotalsWorker(db, this))
{
    setObjectName(QStringLiteral("claimListPage"));
    m_model->setViewer(user);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const char *s : {"entered", "returned", "settled", "reversed"})
        m_status->addItem(ClaimListModel::statusLabel(QLatin1String(s)), QLatin1String(s));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const char *k : {"inpatient", "general_outpatient", "special_outpatient"})
        m_kind->addItem(ClaimListModel::kindLabel(QLatin1String(k)), QLatin1String(k));
    const QString township = RoleInfo::isCountyRole(user.role) ? QString() : user.townshipId;
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villageFilter"));
    m_village->addItem(tr("All villages"), QString());
    for (const auto &[id, name] : HouseholdListModel::villages(db, township))
        m_village->addItem(name, id);
    m_institution = new QComboBox(this);
    m_institution->setObjectName(QStringLiteral("institutionFilter"));
    m_institution->addItem(tr("All institutions"), QString());
    {
        ClaimInstitutionModel institutions(db);
        for (int row = 0; row < institutions.rowCount(); ++row) {
            const ClaimInstitutionModel::Institution &i = institutions.at(row);
            m_institution->addItem(QStringLiteral("%1 %2").arg(i.code, i.name), i.id);
        }
    }
    // The scheme year of the newest claim: bills come in for last year well into this one.
    const QDate latest = ClaimListModel::latestDischarge(db, township);
    const int year = (latest.isValid() ? latest : QDate::currentDate()).year();
    m_from = new QDateEdit(QDate(year, 1, 1), this);
    m_to = new QDateEdit(QDate(year, 12, 31), this);
    for (QDateEdit *d : {m_from, m_to})
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Kind:"), this));
    filters->addWidget(m_kind);
    //: claims list filter: the village of the person's household
    filters->addWidget(new QLabel(tr("Village:"), this));
    filters->addWidget(m_village);
    //: claims list filter: the hospital or clinic
    filters->addWidget(new QLabel(tr("Institution:"), this));
    filters->addWidget(m_institution);
    //: period of discharge dates: from … to …
    filters->addWidget(new QLabel(tr("Discharged from"), this));
    filters->addWidget(m_from);
    //: period of discharge dates: from … to …
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("claimsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("claimTotals"));
    m_totals->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *reprint = new QPushButton(tr("Re&print slip (copy)"), this);
    auto *reverse = new QPushButton(tr("Re&verse settlement…"), this);
    reverse->setEnabled(RoleInfo::can(user.role, Permission::EnterClaims));
    auto *reenter = new QPushButton(tr("Enter the bill a&gain"), this);
    auto *exportButton = new QPushButton(tr("E&xport list…"), this);
    exportButton->setObjectName(QStringLiteral("exportClaims"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reprint);
    buttons->addWidget(reverse);
    buttons->addWidget(reenter);
    buttons->addStretch(1);
    buttons->addWidget(exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_totalsWorker, &ClaimTotalsWorker::totalsReady, this, &ClaimListPage::showTotals);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ClaimListPage::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ClaimListPage::reload);
    connect(m_village, &QComboBox::currentIndexChanged, this, &ClaimListPage::reload);
    connect(m_institution, &QComboBox::currentIndexChanged, this, &ClaimListPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &ClaimListPage::exportAs);
    connect(m_from, &QDateEdit::dateChanged, this, &ClaimListPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &ClaimListPage::reload);
    connect(reprint, &QPushButton::clicked, this, &ClaimListPage::reprint);
    connect(reverse, &QPushButton::clicked, this, &ClaimListPage::reverse);
    connect(reenter, &QPushButton::clicked, this, [this] {
        const QString id = currentClaimId();
        const QString status = m_model->index(m_view->currentIndex().row(), 0).data(ClaimListModel::StatusRole).toString();
        if (id.isEmpty())
            return;
        if (status != QLatin1String("reversed") && status != QLatin1String("returned")) {
            m_message->setText(tr("Only a reversed or returned claim is entered again."));
            return;
        }
        emit reenterRequested(id);
    });
    reload();
}

void ClaimListPage::reload()
{
    ClaimListModel::Filter f;
    f.townshipId = RoleInfo::isCountyRole(m_user.role) ? QString() : m_user.townshipId;
    f.status = m_status->currentData().toString();
    f.kind = m_kind->currentData().toString();
    f.from = m_from->date();
    f.to = m_to->date();
    f.villageId = m_village->currentData().toString();
    f.institutionId = m_institution->currentData().toString();
    m_model->setFilter(f);
    m_view->resizeColumnsToContents();
    // The totals of a whole county take seconds: computed on a worker
    // thread, shown when they come; a newer filter makes them stale.
    //: below the claims list while the totals per layer of the filter are being computed
    m_totals->setText(tr("Totals: computing…"));
    m_totalsWorker->request(f);
}

void ClaimListPage::showTotals(int, const ClaimListModel::Totals &t, bool ok)
{
    if (!ok) {
        //: below the claims list: the totals per layer could not be read
        m_totals->setText(tr("Totals: the database could not be read."));
    } else {
        auto m = [](qint64 fen) { return Money(fen).toDisplayString(); };
        m_totals->setText(tr("%1 claim(s); total cost %2; basic %3, critical illness %4, assistance %5, poverty relief %6; "
                             "out of pocket %7 (reversals included)")
                              .arg(DisplayFormat::count(t.claims), m(t.totalFen), m(t.basicFen), m(t.criticalFen),
                                   m(t.assistanceFen), m(t.reliefFen), m(t.outOfPocketFen)));
    }
    emit totalsShown();
}

QString ClaimListPage::totalsText() const
{
    return m_totals->text();
}

QString ClaimListPage::currentClaimId() const
{
    return m_model->claimId(m_view->currentIndex().row());
}

void ClaimListPage::reprint()
{
    const QString id = currentClaimId();
    const QStringList settlements = ClaimSlipModel::settlementIds(m_db, id);
    if (settlements.isEmpty()) {
        m_message->setText(tr("The claim has no settlement slip yet."));
        return;
    }
    // The newest slip of the claim (a reversal's, once reversed), as a copy:
    // the original was printed when the claim was approved.
    const auto slip = ClaimSlipModel::load(m_db, settlements.last());
    if (!slip) {
        m_message->setText(slip.errorText());
        return;
    }
    SettlementSlipRenderer renderer(slip.value());
    renderer.setCopy(true);
    renderer.preview(this);
}

void ClaimListPage::reverse()
{
    const QString id = currentClaimId();
    if (id.isEmpty())
        return;
    ClaimReversalDialog dialog(m_db, m_user, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_message->setText(tr("The settlement was reversed; the bill can now be entered again."));
        reload();
        emit changed();
        const auto slip = ClaimSlipModel::load(m_db, dialog.reversingSettlementId());
        if (slip)
            SettlementSlipRenderer(slip.value()).preview(this);
    }
}

void ClaimListPage::exportAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the claims list"),
        QDir::home().filePath(tr("claims-%1-%2.xlsx")
                                  .arg(m_from->date().toString(QStringLiteral("yyyyMMdd")),
                                       m_to->date().toString(QStringLiteral("yyyyMMdd")))),
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool ClaimListPage::exportTo(const QString &path)
{
    const auto written = m_model->exportTo(path);
    if (!written) {
        m_message->setText(tr("The list was not exported: %1").arg(written.errorText()));
        return false;
    }
    m_message->setText(tr("%n claim(s) exported to %1.", nullptr, int(written.value())).arg(QDir::toNativeSeparators(path)));
    return true;
}
