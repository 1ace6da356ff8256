#include "claimentryform.h"

#include "common/focuschain.h"
#include "domain/idnumber.h"
#include "domain/money.h"
#include "itemmodels/claimentrymodel.h"
#include "itemmodels/claiminstitutionmodel.h"
#include "itemmodels/claimslipmodel.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/personsearchmodel.h"
#include "services/changewriter.h"
#include "services/claimservice.h"
#include "settlementpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

ClaimEntryForm::ClaimEntryForm(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_user(user),
      m_model(new ClaimEntryModel(db, user, this)),
      m_institutions(new ClaimInstitutionModel(db, this)),
      m_personSearch(new PersonSearchModel(db, this))
{
    setObjectName(QStringLiteral("claimEntryForm"));
    m_personSearch->setViewer(user);
    m_personSearch->setPageSize(50);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    int row = 0;
    auto addRow = [&](const QString &label, QWidget *field, const QString &code) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        grid->addWidget(l, row, 0);
        grid->addWidget(field, row, 1);
        auto *message = messageLabel(code);
        grid->addWidget(message, row, 2);
        ++row;
    };

    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("personEdit"));
    m_person->setPlaceholderText(tr("Id number, name or pinyin initials, then Enter"));
    addRow(tr("&Person:"), m_person, QStringLiteral("person_id"));
    m_personChoices = new QTableView(this);
    m_personChoices->setObjectName(QStringLiteral("personChoices"));
    m_personChoices->setModel(m_personSearch);
    m_personChoices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_personChoices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_personChoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_personChoices->verticalHeader()->hide();
    m_personChoices->horizontalHeader()->setStretchLastSection(true);
    m_personChoices->setMaximumHeight(160);
    m_personChoices->hide();
    grid->addWidget(m_personChoices, row++, 1, 1, 2);

    m_institution = new QLineEdit(this);
    m_institution->setObjectName(QStringLiteral("institutionEdit"));
    m_institution->setPlaceholderText(tr("Code, name or pinyin initials, then Enter"));
    addRow(tr("&Institution:"), m_institution, QStringLiteral("institution_id"));
    m_institutionChoices = new QListWidget(this);
    m_institutionChoices->setObjectName(QStringLiteral("institutionChoices"));
    m_institutionChoices->setMaximumHeight(140);
    m_institutionChoices->hide();
    grid->addWidget(m_institutionChoices, row++, 1, 1, 2);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const char *k : {"inpatient", "general_outpatient", "special_outpatient"})
        m_kind->addItem(ClaimListModel::kindLabel(QLatin1String(k)), QLatin1String(k));
    addRow(tr("&Kind:"), m_kind, QStringLiteral("kind"));

    m_disease = new QComboBox(this);
    m_disease->setObjectName(QStringLiteral("diseaseCombo"));
    addRow(tr("&Disease:"), m_disease, QStringLiteral("disease"));

    auto dateEdit = [&](const QString &name) {
        auto *d = new QDateEdit(QDate::currentDate(), this);
        d->setObjectName(name);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(false);
        d->setMaximumDate(QDate::currentDate());
        d->setMinimumDate(QDate(2000, 1, 1));
        return d;
    };
    m_admission = dateEdit(QStringLiteral("admissionEdit"));
    //: for outpatient claims the visit date
    addRow(tr("&Admission (visit):"), m_admission, QStringLiteral("admission"));
    m_discharge = dateEdit(QStringLiteral("dischargeEdit"));
    addRow(tr("Dis&charge:"), m_discharge, QStringLiteral("discharge"));

    auto moneyEdit = [&](const QString &name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        e->setAlignment(Qt::AlignRight);
        e->setPlaceholderText(QStringLiteral("0.00"));
        return e;
    };
    m_total = moneyEdit(QStringLiteral("totalEdit"));
    addRow(tr("&Total cost (yuan):"), m_total, QStringLiteral("total_fen"));
    m_selfPaid = moneyEdit(QStringLiteral("selfPaidEdit"));
    addRow(tr("&Fully self-paid:"), m_selfPaid, QStringLiteral("self_paid_fen"));
    m_copay = moneyEdit(QStringLiteral("copayEdit"));
    addRow(tr("Category-&B co-payment:"), m_copay, QStringLiteral("category_b_copay_fen"));

    m_referral = new QComboBox(this);
    m_referral->setObjectName(QStringLiteral("referralCombo"));
    for (const char *r : {"none", "referred", "downward"})
        m_referral->addItem(ClaimListModel::referralLabel(QLatin1String(r)), QLatin1String(r));
    addRow(tr("&Referral:"), m_referral, QStringLiteral("referral"));

    m_accident = new QCheckBox(tr("Accidental injury"), this);
    m_accident->setObjectName(QStringLiteral("accidentCheck"));
    addRow(tr("Accident:"), m_accident, QStringLiteral("accident"));
    m_thirdParty = new QCheckBox(tr("A third party is liable"), this);
    m_thirdParty->setObjectName(QStringLiteral("thirdPartyCheck"));
    m_thirdParty->setEnabled(false);
    addRow(tr("Liability:"), m_thirdParty, QStringLiteral("third_party_liable"));

    m_save = new QPushButton(tr("&Save for review (Ctrl+S)"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setAutoDefault(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("entryStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    grid->addLayout(buttons, row++, 1, 1, 2);
    grid->addWidget(m_status, row++, 0, 1, 3);
    grid->addWidget(messageLabel(QStringLiteral("general")), row++, 0, 1, 3);
    grid->setRowStretch(row, 1);

    auto *formBox = new QGroupBox(tr("Claim"), this);
    formBox->setLayout(grid);

    m_personInfo = new QLabel(this);
    m_personInfo->setObjectName(QStringLiteral("personInfo"));
    m_personInfo->setWordWrap(true);
    m_personInfo->setTextFormat(Qt::RichText);
    m_personInfo->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Rich, wrapped text does not grow its box by itself: room for the usual eight lines.
    m_personInfo->setMinimumHeight(m_personInfo->fontMetrics().lineSpacing() * 9);
    auto *personBox = new QGroupBox(tr("Insured person"), this);
    auto *personLayout = new QVBoxLayout(personBox);
    personLayout->addWidget(m_personInfo);

    m_panel = new SettlementPanel(this);
    auto *panelBox = new QGroupBox(tr("What the claim pays"), this);
    auto *panelLayout = new QVBoxLayout(panelBox);
    panelLayout->addWidget(m_panel);

    auto *right = new QVBoxLayout;
    right->addWidget(personBox);
    right->addWidget(panelBox, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(formBox, 5);
    layout->addLayout(right, 6);

    m_chain = {m_person, m_institution, m_kind, m_disease, m_admission, m_discharge, m_total,
               m_selfPaid, m_copay, m_referral, m_accident, m_thirdParty, m_save};
    for (QWidget *w : std::as_const(m_chain))
        w->installEventFilter(this);
    m_personChoices->installEventFilter(this);
    m_institutionChoices->installEventFilter(this);
    for (int i = 0; i + 1 < m_chain.size(); ++i)
        setTabOrder(m_chain.at(i), m_chain.at(i + 1));

    connect(m_model, &ClaimEntryModel::contextChanged, this, [this] {
        updatePersonInfo();
        updateDiseases();
        recompute();
    });
    connect(m_person, &QLineEdit::textEdited, this, [this] {
        if (m_model->hasPerson())
            m_model->clearPerson();
    });
    connect(m_institution, &QLineEdit::textEdited, this, [this] {
        m_institutionId.clear();
        setFieldMessage(QStringLiteral("institution_id"), QString());
        recompute();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateDiseases();
        recompute();
    });
    connect(m_disease, &QComboBox::currentIndexChanged, this, &ClaimEntryForm::recompute);
    connect(m_referral, &QComboBox::currentIndexChanged, this, &ClaimEntryForm::recompute);
    connect(m_admission, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_discharge->date() < d && m_kind->currentData().toString() != QLatin1String("inpatient"))
            m_discharge->setDate(d);
        recompute();
    });
    connect(m_discharge, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_model->setClaimDate(d); // may reload the year's context, then recomputes
        recompute();
    });
    for (QLineEdit *e : {m_total, m_selfPaid, m_copay})
        connect(e, &QLineEdit::textChanged, this, &ClaimEntryForm::recompute);
    connect(m_accident, &QCheckBox::toggled, this, [this](bool on) {
        m_thirdParty->setEnabled(on);
        if (!on)
            m_thirdParty->setChecked(false);
        recompute();
    });
    connect(m_thirdParty, &QCheckBox::toggled, this, &ClaimEntryForm::recompute);
    connect(m_save, &QPushButton::clicked, this, &ClaimEntryForm::save);
    connect(clear, &QPushButton::clicked, this, &ClaimEntryForm::clearForm);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ClaimEntryForm::save);
    connect(m_personChoices, &QTableView::activated, this, [this](const QModelIndex &i) {
        choosePerson(m_personSearch->personId(i.row()));
    });
    connect(m_institutionChoices, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        chooseInstitution(item->data(Qt::UserRole).toInt());
    });

    m_model->setClaimDate(m_discharge->date());
    updatePersonInfo();
    updateDiseases();
    recompute();
    setFocusProxy(m_person);
}

