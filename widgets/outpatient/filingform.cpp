#include "filingform.h"

#include "common/focuschain.h"
#include "domain/idnumber.h"
#include "itemmodels/claiminstitutionmodel.h"
#include "itemmodels/claimlistmodel.h"
#include "itemmodels/displayformat.h"
#include "itemmodels/filingdiseasemodel.h"
#include "itemmodels/filinglistmodel.h"
#include "itemmodels/personsearchmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

FilingForm::FilingForm(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_user(user),
      m_writer(db, user),
      m_personSearch(new PersonSearchModel(db, this)),
      m_diseases(new FilingDiseaseModel(db, this)),
      m_institutions(new ClaimInstitutionModel(db, this))
{
    setObjectName(QStringLiteral("filingForm"));
    m_personSearch->setViewer(user);
    m_personSearch->setPageSize(20);

    auto *outer = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("correctionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; padding: 6px; }"));
    m_banner->hide();
    outer->addWidget(m_banner);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    auto addRow = [&](const QString &label, QWidget *field, const QString &messageField) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        grid->addWidget(l, row, 0, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(field, row, 1);
        grid->addWidget(addMessage(messageField), row, 2);
        ++row;
    };

    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("personEdit"));
    m_person->setPlaceholderText(tr("Id number, name or pinyin initials, then Enter"));
    //: filing form field
    addRow(tr("&Person:"), m_person, QStringLiteral("person_id"));
    m_personChoices = new QTableView(this);
    m_personChoices->setObjectName(QStringLiteral("personChoices"));
    m_personChoices->setModel(m_personSearch);
    m_personChoices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_personChoices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_personChoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_personChoices->verticalHeader()->hide();
    m_personChoices->setMaximumHeight(160);
    m_personChoices->hide();
    grid->addWidget(m_personChoices, row++, 1, 1, 2);
    m_personInfo = new QLabel(this);
    m_personInfo->setObjectName(QStringLiteral("personInfo"));
    m_personInfo->setWordWrap(true);
    grid->addWidget(m_personInfo, row++, 1, 1, 2);

    m_disease = new QLineEdit(this);
    m_disease->setObjectName(QStringLiteral("diseaseEdit"));
    m_disease->setPlaceholderText(tr("Code, name or pinyin initials, then Enter"));
    //: filing form field: catalogue disease
    addRow(tr("&Disease:"), m_disease, QStringLiteral("disease_code"));
    m_diseaseChoices = new QListWidget(this);
    m_diseaseChoices->setObjectName(QStringLiteral("diseaseChoices"));
    m_diseaseChoices->setMaximumHeight(160);
    m_diseaseChoices->hide();
    grid->addWidget(m_diseaseChoices, row++, 1, 1, 2);

    m_institution = new QLineEdit(this);
    m_institution->setObjectName(QStringLiteral("institutionEdit"));
    m_institution->setPlaceholderText(tr("Code, name or pinyin initials, then Enter"));
    //: filing form field: the institution that diagnosed the disease
    addRow(tr("Diagnosed &at:"), m_institution, QStringLiteral("institution_id"));
    m_institutionChoices = new QListWidget(this);
    m_institutionChoices->setObjectName(QStringLiteral("institutionChoices"));
    m_institutionChoices->setMaximumHeight(140);
    m_institutionChoices->hide();
    grid->addWidget(m_institutionChoices, row++, 1, 1, 2);

    m_diagnosis = new QDateEdit(QDate::currentDate(), this);
    m_diagnosis->setObjectName(QStringLiteral("diagnosisDateEdit"));
    m_diagnosis->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_diagnosis->setCalendarPopup(true);
    //: filing form field
    addRow(tr("Diagnosed &on:"), m_diagnosis, QStringLiteral("diagnosis_date"));

    m_evidence = new QComboBox(this);
    m_evidence->setObjectName(QStringLiteral("evidenceBox"));
    for (const QString &code : {QStringLiteral("inpatient_record"), QStringLiteral("outpatient_record_with_test")})
        m_evidence->addItem(FilingListModel::evidenceLabel(code), code);
    //: filing form field: kind of diagnosis evidence
    addRow(tr("&Evidence:"), m_evidence, QStringLiteral("evidence_kind"));

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaxLength(500);
    //: filing form field: free note (test values, hospital record number)
    addRow(tr("&Note:"), m_note, QStringLiteral("note"));
    auto *scans = new QHBoxLayout;
    m_scanList = new QListWidget(this);
    m_scanList->setObjectName(QStringLiteral("scanList"));
    m_scanList->setMaximumHeight(fontMetrics().height() * 4);
    //: filing form button: pick scans of the evidence to attach
    m_attach = new QPushButton(tr("Attach s&cans..."), this);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setAutoDefault(false);
    scans->addWidget(m_scanList, 1);
    scans->addWidget(m_attach, 0, Qt::AlignTop);
    //: filing form field: scans of the evidence
    auto *scanLabel = new QLabel(tr("Scans:"), this);
    grid->addWidget(scanLabel, row, 0, Qt::AlignRight | Qt::AlignTop);
    grid->addLayout(scans, row, 1);
    grid->addWidget(addMessage(QStringLiteral("attachment")), row, 2);
    ++row;
    outer->addLayout(grid);

    m_formMessage = addMessage(QStringLiteral("permission"));
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    m_messages.insert(QStringLiteral("status"), m_formMessage);
    m_messages.insert(QStringLiteral("filing_id"), m_formMessage);
    outer->addWidget(m_formMessage);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save filing (Ctrl+S)"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_new = new QPushButton(tr("Ne&w filing"), this);
    m_new->setObjectName(QStringLiteral("newButton"));
    m_new->setAutoDefault(false);
    buttons->addWidget(m_save);
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    outer->addStretch(1);

    m_chain = {m_person, m_disease, m_institution, m_diagnosis, m_evidence, m_note, m_save};
    for (QWidget *w : std::as_const(m_chain))
        w->installEventFilter(this);
    for (QWidget *w : {static_cast<QWidget *>(m_personChoices), static_cast<QWidget *>(m_diseaseChoices),
                       static_cast<QWidget *>(m_institutionChoices)})
        w->installEventFilter(this);
    for (int i = 0; i + 1 < m_chain.size(); ++i)
        setTabOrder(m_chain.at(i), m_chain.at(i + 1));

    connect(m_person, &QLineEdit::textEdited, this, [this] {
        m_personId.clear();
        m_personInfo->clear();
    });
    connect(m_disease, &QLineEdit::textEdited, this, [this] { m_diseaseCode.clear(); });
    connect(m_institution, &QLineEdit::textEdited, this, [this] { m_institutionId.clear(); });
    connect(m_diagnosis, &QDateEdit::dateChanged, this, [this] {
        m_touched.insert(QStringLiteral("diagnosis_date"));
        validateLive();
    });
    connect(m_evidence, &QComboBox::currentIndexChanged, this, [this] { validateLive(); });
    connect(m_personChoices, &QTableView::activated, this,
            [this](const QModelIndex &i) { choosePerson(m_personSearch->personId(i.row())); });
    connect(m_diseaseChoices, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { chooseDisease(item->data(Qt::UserRole).toString()); });
    connect(m_institutionChoices, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { chooseInstitution(item->data(Qt::UserRole).toString()); });
    connect(m_save, &QPushButton::clicked, this, &FilingForm::save);
    connect(m_new, &QPushButton::clicked, this, &FilingForm::clearForm);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach scans of the evidence"), QString(),
                                                                tr("Scans (*.jpg *.jpeg *.png *.pdf)"));
        for (const QString &path : paths)
            addScan(path);
    });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &FilingForm::save);

    if (!RoleInfo::can(user.role, Permission::FileFilings)) {
        setFieldMessage(QStringLiteral("permission"), tr("Your role cannot file special-outpatient certifications."));
        for (QWidget *w : std::as_const(m_chain))
            w->setEnabled(false);
    }
    clearForm();
}

