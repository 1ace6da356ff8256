#include "personview.h"

#include "itemmodels/householdmembersmodel.h"
#include "itemmodels/specialoutpatientlimitmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PersonView::PersonView(const QSqlDatabase &db, const SessionUser &viewer, QWidget *parent)
    : QDialog(parent),
      m_members(new HouseholdMembersModel(db, viewer, this)),
      m_heading(new QLabel(this)),
      m_householdCode(new QLabel(this)),
      m_village(new QLabel(this)),
      m_township(new QLabel(this)),
      m_address(new QLabel(this)),
      m_phone(new QLabel(this)),
      m_view(new QTableView(this)),
      m_limits(new SpecialOutpatientLimitModel(db, this)),
      m_limitsHeading(new QLabel(this)),
      m_limitsView(new QTableView(this)),
      m_limitsNote(new QLabel(this))
{
    setObjectName(QStringLiteral("PersonView"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : {m_householdCode, m_village, m_township, m_address, m_phone})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Household code:"), m_householdCode);
    form->addRow(tr("Village:"), m_village);
    form->addRow(tr("Township:"), m_township);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phone:"), m_phone);

    m_view->setObjectName(QStringLiteral("householdMembers"));
    m_view->setModel(m_members);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        showPerson(i.data(HouseholdMembersModel::PersonIdRole).toString());
    });

    m_limitsView->setObjectName(QStringLiteral("specialOutpatientLimits"));
    m_limitsView->setModel(m_limits);
    m_limitsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_limitsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_limitsView->setTabKeyNavigation(false);
    m_limitsView->verticalHeader()->hide();
    m_limitsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_limitsView->horizontalHeader()->setStretchLastSection(true);
    m_limitsView->setMaximumHeight(fontMetrics().height() * 8);
    m_limitsHeading->setBuddy(m_limitsView);
    m_limitsNote->setObjectName(QStringLiteral("limitsNote"));
    m_limitsNote->setWordWrap(true);

    auto *membersLabel = new QLabel(tr("Household &members:"), this);
    membersLabel->setBuddy(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *reliefYear = buttons->addButton(tr("Relief &year"), QDialogButtonBox::ActionRole);
    reliefYear->setObjectName(QStringLiteral("reliefYearButton"));
    reliefYear->setToolTip(tr("The household's health poverty relief year: claims, layers and relief caps"));
    reliefYear->setAutoDefault(false);
    connect(reliefYear, &QPushButton::clicked, this, [this] {
        emit reliefYearRequested(m_members->household().id);
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(membersLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_limitsHeading);
    layout->addWidget(m_limitsView);
    layout->addWidget(m_limitsNote);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 30);
}

bool PersonView::showPerson(const QString &personId)
{
    if (!m_members->setPerson(personId))
        return false;
    const auto &h = m_members->household();
    const int row = m_members->rowOfPerson(personId);
    const QModelIndex name = m_members->index(row, HouseholdMembersModel::NameColumn);
    const QString sex = m_members->index(row, HouseholdMembersModel::SexColumn).data().toString();
    const QString birth = m_members->index(row, HouseholdMembersModel::BirthDateColumn).data().toString();
    const QString status = m_members->index(row, HouseholdMembersModel::StatusColumn).data().toString();
    setWindowTitle(tr("%1 - person and household").arg(name.data().toString()));
    //: heading of the person view: name, sex, date of birth, status
    m_heading->setText(tr("%1 · %2 · born %3 · %4").arg(name.data().toString(), sex, birth, status));
    m_householdCode->setText(h.code);
    m_village->setText(h.village);
    m_township->setText(h.township);
    m_address->setText(h.address.isEmpty() ? tr("(not recorded)") : h.address);
    m_phone->setText(h.phone.isEmpty() ? tr("(not recorded)") : h.phone);
    const QDate day = m_day.isValid() ? m_day : QDate::currentDate();
    m_limits->setPerson(personId, day);
    //: heading of the person view's special-outpatient section; %1 is the scheme year
    m_limitsHeading->setText(tr("&Special outpatient, scheme year %1: valid certifications and remaining limits").arg(day.year()));
    m_limitsView->setVisible(m_limits->rowCount() > 0);
    QString note = m_limits->note();
    if (m_limits->rowCount() == 0 && note.isEmpty())
        note = tr("No valid special-outpatient certification.");
    m_limitsNote->setText(note);
    m_limitsNote->setVisible(!note.isEmpty());
    m_view->setCurrentIndex(name);
    m_view->selectRow(row);
    m_view->setFocus();
    return true;
}

bool PersonView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QModelIndex i = m_view->currentIndex();
            if (i.isValid())
                showPerson(i.data(HouseholdMembersModel::PersonIdRole).toString());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