QLabel *ClaimEntryForm::messageLabel(const QString &field)
{
    QLabel *&l = m_messages[field];
    if (!l) {
        l = new QLabel(this);
        l->setObjectName(field + QStringLiteral("Message"));
        l->setWordWrap(true);
    }
    return l;
}

QWidget *ClaimEntryForm::fieldWidget(const QString &field) const
{
    static const QHash<QString, int> index = {
        {QStringLiteral("person_id"), 0}, {QStringLiteral("tier"), 0}, {QStringLiteral("institution_id"), 1},
        {QStringLiteral("level"), 1}, {QStringLiteral("location"), 1}, {QStringLiteral("kind"), 2},
        {QStringLiteral("disease"), 3}, {QStringLiteral("admission"), 4}, {QStringLiteral("discharge"), 5},
        {QStringLiteral("total_fen"), 6}, {QStringLiteral("self_paid_fen"), 7},
        {QStringLiteral("category_b_copay_fen"), 8}, {QStringLiteral("referral"), 9}};
    const int i = index.value(field, -1);
    return i >= 0 ? m_chain.at(i) : nullptr;
}

void ClaimEntryForm::setFieldMessage(const QString &field, const QString &text, bool error)
{
    static const QHash<QString, QString> alias = {{QStringLiteral("tier"), QStringLiteral("person_id")},
                                                  {QStringLiteral("disease_code"), QStringLiteral("disease")},
                                                  {QStringLiteral("level"), QStringLiteral("institution_id")},
                                                  {QStringLiteral("location"), QStringLiteral("institution_id")}};
    QString key = alias.value(field, field);
    if (!m_messages.contains(key))
        key = QStringLiteral("general");
    QLabel *l = messageLabel(key);
    l->setStyleSheet(error ? QStringLiteral("color: #a40000;") : QStringLiteral("color: #8a5a00;"));
    const QString old = l->text();
    l->setText(old.isEmpty() || text.isEmpty() || old == text ? text : old + QLatin1Char('\n') + text);
}