QLabel *FilingForm::addMessage(const QString &field)
{
    auto *l = new QLabel(this);
    l->setObjectName(field + QStringLiteral("Message"));
    l->setWordWrap(true);
    l->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_messages.insert(field, l);
    return l;
}

void FilingForm::setFieldMessage(const QString &field, const QString &text, bool error)
{
    QLabel *l = m_messages.value(field, m_formMessage);
    l->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #555;"));
    l->setText(text);
}

QString FilingForm::fieldMessage(const QString &field) const
{
    QLabel *l = m_messages.value(field);
    return l ? l->text() : QString();
}

FilingService::NewFiling FilingForm::filing() const
{
    return {m_personId, m_diseaseCode, m_institutionId, m_diagnosis->date(),
            m_evidence->currentData().toString(), m_note->text()};
}

void FilingForm::showValidation(const Validation &v, bool all)
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        if (it.key() != QLatin1String("person_id") || !m_personId.isEmpty() || all)
            it.value()->clear();
    if (!m_personId.isEmpty() && fieldMessage(QStringLiteral("person_id")).isEmpty())
        m_personInfo->show();
    QHash<QString, QStringList> byField;
    for (const FieldError &e : v.errors())
        if (all || m_touched.contains(e.field) || !m_messages.contains(e.field))
            byField[m_messages.contains(e.field) ? e.field : QStringLiteral("permission")] << e.message;
    for (auto it = byField.cbegin(); it != byField.cend(); ++it)
        setFieldMessage(it.key(), it.value().join(QLatin1Char('\n')));
}

