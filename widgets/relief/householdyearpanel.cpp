#include "householdyearpanel.h"

#include "domain/money.h"
#include "relief/povertyhouseholdlistmodel.h"
#include "relief/reliefclaimsmodel.h"
#include "relief/reliefmembersmodel.h"
#include "relief/reliefyearloader.h"

#include <QDate>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QTableView *table(QWidget *parent, const QString &name)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->setAlternatingRowColors(true);
    return v;
}

// The newest scheme year with a published policy: the year a counter works on.
int newestPolicyYear(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT MAX(scheme_year) FROM policy WHERE deleted = 0")) && q.next() && !q.value(0).isNull())
        return q.value(0).toInt();
    return QDate::currentDate().year();
}
} // namespace

HouseholdYearPanel::HouseholdYearPanel(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_user(user),
      m_households(new PovertyHouseholdListModel(db, user, this)),
      m_members(new ReliefMembersModel(this)),
      m_claims(new ReliefClaimsModel(this))
{
    setObjectName(QStringLiteral("householdYearPanel"));
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("householdFind"));
    m_find->setPlaceholderText(tr("Household code, head's name or initials"));
    m_find->setClearButtonEnabled(true);
    auto *findLabel = new QLabel(tr("Poverty &household:"), this);
    findLabel->setBuddy(m_find);
    m_householdView = table(this, QStringLiteral("povertyHouseholds"));
    m_householdView->setModel(m_households);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(findLabel);
    leftLayout->addWidget(m_find);
    leftLayout->addWidget(m_householdView, 1);

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reliefYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(newestPolicyYear(db));
    auto *yearLabel = new QLabel(tr("Scheme &year:"), this);
    yearLabel->setBuddy(m_year);
    m_heading = new QLabel(tr("Choose a poverty household on the left."), this);
    m_heading->setObjectName(QStringLiteral("householdHeading"));
    QFont hf = m_heading->font();
    hf.setBold(true);
    hf.setPointSizeF(hf.pointSizeF() * 1.15);
    m_heading->setFont(hf);
    m_heading->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("householdSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_membersView = table(this, QStringLiteral("reliefMembers"));
    m_membersView->setModel(m_members);
    m_claimsView = table(this, QStringLiteral("reliefClaims"));
    m_claimsView->setModel(m_claims);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("reliefExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMinimumHeight(fontMetrics().height() * 3);
    auto *explainBox = new QGroupBox(tr("Relief of the chosen claim"), this);
    auto *explainLayout = new QVBoxLayout(explainBox);
    explainLayout->addWidget(m_explanation);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(new QLabel(tr("Members, the year's totals and the relief caps:"), right));
    rightLayout->addWidget(m_membersView, 2);
    rightLayout->addWidget(new QLabel(tr("Settled claims of the year, every layer:"), right));
    rightLayout->addWidget(m_claimsView, 3);
    rightLayout->addWidget(explainBox);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 1300});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_find, &QLineEdit::textChanged, m_households, &PovertyHouseholdListModel::setFilterText);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_households->rowCount() > 0) {
            m_householdView->setCurrentIndex(m_households->index(0, 0));
            m_householdView->setFocus();
        }
    });
    connect(m_householdView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showHousehold(m_households->householdId(current.row()));
            });
    connect(m_year, &QSpinBox::valueChanged, this, &HouseholdYearPanel::reload);
    connect(m_claimsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showClaim(current.row()); });

    setTabOrder(m_find, m_householdView);
    setTabOrder(m_householdView, m_year);
    setTabOrder(m_year, m_membersView);
    setTabOrder(m_membersView, m_claimsView);
    m_households->reload();
    m_householdView->resizeColumnsToContents();
    // The list stays narrow: the year on the right needs the width.
    m_householdView->hideColumn(PovertyHouseholdListModel::MembersColumn);
}

int HouseholdYearPanel::year() const
{
    return m_year->value();
}

void HouseholdYearPanel::setYear(int year)
{
    m_year->setValue(year);
}

bool HouseholdYearPanel::showHousehold(const QString &householdId)
{
    m_householdId = householdId;
    if (!load())
        return false;
    const int row = m_households->rowOfHousehold(householdId);
    if (row >= 0 && m_householdView->currentIndex().row() != row)
        m_householdView->setCurrentIndex(m_households->index(row, 0));
    return true;
}

void HouseholdYearPanel::reload()
{
    load();
}

bool HouseholdYearPanel::load()
{
    m_explanation->clear();
    if (m_householdId.isEmpty())
        return false;
    ReliefYearLoader loader(m_db);
    const auto year = loader.household(m_householdId, m_year->value());
    if (!year) {
        m_members->setYear({});
        m_claims->setYear({});
        m_heading->setText(year.errorText());
        m_summary->clear();
        return false;
    }
    const HouseholdReliefYear &h = year.value();
    m_members->setYear(h);
    m_claims->setYear(h);
    m_heading->setText(tr("Household %1 · %2 · %3 · %4").arg(h.code, h.headName, h.village, h.address));
    const ReliefAmounts &t = h.totals;
    if (h.claimCount() == 0) {
        m_summary->setText(tr("No settled claims in %1 (policy %2).").arg(h.schemeYear).arg(h.policyId));
    } else {
        m_summary->setText(
            tr("%1: %n settled claim(s), total cost %2, paid by the scheme %3 (basic %4, critical illness %5, "
               "medical assistance %6, poverty relief %7), out of pocket %8. Combined coverage ratio %9. Policy %10.",
               "", h.claimCount())
                .arg(h.schemeYear)
                .arg(Money(t.totalFen).toDisplayString(), Money(t.paidFen()).toDisplayString(),
                     Money(t.basicFen).toDisplayString(), Money(t.criticalFen).toDisplayString(),
                     Money(t.assistanceFen).toDisplayString(), Money(t.reliefFen).toDisplayString(),
                     Money(t.outOfPocketFen).toDisplayString(), ReliefMembersModel::percent(h.coverageBp()), h.policyId));
    }
    m_membersView->resizeColumnsToContents();
    m_claimsView->resizeColumnsToContents();
    // Starts on the first claim that got relief, the one a clerk is asked about.
    int first = m_claims->rowCount() > 0 ? 0 : -1;
    for (int r = 0; r < m_claims->rowCount(); ++r)
        if (m_claims->line(r)->claim.stored.reliefFen != 0) {
            first = r;
            break;
        }
    if (first >= 0) {
        m_claimsView->setCurrentIndex(m_claims->index(first, 0));
        showClaim(first);
    }
    return true;
}

void HouseholdYearPanel::showClaim(int row)
{
    const ReliefClaimLine *line = m_claims->line(row);
    if (!line) {
        m_explanation->clear();
        return;
    }
    m_explanation->setText(tr("%1, slip %2: %3").arg(m_claims->personName(row), line->claim.slipNo, line->explanation));
}