QString ClaimEntryForm::fieldMessage(const QString &field) const
{
    QLabel *l = m_messages.value(field);
    return l ? l->text() : QString();
}

void ClaimEntryForm::clearMessages()
{
    for (QLabel *l : std::as_const(m_messages))
        l->clear();
}

bool ClaimEntryForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & ~Qt::KeypadModifier);
    if (watched == m_personChoices || watched == m_institutionChoices) {
        if (key->key() == Qt::Key_Escape) {
            auto *view = static_cast<QWidget *>(watched);
            view->hide();
            (watched == m_personChoices ? static_cast<QWidget *>(m_person) : m_institution)->setFocus();
            return true;
        }
        if (enter) {
            if (watched == m_personChoices && m_personChoices->currentIndex().isValid())
                choosePerson(m_personSearch->personId(m_personChoices->currentIndex().row()));
            else if (watched == m_institutionChoices && m_institutionChoices->currentItem())
                chooseInstitution(m_institutionChoices->currentItem()->data(Qt::UserRole).toInt());
            return true;
        }
        return false;
    }
    if (!enter)
        return QWidget::eventFilter(watched, event);
    if (watched == m_save) {
        save();
        return true;
    }
    if (watched == m_person) {
        if (m_model->hasPerson())
            focusNext(m_person);
        else
            lookUpPerson();
        return true;
    }
    if (watched == m_institution) {
        if (!m_institutionId.isEmpty())
            focusNext(m_institution);
        else
            lookUpInstitution();
        return true;
    }
    if (auto *w = qobject_cast<QWidget *>(watched); w && m_chain.contains(w)) {
        focusNext(w);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ClaimEntryForm::focusNext(QWidget *from)
{
    FocusChain::focusNext(m_chain, from);
}

void ClaimEntryForm::lookUpPerson()
{
    const QString text = m_person->text().trimmed();
    setFieldMessage(QStringLiteral("person_id"), QString());
    m_personSearch->setSearchText(text);
    const int n = m_personSearch->rowCount();
    if (n == 0) {
        m_personChoices->hide();
        setFieldMessage(QStringLiteral("person_id"),
                        text.isEmpty() ? tr("Person: type an id number, a name or pinyin initials.")
                                       : tr("Person: nobody found for \"%1\".").arg(text));
        return;
    }
    if (n == 1) {
        choosePerson(m_personSearch->personId(0));
        return;
    }
    m_personChoices->show();
    m_personChoices->resizeColumnsToContents();
    m_personChoices->setCurrentIndex(m_personSearch->index(0, 0));
    m_personChoices->setFocus();
}

bool ClaimEntryForm::choosePerson(const QString &personId)
{
    m_personChoices->hide();
    if (!m_model->setPerson(personId))
        return false;
    const auto &p = m_model->person();
    m_person->setText(QStringLiteral("%1  %2").arg(p.name, PersonSearchModel::maySeeIdNumber(m_user, p.townshipId)
                                                              ? p.idNumber
                                                              : IdNumber::masked(p.idNumber)));
    if (m_person->hasFocus() || m_personChoices->hasFocus() || !focusWidget())
        focusNext(m_person);
    return true;
}

void ClaimEntryForm::lookUpInstitution()
{
    const QList<int> rows = m_institutions->match(m_institution->text());
    setFieldMessage(QStringLiteral("institution_id"), QString());
    if (rows.isEmpty()) {
        m_institutionChoices->hide();
        setFieldMessage(QStringLiteral("institution_id"),
                        tr("Institution: no designated institution matches \"%1\".").arg(m_institution->text().trimmed()));
        return;
    }
    if (rows.size() == 1) {
        chooseInstitution(rows.first());
        return;
    }
    m_institutionChoices->clear();
    for (int r : rows) {
        auto *item = new QListWidgetItem(m_institutions->index(r).data().toString(), m_institutionChoices);
        item->setData(Qt::UserRole, r);
    }
    m_institutionChoices->show();
    m_institutionChoices->setCurrentRow(0);
    m_institutionChoices->setFocus();
}

void ClaimEntryForm::chooseInstitution(int row)
{
    m_institutionChoices->hide();
    if (row < 0 || row >= m_institutions->rowCount())
        return;
    const auto &i = m_institutions->at(row);
    m_institutionId = i.id;
    m_institution->setText(QStringLiteral("%1 %2").arg(i.code, i.name));
    setFieldMessage(QStringLiteral("institution_id"),
                    QStringLiteral("%1, %2").arg(ClaimListModel::levelLabel(i.level), ClaimListModel::locationLabel(i.location)),
                    false);
    m_institution->setFocus();
    focusNext(m_institution);
    recompute();
}

void ClaimEntryForm::updatePersonInfo()
{
    if (!m_model->hasPerson()) {
        m_personInfo->setText(tr("<i>No person chosen. Type an id number, a name or pinyin initials and press Enter.</i>"));
        return;
    }
    const auto &p = m_model->person();
    QStringList lines;
    const QString id = PersonSearchModel::maySeeIdNumber(m_user, p.townshipId) ? p.idNumber : IdNumber::masked(p.idNumber);
    lines << QStringLiteral("<b>%1</b> %2 &nbsp; %3").arg(p.name.toHtmlEscaped(), PersonSearchModel::sexLabel(p.sex), id);
    lines << tr("Household %1, %2").arg(p.householdCode.toHtmlEscaped(), p.village.toHtmlEscaped());
    QStringList cats;
    for (const QString &c : p.categories)
        cats << ClaimListModel::categoryLabel(c);
    lines << tr("Categories: %1").arg(cats.isEmpty() ? tr("none") : cats.join(QStringLiteral("、")));
    const int year = m_model->claimDate().year();
    const QString status = m_model->enrollmentStatus();
    QString enrolled;
    if (status == QLatin1String("paid"))
        enrolled = tr("enrolled and paid, tier %1").arg(m_model->facts().tier);
    else if (status.isEmpty())
        enrolled = QStringLiteral("<span style='color:#a40000'>%1</span>").arg(tr("not enrolled"));
    else
        enrolled = QStringLiteral("<span style='color:#a40000'>%1</span>").arg(tr("enrolled, not paid (%1)").arg(status));
    lines << tr("Scheme year %1: %2").arg(year).arg(enrolled);
    if (p.deathDate.isValid())
        lines << QStringLiteral("<span style='color:#a40000'>%1</span>").arg(tr("Died %1").arg(DisplayFormat::date(p.deathDate)));
    QStringList diseases;
    for (const auto &c : m_model->certified())
        diseases << c.name.toHtmlEscaped();
    lines << tr("Certified special-outpatient diseases: %1").arg(diseases.isEmpty() ? tr("none") : diseases.join(QStringLiteral("、")));
    if (m_model->hasPolicy()) {
        const YearToDate &y = m_model->yearToDate();
        qint64 basic = 0, relief = 0;
        for (int k = 0; k < ClaimCodes::kindCount; ++k) {
            basic += y.basicFen[std::size_t(k)];
            relief += y.reliefFen[std::size_t(k)];
        }
        lines << tr("This year so far: basic %1, critical illness %2, assistance %3, poverty relief %4; %5 admission(s)")
                     .arg(Money(basic).toDisplayString(), Money(y.criticalFen).toDisplayString(),
                          Money(y.assistanceFen).toDisplayString(), Money(relief).toDisplayString())
                     .arg(y.inpatientAdmissions);
        QStringList left;
        auto cap = [](qint64 fen) { return Money(fen).toDisplayString(); };
        if (m_model->basicCapLeftFen() >= 0)
            left << tr("basic %1").arg(cap(m_model->basicCapLeftFen()));
        if (m_model->criticalCapLeftFen() >= 0)
            left << tr("critical illness %1").arg(cap(m_model->criticalCapLeftFen()));
        if (p.categories.contains(QLatin1String("poverty"))) {
            if (m_model->reliefCapLeftFen(ClaimKind::Inpatient) >= 0)
                left << tr("inpatient relief %1").arg(cap(m_model->reliefCapLeftFen(ClaimKind::Inpatient)));
            if (m_model->reliefCapLeftFen(ClaimKind::SpecialOutpatient) >= 0)
                left << tr("special-outpatient relief %1").arg(cap(m_model->reliefCapLeftFen(ClaimKind::SpecialOutpatient)));
        }
        if (!left.isEmpty())
            lines << tr("Caps left: %1").arg(left.join(tr(", ")));
    }
    m_personInfo->setText(lines.join(QStringLiteral("<br>")));
}

void ClaimEntryForm::updateDiseases()
{
    const QString current = m_disease->currentData().toString();
    const QSignalBlocker block(m_disease);
    m_disease->clear();
    const bool special = m_kind->currentData().toString() == QLatin1String("special_outpatient");
    if (special) {
        // Only the diseases certified for the person on the claim's date.
        for (const auto &c : m_model->certified())
            m_disease->addItem(QStringLiteral("%1 %2").arg(c.code, c.name), c.code);
        const int i = m_disease->findData(current);
        if (i >= 0)
            m_disease->setCurrentIndex(i);
    }
    m_disease->setEnabled(special && m_disease->count() > 0);
}

std::optional<ClaimInput> ClaimEntryForm::claimInput() const
{
    ClaimInput c;
    auto kind = ClaimCodes::kind(m_kind->currentData().toString());
    auto referral = ClaimCodes::referral(m_referral->currentData().toString());
    if (!kind || !referral || m_institutionId.isEmpty())
        return std::nullopt;
    const auto &inst = m_institutions->at(m_institutions->rowOfId(m_institutionId));
    auto level = ClaimCodes::level(inst.level);
    auto location = ClaimCodes::location(inst.location);
    if (!level || !location)
        return std::nullopt;
    c.kind = *kind;
    c.level = *level;
    c.location = *location;
    c.referral = *referral;
    c.admission = m_admission->date();
    c.discharge = m_discharge->date();
    c.disease = c.kind == ClaimKind::SpecialOutpatient ? m_disease->currentData().toString() : QString();
    auto amount = [](const QLineEdit *e) -> std::optional<qint64> {
        if (e->text().trimmed().isEmpty())
            return qint64(0);
        const auto m = Money::parseYuan(e->text().trimmed());
        if (!m || m->fen() < 0)
            return std::nullopt;
        return m->fen();
    };
    const auto total = amount(m_total), selfPaid = amount(m_selfPaid), copay = amount(m_copay);
    if (!total || !selfPaid || !copay)
        return std::nullopt;
    c.totalFen = *total;
    c.selfPaidFen = *selfPaid;
    c.categoryBCopayFen = *copay;
    c.accident = m_accident->isChecked();
    c.thirdPartyLiable = c.accident && m_thirdParty->isChecked();
    return c;
}

void ClaimEntryForm::recompute()
{
    if (m_loading)
        return;
    clearMessages();
    m_result.reset();
    if (!m_institutionId.isEmpty()) {
        const auto &i = m_institutions->at(m_institutions->rowOfId(m_institutionId));
        setFieldMessage(QStringLiteral("institution_id"),
                        QStringLiteral("%1, %2").arg(ClaimListModel::levelLabel(i.level), ClaimListModel::locationLabel(i.location)),
                        false);
    }
    // Per-field input errors first: they name the field.
    struct MoneyField { QLineEdit *edit; const char *code; QString name; };
    const MoneyField money[] = {{m_total, "total_fen", tr("Total cost")},
                                {m_selfPaid, "self_paid_fen", tr("Fully self-paid")},
                                {m_copay, "category_b_copay_fen", tr("Category-B co-payment")}};
    for (const MoneyField &f : money) {
        const QString t = f.edit->text().trimmed();
        if (!t.isEmpty() && !Money::parseYuan(t))
            setFieldMessage(QLatin1String(f.code), tr("%1: \"%2\" is not an amount in yuan (at most two decimals).").arg(f.name, t));
    }
    if (m_admission->date() > m_discharge->date())
        setFieldMessage(QStringLiteral("discharge"), tr("Discharge date: before the admission date."));
    if (m_kind->currentData().toString() == QLatin1String("special_outpatient") && m_disease->count() == 0 && m_model->hasPerson())
        setFieldMessage(QStringLiteral("disease"), tr("Disease: the person has no valid special-outpatient certification."));
    if (!m_model->hasPerson()) {
        m_panel->showErrors(Validation());
        return;
    }
    const auto input = claimInput();
    if (!input) {
        m_panel->clear();
        return;
    }
    const auto result = m_model->settle(*input);
    if (!result) {
        for (const FieldError &e : result.errors().errors())
            setFieldMessage(e.field, e.message);
        m_panel->showErrors(result.errors());
        return;
    }
    m_result = result.value();
    m_panel->showResult(m_model->policy(), *input, *result);
    // Refusals and flags beside the field that causes them.
    static const QHash<QString, QString> refusalField = {
        {QStringLiteral("outside_policy_year"), QStringLiteral("discharge")},
        {QStringLiteral("not_enrolled"), QStringLiteral("person_id")},
        {QStringLiteral("after_death"), QStringLiteral("discharge")},
        {QStringLiteral("third_party_liable"), QStringLiteral("third_party_liable")},
        {QStringLiteral("level_not_covered"), QStringLiteral("institution_id")},
        {QStringLiteral("disease_not_open"), QStringLiteral("disease")},
        {QStringLiteral("not_certified"), QStringLiteral("disease")}};
    if (result->isRefused()) {
        const QString code = SettlementResult::refusalCode(result->refused);
        setFieldMessage(refusalField.value(code, QStringLiteral("general")), ClaimSlipModel::refusalText(code));
    }
    static const QHash<QString, QString> flagField = {
        {QStringLiteral("needs_verification"), QStringLiteral("total_fen")},
        {QStringLiteral("long_stay"), QStringLiteral("discharge")},
        {QStringLiteral("high_cost"), QStringLiteral("total_fen")},
        {QStringLiteral("basic_cap_reached"), QStringLiteral("total_fen")},
        {QStringLiteral("outpatient_cap_reached"), QStringLiteral("kind")},
        {QStringLiteral("disease_limit_reached"), QStringLiteral("disease")},
        {QStringLiteral("relief_cap_reached"), QStringLiteral("total_fen")}};
    for (const QString &code : result->flagCodes())
        setFieldMessage(flagField.value(code, QStringLiteral("general")), ClaimSlipModel::flagText(code), false);
}

bool ClaimEntryForm::save()
{
    m_status->clear();
    const auto input = claimInput();
    if (!m_model->hasPerson() || !input) {
        recompute();
        if (!m_model->hasPerson())
            setFieldMessage(QStringLiteral("person_id"), tr("Person: choose the insured person."));
        if (m_institutionId.isEmpty())
            setFieldMessage(QStringLiteral("institution_id"), tr("Institution: choose the institution."));
        m_status->setText(tr("Not saved: correct the fields marked in red."));
        return false;
    }
    ClaimService::NewClaim c;
    c.personId = m_model->person().id;
    c.institutionId = m_institutionId;
    c.kind = m_kind->currentData().toString();
    c.referral = m_referral->currentData().toString();
    c.admission = input->admission;
    c.discharge = input->discharge;
    c.diseaseCode = input->disease;
    c.totalFen = input->totalFen;
    c.selfPaidFen = input->selfPaidFen;
    c.categoryBCopayFen = input->categoryBCopayFen;
    c.accident = input->accident;
    c.thirdPartyLiable = input->thirdPartyLiable;
    ChangeWriter writer(m_db, m_user);
    const auto saved = ClaimService(writer).enter(c);
    if (!saved) {
        clearMessages();
        for (const FieldError &e : saved.errors().errors())
            setFieldMessage(e.field, e.message);
        m_status->setText(tr("Not saved: %1").arg(saved.errorText()));
        return false;
    }
    m_savedClaimId = saved->value(QStringLiteral("id")).toString();
    const QString who = m_model->person().name;
    emit claimSaved(m_savedClaimId);
    clearForm();
    m_status->setStyleSheet(QStringLiteral("color: #1a6e1a;"));
    m_status->setText(tr("Saved the claim of %1; it waits for a reviewer's approval.").arg(who));
    return true;
}

void ClaimEntryForm::clearForm()
{
    m_loading = true;
    m_person->clear();
    m_model->clearPerson();
    m_institution->clear();
    m_institutionId.clear();
    m_kind->setCurrentIndex(0);
    m_referral->setCurrentIndex(0);
    m_total->clear();
    m_selfPaid->clear();
    m_copay->clear();
    m_accident->setChecked(false);
    m_thirdParty->setChecked(false);
    m_personChoices->hide();
    m_institutionChoices->hide();
    m_status->clear();
    m_loading = false;
    recompute();
    m_person->setFocus();
}

bool ClaimEntryForm::loadClaim(const QString &claimId)
{
    ChangeWriter reader(m_db, m_user);
    const auto claim = reader.load(QStringLiteral("claim"), claimId);
    if (!claim)
        return false;
    clearForm();
    m_loading = true;
    auto v = [&](const char *k) { return claim->value(QLatin1String(k)); };
    m_admission->setDate(QDate::fromString(v("admission").toString(), Qt::ISODate));
    m_discharge->setDate(QDate::fromString(v("discharge").toString(), Qt::ISODate));
    m_model->setClaimDate(m_discharge->date());
    m_kind->setCurrentIndex(m_kind->findData(v("kind")));
    m_referral->setCurrentIndex(m_referral->findData(v("referral")));
    m_total->setText(Money(v("total_fen").toLongLong()).toYuanString());
    m_selfPaid->setText(Money(v("self_paid_fen").toLongLong()).toYuanString());
    m_copay->setText(Money(v("category_b_copay_fen").toLongLong()).toYuanString());
    m_accident->setChecked(v("accident").toInt() == 1);
    m_thirdParty->setChecked(v("third_party_liable").toInt() == 1);
    const int inst = m_institutions->rowOfId(v("institution_id").toString());
    if (inst >= 0) {
        m_institutionId = m_institutions->at(inst).id;
        m_institution->setText(QStringLiteral("%1 %2").arg(m_institutions->at(inst).code, m_institutions->at(inst).name));
    }
    m_loading = false;
    choosePerson(v("person_id").toString());
    updateDiseases();
    m_disease->setCurrentIndex(qMax(0, m_disease->findData(v("disease_code"))));
    recompute();
    m_total->setFocus();
    return true;
}