void FilingForm::validateLive()
{
    if (m_touched.isEmpty() || !RoleInfo::can(m_user.role, Permission::FileFilings))
        return;
    showValidation(FilingService(m_writer).validate(filing(), m_correctingId), false);
}

bool FilingForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & ~Qt::KeypadModifier);
    if (watched == m_personChoices || watched == m_diseaseChoices || watched == m_institutionChoices) {
        QWidget *owner = watched == m_personChoices ? static_cast<QWidget *>(m_person)
                         : watched == m_diseaseChoices ? static_cast<QWidget *>(m_disease)
                                                       : static_cast<QWidget *>(m_institution);
        if (key->key() == Qt::Key_Escape) {
            static_cast<QWidget *>(watched)->hide();
            owner->setFocus();
            return true;
        }
        if (enter) {
            if (watched == m_personChoices && m_personChoices->currentIndex().isValid())
                choosePerson(m_personSearch->personId(m_personChoices->currentIndex().row()));
            else if (watched == m_diseaseChoices && m_diseaseChoices->currentItem())
                chooseDisease(m_diseaseChoices->currentItem()->data(Qt::UserRole).toString());
            else if (watched == m_institutionChoices && m_institutionChoices->currentItem())
                chooseInstitution(m_institutionChoices->currentItem()->data(Qt::UserRole).toString());
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
        if (!m_personId.isEmpty())
            focusNext(m_person);
        else
            lookUpPerson();
        return true;
    }
    if (watched == m_disease) {
        if (!m_diseaseCode.isEmpty())
            focusNext(m_disease);
        else
            lookUpDisease();
        return true;
    }
    if (watched == m_institution) {
        // The institution may stay empty.
        if (!m_institutionId.isEmpty() || m_institution->text().trimmed().isEmpty())
            focusNext(m_institution);
        else
            lookUpInstitution();
        return true;
    }
    if (auto *w = qobject_cast<QWidget *>(watched); w && m_chain.contains(w)) {
        if (w == m_note) {
            m_touched.insert(QStringLiteral("note"));
            validateLive();
        }
        focusNext(w);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilingForm::focusNext(QWidget *from)
{
    FocusChain::focusNext(m_chain, from);
}

void FilingForm::lookUpPerson()
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

bool FilingForm::choosePerson(const QString &personId)
{
    m_personChoices->hide();
    const auto person = m_writer.load(QStringLiteral("person"), personId);
    if (!person || person->value(QStringLiteral("deleted")).toInt())
        return false;
    const auto household = m_writer.load(QStringLiteral("household"), person->value(QStringLiteral("household_id")).toString());
    const QString townshipId = household ? household->value(QStringLiteral("township_id")).toString() : QString();
    m_personId = personId;
    const QString name = person->value(QStringLiteral("name")).toString();
    const QString idNumber = person->value(QStringLiteral("id_number")).toString();
    m_person->setText(QStringLiteral("%1  %2").arg(name, PersonSearchModel::maySeeIdNumber(m_user, townshipId)
                                                           ? idNumber
                                                           : IdNumber::masked(idNumber)));
    const bool poverty = person->value(QStringLiteral("poverty")).toInt() == 1;
    QStringList facts;
    facts << PersonSearchModel::sexLabel(person->value(QStringLiteral("sex")).toString())
          << DisplayFormat::date(QDate::fromString(person->value(QStringLiteral("birth_date")).toString(), Qt::ISODate));
    for (const QString &category : {QStringLiteral("poverty"), QStringLiteral("dibao"), QStringLiteral("tekun")})
        if (person->value(category).toInt() == 1)
            facts << ClaimListModel::categoryLabel(category);
    m_personInfo->setText(facts.join(QStringLiteral(" · ")));
    m_diseases->setPovertyPerson(poverty);
    m_touched.insert(QStringLiteral("person_id"));
    setFieldMessage(QStringLiteral("person_id"), QString());
    validateLive();
    if (m_person->hasFocus() || m_personChoices->hasFocus() || !focusWidget())
        focusNext(m_person);
    return true;
}

void FilingForm::lookUpDisease()
{
    const QString text = m_disease->text().trimmed();
    const QList<int> rows = m_diseases->match(text);
    setFieldMessage(QStringLiteral("disease_code"), QString());
    if (rows.isEmpty()) {
        m_diseaseChoices->hide();
        const bool povertyOnly = !m_diseases->povertyPerson() && !m_diseases->nameOf(text.toUpper()).isEmpty();
        setFieldMessage(QStringLiteral("disease_code"),
                        povertyOnly ? tr("Disease: %1 is open to registered poverty persons only.").arg(text.toUpper())
                        : text.isEmpty() ? tr("Disease: type a code, a name or pinyin initials.")
                                         : tr("Disease: nothing in the catalogue matches \"%1\".").arg(text));
        return;
    }
    if (rows.size() == 1) {
        chooseDisease(m_diseases->at(rows.first()).code);
        return;
    }
    m_diseaseChoices->clear();
    for (int r : rows) {
        auto *item = new QListWidgetItem(m_diseases->index(r).data().toString(), m_diseaseChoices);
        item->setData(Qt::UserRole, m_diseases->at(r).code);
    }
    m_diseaseChoices->show();
    m_diseaseChoices->setCurrentRow(0);
    m_diseaseChoices->setFocus();
}

bool FilingForm::chooseDisease(const QString &code)
{
    m_diseaseChoices->hide();
    const int row = m_diseases->rowOfCode(code);
    if (row < 0)
        return false;
    m_diseaseCode = code;
    m_disease->setText(QStringLiteral("%1 %2").arg(code, m_diseases->at(row).name));
    m_touched.insert(QStringLiteral("disease_code"));
    validateLive();
    m_disease->setFocus();
    focusNext(m_disease);
    return true;
}

void FilingForm::lookUpInstitution()
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
        chooseInstitution(m_institutions->at(rows.first()).id);
        return;
    }
    m_institutionChoices->clear();
    for (int r : rows) {
        auto *item = new QListWidgetItem(m_institutions->index(r).data().toString(), m_institutionChoices);
        item->setData(Qt::UserRole, m_institutions->at(r).id);
    }
    m_institutionChoices->show();
    m_institutionChoices->setCurrentRow(0);
    m_institutionChoices->setFocus();
}

