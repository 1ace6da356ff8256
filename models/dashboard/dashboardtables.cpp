#include "dashboardtables.h"

#include "domain/money.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/filinglistmodel.h"

#include <QLocale>

using Kind = DashboardTableModel::Kind;

QString DashboardTables::monthLabel(const QDate &firstDay)
{
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return locale.toString(firstDay, QStringLiteral("yyyy年M月"));
    return locale.toString(firstDay, QStringLiteral("MMM yyyy"));
}

QString DashboardTables::layerLabel(const QString &layer)
{
    if (layer == QLatin1String("basic"))
        return tr("Basic insurance");
    if (layer == QLatin1String("critical"))
        return tr("Critical-illness insurance");
    if (layer == QLatin1String("assistance"))
        return tr("Medical assistance");
    if (layer == QLatin1String("relief"))
        return tr("Health poverty relief");
    if (layer == QLatin1String("out_of_pocket"))
        return tr("Out-of-pocket");
    return layer;
}

void DashboardTables::enrollment(DashboardTableModel *model, const QVector<EnrollmentArea> &areas, bool byTownship)
{
    QVector<DashboardTableModel::Row> rows;
    qint64 persons = 0, enrolled = 0;
    for (const EnrollmentArea &a : areas) {
        rows.append({a.id, a.name, {a.persons, a.enrolled, a.rateBp()}});
        persons += a.persons;
        enrolled += a.enrolled;
    }
    model->setContent(byTownship ? tr("Township") : tr("Village"),
                      {{tr("Residents"), Kind::Count}, {tr("Enrolled and paid"), Kind::Count},
                       {tr("Enrollment rate"), Kind::Bp}},
                      rows);
    model->setSummary(tr("In all: %1 of %2 residents enrolled and paid (%3).")
                          .arg(DisplayFormat::count(enrolled), DisplayFormat::count(persons),
                               DashboardTableModel::percent(dashboardRatioBp(enrolled, persons))));
}

void DashboardTables::contributions(DashboardTableModel *model, const QVector<ContributionPeriod> &periods, bool monthly)
{
    QVector<DashboardTableModel::Row> rows;
    qint64 receipts = 0, fen = 0;
    for (const ContributionPeriod &p : periods) {
        rows.append({p.day, monthly ? monthLabel(p.day) : DisplayFormat::date(p.day), {p.receipts, p.fen}});
        receipts += p.receipts;
        fen += p.fen;
    }
    model->setContent(monthly ? tr("Month") : tr("Day"),
                      {{tr("Receipts"), Kind::Count}, {tr("Collected"), Kind::Fen}}, rows);
    model->setSummary(tr("In all: %1 on %2 receipts (voided and refunded receipts left out).")
                          .arg(Money(fen).toDisplayString(), DisplayFormat::count(receipts)));
}

void DashboardTables::claims(DashboardTableModel *model, int year, const QVector<ClaimMonth> &months)
{
    QVector<DashboardTableModel::Row> rows;
    ClaimMonth all;
    for (const ClaimMonth &m : months) {
        rows.append({m.month, monthLabel(QDate(year, m.month, 1)),
                     {m.claims, m.totalFen, m.basicFen, m.criticalFen, m.assistanceFen, m.reliefFen, m.outOfPocketFen,
                      m.fundFen()}});
        all.claims += m.claims;
        all.totalFen += m.totalFen;
        all.basicFen += m.basicFen;
        all.criticalFen += m.criticalFen;
        all.assistanceFen += m.assistanceFen;
        all.reliefFen += m.reliefFen;
        all.outOfPocketFen += m.outOfPocketFen;
    }
    model->setContent(tr("Month of discharge"),
                      {{tr("Claims settled"), Kind::Count}, {tr("Total cost"), Kind::Fen},
                       {layerLabel(QStringLiteral("basic")), Kind::Fen}, {layerLabel(QStringLiteral("critical")), Kind::Fen},
                       {layerLabel(QStringLiteral("assistance")), Kind::Fen}, {layerLabel(QStringLiteral("relief")), Kind::Fen},
                       {layerLabel(QStringLiteral("out_of_pocket")), Kind::Fen}, {tr("Fund paid"), Kind::Fen}},
                      rows);
    model->setSummary(tr("In all: %1 claims settled, total cost %2, fund paid %3 (%4 of the cost).")
                          .arg(DisplayFormat::count(all.claims), Money(all.totalFen).toDisplayString(),
                               Money(all.fundFen()).toDisplayString(),
                               DashboardTableModel::percent(dashboardRatioBp(all.fundFen(), all.totalFen))));
}

void DashboardTables::filingsByStatus(DashboardTableModel *model, const QVector<FilingCount> &counts)
{
    QVector<DashboardTableModel::Row> rows;
    qint64 all = 0;
    for (const FilingCount &c : counts) {
        rows.append({c.code, FilingListModel::statusLabel(c.code), {c.filings}});
        all += c.filings;
    }
    model->setContent(tr("Status"), {{tr("Filings"), Kind::Count}}, rows);
    model->setSummary(tr("In all: %1 filings on file (of every year).").arg(DisplayFormat::count(all)));
}

void DashboardTables::filingsByDisease(DashboardTableModel *model, const QVector<FilingCount> &counts)
{
    QVector<DashboardTableModel::Row> rows;
    qint64 all = 0;
    for (const FilingCount &c : counts) {
        //: a disease of the catalogue: name (code)
        rows.append({c.code, c.name.isEmpty() ? c.code : tr("%1 (%2)").arg(c.name, c.code), {c.filings}});
        all += c.filings;
    }
    model->setContent(tr("Disease"), {{tr("Filings"), Kind::Count}}, rows);
    model->setSummary(tr("In all: %1 filings of %2 diseases (of every year).")
                          .arg(DisplayFormat::count(all), DisplayFormat::count(counts.size())));
}

void DashboardTables::poverty(DashboardTableModel *model, const PovertyCoverage &c)
{
    const QList<QPair<QString, qint64>> layers = {{QStringLiteral("basic"), c.basicFen},
                                                  {QStringLiteral("critical"), c.criticalFen},
                                                  {QStringLiteral("assistance"), c.assistanceFen},
                                                  {QStringLiteral("relief"), c.reliefFen},
                                                  {QStringLiteral("out_of_pocket"), c.outOfPocketFen}};
    QVector<DashboardTableModel::Row> rows;
    for (const auto &[layer, fen] : layers)
        rows.append({layer, layerLabel(layer), {fen, dashboardRatioBp(fen, c.totalFen)}});
    model->setContent(tr("Paid by"), {{tr("Amount"), Kind::Fen}, {tr("Share of the total cost"), Kind::Bp}}, rows);
    model->setSummary(tr("%1 registered poverty persons, %2 settled claims, total cost %3: combined coverage ratio "
                         "%4, out-of-pocket share %5.")
                          .arg(DisplayFormat::count(c.persons), DisplayFormat::count(c.claims),
                               Money(c.totalFen).toDisplayString(), DashboardTableModel::percent(c.coverageBp()),
                               DashboardTableModel::percent(c.outOfPocketBp())));
}

void DashboardTables::reliefCaps(DashboardTableModel *model, const QVector<ReliefCapCount> &counts)
{
    QVector<DashboardTableModel::Row> rows;
    qint64 claims = 0;
    for (const ReliefCapCount &c : counts) {
        rows.append({c.kind, ClaimListModel::kindLabel(c.kind), {c.persons, c.claims}});
        claims += c.claims;
    }
    model->setContent(tr("Kind of claim"), {{tr("Persons at the cap"), Kind::Count}, {tr("Claims that reached it"), Kind::Count}},
                      rows);
    model->setSummary(tr("Settled claims of the year on which a yearly relief cap was reached: %1.")
                          .arg(DisplayFormat::count(claims)));
}