bool FilingForm::chooseInstitution(const QString &institutionId)
{
    m_institutionChoices->hide();
    const int row = m_institutions->rowOfId(institutionId);
    if (row < 0)
        return false;
    const auto &i = m_institutions->at(row);
    m_institutionId = i.id;
    m_institution->setText(QStringLiteral("%1 %2").arg(i.code, i.name));
    setFieldMessage(QStringLiteral("institution_id"), ClaimListModel::levelLabel(i.level), false);
    m_institution->setFocus();
    focusNext(m_institution);
    return true;
}

bool FilingForm::addScan(const QString &path)
{
    const QFileInfo info(path);
    const QString mime = QMimeDatabase().mimeTypeForFile(info).name();
    if (!FilingService::attachmentMimeTypes().contains(mime)) {
        setFieldMessage(QStringLiteral("attachment"), tr("Scan: %1 is not an image (JPEG, PNG) or a PDF.").arg(info.fileName()));
        return false;
    }
    if (!info.isReadable() || info.size() == 0 || info.size() > FilingService::maxAttachmentBytes()) {
        setFieldMessage(QStringLiteral("attachment"), tr("Scan: %1 cannot be read, is empty or is larger than %2 MB.")
                                                          .arg(info.fileName())
                                                          .arg(FilingService::maxAttachmentBytes() / (1024 * 1024)));
        return false;
    }
    if (m_scans.contains(info.absoluteFilePath()))
        return true;
    m_scans << info.absoluteFilePath();
    m_scanList->addItem(QStringLiteral("%1 (%2)").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    setFieldMessage(QStringLiteral("attachment"), QString());
    return true;
}

bool FilingForm::loadFiling(const QString &filingId)
{
    const auto f = m_writer.load(QStringLiteral("filing"), filingId);
    if (!f || f->value(QStringLiteral("status")).toString() != QLatin1String("returned"))
        return false;
    clearForm();
    m_correctingId = filingId;
    m_banner->setText(tr("Correcting a returned filing. Reason given: %1").arg(f->value(QStringLiteral("reason")).toString()));
    m_banner->show();
    choosePerson(f->value(QStringLiteral("person_id")).toString());
    m_person->setEnabled(false);   // a filing cannot move to another person
    chooseDisease(f->value(QStringLiteral("disease_code")).toString());
    const QString institution = f->value(QStringLiteral("institution_id")).toString();
    if (!institution.isEmpty())
        chooseInstitution(institution);
    m_diagnosis->setDate(QDate::fromString(f->value(QStringLiteral("diagnosis_date")).toString(), Qt::ISODate));
    m_evidence->setCurrentIndex(m_evidence->findData(f->value(QStringLiteral("evidence_kind")).toString()));
    m_note->setText(f->value(QStringLiteral("note")).toString());
    m_save->setText(tr("&Save correction (Ctrl+S)"));
    m_disease->setFocus();
    m_disease->selectAll();
    return true;
}

bool FilingForm::save()
{
    const FilingService::NewFiling f = filing();
    FilingService service(m_writer);
    Validation v = service.validate(f, m_correctingId);
    QString savedId;
    if (!v.ok()) {
        // Nothing to write: validate() also checks what file() leaves to the counter.
    } else if (m_correctingId.isEmpty()) {
        const auto filed = service.file(f);
        if (filed)
            savedId = filed->value(QStringLiteral("id")).toString();
        else
            v = filed.errors();
    } else {
        v = service.correct(m_correctingId, f);
        if (v.ok())
            savedId = m_correctingId;
    }
    if (!v.ok()) {
        showValidation(v, true);
        for (const FieldError &e : v.errors()) {
            if (e.field == QLatin1String("person_id")) { m_person->setFocus(); break; }
            if (e.field == QLatin1String("disease_code")) { m_disease->setFocus(); break; }
            if (e.field == QLatin1String("diagnosis_date")) { m_diagnosis->setFocus(); break; }
        }
        return false;
    }
    m_savedId = savedId;
    const bool corrected = !m_correctingId.isEmpty();
    // The scans go in after the filing; each was checked when it was added.
    QStringList scanErrors;
    for (const QString &path : std::as_const(m_scans)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            scanErrors << tr("Scan: %1 cannot be read.").arg(QFileInfo(path).fileName());
            continue;
        }
        const auto attached = service.attach(savedId, path, QMimeDatabase().mimeTypeForFile(path).name(), file.readAll());
        if (!attached)
            scanErrors << attached.errorText();
    }
    clearForm();
    setFieldMessage(QStringLiteral("permission"),
                    corrected ? tr("The corrected filing waits for review again.")
                              : tr("Filed. The filing waits for review at the township."),
                    false);
    if (!scanErrors.isEmpty())
        setFieldMessage(QStringLiteral("attachment"), scanErrors.join(QLatin1Char('\n')));
    emit filingSaved(savedId);
    return true;
}

void FilingForm::clearForm()
{
    m_personId.clear();
    m_diseaseCode.clear();
    m_institutionId.clear();
    m_correctingId.clear();
    m_touched.clear();
    m_banner->hide();
    m_person->clear();
    m_person->setEnabled(RoleInfo::can(m_user.role, Permission::FileFilings));
    m_personInfo->clear();
    m_disease->clear();
    m_institution->clear();
    for (QWidget *w : {static_cast<QWidget *>(m_personChoices), static_cast<QWidget *>(m_diseaseChoices),
                       static_cast<QWidget *>(m_institutionChoices)})
        w->hide();
    m_diseases->setPovertyPerson(false);
    {
        const QSignalBlocker block(m_diagnosis);
        m_diagnosis->setDate(QDate::currentDate());
    }
    m_evidence->setCurrentIndex(0);
    m_note->clear();
    m_scans.clear();
    m_scanList->clear();
    m_save->setText(tr("&Save filing (Ctrl+S)"));
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        if (it.key() != QLatin1String("permission") || RoleInfo::can(m_user.role, Permission::FileFilings))
            it.value()->clear();
    m_person->setFocus();
}
