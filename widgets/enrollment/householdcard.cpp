#include "householdcard.h"

#include "addmembercommand.h"
#include "edithouseholdcommand.h"
#include "edithouseholddialog.h"
#include "editmembercommand.h"
#include "moveoutcommand.h"
#include "memberdialog.h"
#include "changeheadcommand.h"
#include "itemmodels/householdmembersmodel.h"
#include "movemembercommand.h"
#include "contributiondialog.h"
#include "domain/money.h"
#include "itemmodels/householdcardmodel.h"
#include "itemmodels/householdenrollmentmodel.h"
#include "receiptprinting.h"
#include "recorddeathcommand.h"
#include "services/receiptservice.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

HouseholdCard::HouseholdCard(const QSqlDatabase &db, const SessionUser &user, QWidget *parent)
    : QDialog(parent),
      m_db(db),
      m_user(user),
      m_members(new HouseholdCardModel(db, user, this)),
      m_enrollments(new HouseholdEnrollmentModel(db, this)),
      m_undo(new QUndoStack(this)),
      m_heading(new QLabel(this)),
      m_code(new QLabel(this)),
      m_village(new QLabel(this)),
      m_address(new QLabel(this)),
      m_phone(new QLabel(this)),
      m_error(new QLabel(this)),
      m_memberView(new QTableView(this)),
      m_enrollmentView(new QTableView(this)),
      m_size(ReceiptPrinting::sizeBox(this))
{
    setObjectName(QStringLiteral("HouseholdCard"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    for (QLabel *l : {m_code, m_village, m_address, m_phone})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *form = new QFormLayout;
    form->addRow(tr("Household code:"), m_code);
    form->addRow(tr("Village:"), m_village);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phone:"), m_phone);

    for (QTableView *v : {m_memberView, m_enrollmentView}) {
        v->setSelectionBehavior(QAbstractItemView::SelectRows);
        v->setSelectionMode(QAbstractItemView::SingleSelection);
        v->setEditTriggers(QAbstractItemView::NoEditTriggers);
        v->setTabKeyNavigation(false);
        v->verticalHeader()->hide();
        v->horizontalHeader()->setStretchLastSection(true);
        v->setAlternatingRowColors(true);
    }
    m_memberView->setObjectName(QStringLiteral("householdMembers"));
    m_memberView->setModel(m_members);
    m_enrollmentView->setObjectName(QStringLiteral("householdEnrollments"));
    m_enrollmentView->setModel(m_enrollments);

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    m_addMember = button(tr("&Add member..."), "addMember");
    m_death = button(tr("Record &death..."), "recordDeath");
    //: household card: a spouse (or other) marries into the household
    m_marry = button(tr("Marr&iage in..."), "marryIn");
    //: household card: the current member moves to another household
    m_move = button(tr("Move to &other household..."), "moveMember");
    //: household card: the current member becomes the head
    m_head = button(tr("Make &head..."), "changeHead");
    //: household card: correct the current member's id number, name, relation, categories or phone
    m_editMember = button(tr("Co&rrect member..."), "editMember");
    //: household card: the household's village, address and phone
    m_editHousehold = button(tr("Househo&ld details..."), "editHousehold");
    //: household card: the current member leaves the county's resident insurance (迁出)
    m_moveOut = button(tr("Move out of the count&y..."), "moveOut");
    auto *undo = button(tr("&Undo"), "undo");
    auto *redo = button(tr("Re&do"), "redo");
    m_save = button(tr("&Save"), "save");
    m_contribute = button(tr("&Take contributions..."), "takeContributions");
    m_print = button(tr("&Print receipt..."), "printReceipt");
    m_pdf = button(tr("Receipt as P&DF..."), "receiptPdf");
    m_void = button(tr("Request &void..."), "requestVoid");
    m_refund = button(tr("Request re&fund..."), "requestRefund");
    m_approve = button(tr("Appro&ve"), "approveChange");
    m_rejectChange = button(tr("Re&ject"), "rejectChange");

    connect(m_addMember, &QPushButton::clicked, this, &HouseholdCard::addMember);
    connect(m_death, &QPushButton::clicked, this, &HouseholdCard::recordDeath);
    connect(m_marry, &QPushButton::clicked, this, &HouseholdCard::marryIn);
    connect(m_move, &QPushButton::clicked, this, &HouseholdCard::moveMember);
    connect(m_head, &QPushButton::clicked, this, &HouseholdCard::changeHead);
    connect(m_editMember, &QPushButton::clicked, this, &HouseholdCard::editMember);
    connect(m_editHousehold, &QPushButton::clicked, this, &HouseholdCard::editHousehold);
    connect(m_moveOut, &QPushButton::clicked, this, &HouseholdCard::moveOut);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &HouseholdCard::save);
    connect(m_contribute, &QPushButton::clicked, this, &HouseholdCard::takeContributions);
    connect(m_print, &QPushButton::clicked, this, [this] {
        ReceiptPrinting::print(this, m_db, currentReceiptId(), ReceiptRenderer::Size(m_size->currentData().toInt()));
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        ReceiptPrinting::savePdf(this, m_db, currentReceiptId(), ReceiptRenderer::Size(m_size->currentData().toInt()));
    });
    connect(m_void, &QPushButton::clicked, this, [this] { requestReceiptChange(false); });
    connect(m_refund, &QPushButton::clicked, this, [this] { requestReceiptChange(true); });
    connect(m_approve, &QPushButton::clicked, this, &HouseholdCard::approveReceiptChange);
    connect(m_rejectChange, &QPushButton::clicked, this, &HouseholdCard::rejectReceiptChange);

    // Keyboard: the undo stack's own actions carry the standard shortcuts.
    QAction *undoAction = m_undo->createUndoAction(this, tr("Undo"));
    undoAction->setShortcuts(QKeySequence::Undo);
    QAction *redoAction = m_undo->createRedoAction(this, tr("Redo"));
    redoAction->setShortcuts(QKeySequence::Redo);
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &HouseholdCard::save);
    addActions({undoAction, redoAction, saveAction});

    connect(m_members, &HouseholdCardModel::pendingChanged, this, &HouseholdCard::updateButtons);
    connect(m_members, &HouseholdCardModel::pendingChanged, this, &HouseholdCard::showHeader);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::currentChanged, this, &HouseholdCard::updateButtons);
    connect(m_enrollmentView->selectionModel(), &QItemSelectionModel::currentChanged, this, &HouseholdCard::updateButtons);

    // Two rows so that every button keeps its whole label at 1600 pixels.
    auto *memberButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addMember, m_marry, m_editMember, m_move, m_moveOut, m_head, m_death})
        memberButtons->addWidget(b);
    memberButtons->addStretch(1);
    auto *saveButtons = new QHBoxLayout;
    for (QPushButton *b : {m_editHousehold, undo, redo, m_save})
        saveButtons->addWidget(b);
    saveButtons->addStretch(1);
    saveButtons->addWidget(m_contribute);
    auto *receiptButtons = new QHBoxLayout;
    auto *sizeLabel = new QLabel(tr("Receipt si&ze:"), this);
    sizeLabel->setBuddy(m_size);
    receiptButtons->addWidget(sizeLabel);
    receiptButtons->addWidget(m_size);
    for (QPushButton *b : {m_print, m_pdf})
        receiptButtons->addWidget(b);
    receiptButtons->addStretch(1);
    for (QPushButton *b : {m_void, m_refund, m_approve, m_rejectChange})
        receiptButtons->addWidget(b);

    auto *membersLabel = new QLabel(tr("Household &members:"), this);
    membersLabel->setBuddy(m_memberView);
    auto *enrollmentsLabel = new QLabel(tr("&Enrollments by scheme year:"), this);
    enrollmentsLabel->setBuddy(m_enrollmentView);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &HouseholdCard::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(membersLabel);
    layout->addWidget(m_memberView, 3);
    layout->addLayout(memberButtons);
    layout->addLayout(saveButtons);
    layout->addWidget(enrollmentsLabel);
    layout->addWidget(m_enrollmentView, 3);
    layout->addLayout(receiptButtons);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 40);
}

bool HouseholdCard::load(const QString &householdId)
{
    if (!m_members->load(householdId))
        return false;
    m_undo->clear();
    m_enrollments->load(householdId);
    showHeader();
    m_memberView->resizeColumnsToContents();
    m_enrollmentView->resizeColumnsToContents();
    if (m_members->rowCount() > 0)
        m_memberView->setCurrentIndex(m_members->index(0, 0));
    if (m_enrollments->rowCount() > 0)
        m_enrollmentView->setCurrentIndex(m_enrollments->index(0, 0));
    m_memberView->setFocus();
    updateButtons();
    return true;
}

void HouseholdCard::showHeader()
{
    const auto h = m_members->shownHousehold();
    //: window title of the household card; [*] marks unsaved changes
    setWindowTitle(tr("Household %1[*]").arg(h.code));
    m_heading->setText(h.headName.isEmpty() ? tr("Household %1 (no head yet)").arg(h.code)
                                            : tr("Household %1, head %2").arg(h.code, h.headName));
    m_code->setText(h.code);
    m_village->setText(tr("%1, %2").arg(h.village, h.township));
    m_address->setText(h.address);
    m_phone->setText(h.phone);
    //: household card: the household's village, address or phone changed on the card, not saved yet
    m_code->setText(m_members->pendingHouseholdEdit() ? tr("%1 (details changed, not saved)").arg(h.code) : h.code);
}

QString HouseholdCard::errorText() const
{
    return m_error->text();
}

void HouseholdCard::showError(const QString &text)
{
    m_error->setText(text);
}

QString HouseholdCard::currentReceiptId() const
{
    const QModelIndex i = m_enrollmentView->currentIndex();
    return i.isValid() ? i.data(HouseholdEnrollmentModel::ReceiptIdRole).toString() : QString();
}

void HouseholdCard::updateButtons()
{
    const bool pending = m_members->hasPendingChanges();
    m_save->setEnabled(pending);
    m_contribute->setEnabled(!pending);   // save the members first
    const QModelIndex member = m_memberView->currentIndex();
    const bool savedActive = member.isValid() && member.data(HouseholdCardModel::ActiveRole).toBool()
                             && !member.data(HouseholdCardModel::PersonIdRole).toString().isEmpty();
    m_death->setEnabled(savedActive);
    m_move->setEnabled(savedActive);
    m_moveOut->setEnabled(savedActive);
    m_editMember->setEnabled(member.isValid() && !member.data(HouseholdCardModel::PersonIdRole).toString().isEmpty());
    m_head->setEnabled(savedActive && member.data(HouseholdCardModel::PersonIdRole).toString() != m_members->headPersonId());
    const QString receiptId = currentReceiptId();
    const auto doc = receiptId.isEmpty() ? std::nullopt : ReceiptService::load(m_db, receiptId);
    const QString status = doc ? doc->status : QString();
    m_print->setEnabled(doc.has_value());
    m_pdf->setEnabled(doc.has_value());
    m_void->setEnabled(status == QLatin1String("issued"));
    m_refund->setEnabled(status == QLatin1String("issued"));
    const bool requested = status.endsWith(QLatin1String("_requested"));
    const bool mayApprove = RoleInfo::can(m_user.role, Permission::ApproveRefunds);
    m_approve->setVisible(mayApprove);
    m_rejectChange->setVisible(mayApprove);
    m_approve->setEnabled(requested);
    m_rejectChange->setEnabled(requested);
    setWindowModified(pending);
}

void HouseholdCard::addMember()
{
    MemberDialog dialog(!m_members->household().headPersonId.isEmpty(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undo->push(new AddMemberCommand(m_members, dialog.person()));
    m_memberView->setCurrentIndex(m_members->index(m_members->rowCount() - 1, 0));
}

void HouseholdCard::recordDeath()
{
    const QModelIndex member = m_memberView->currentIndex();
    const QString personId = member.data(HouseholdCardModel::PersonIdRole).toString();
    if (personId.isEmpty() || !member.data(HouseholdCardModel::ActiveRole).toBool())
        return;
    const QString name = m_members->index(member.row(), HouseholdCardModel::NameColumn).data().toString();
    QDialog ask(this);
    ask.setWindowTitle(tr("Record a death"));
    auto *date = new QDateEdit(QDate::currentDate(), &ask);
    date->setObjectName(QStringLiteral("deathDate"));
    date->setCalendarPopup(true);
    date->setMaximumDate(QDate::currentDate());
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *form = new QFormLayout(&ask);
    form->addRow(new QLabel(tr("Death of %1. No claims are paid for care after this date.").arg(name), &ask));
    form->addRow(tr("Date of &death:"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    m_undo->push(new RecordDeathCommand(m_members, personId, name, date->date()));
}

bool HouseholdCard::save()
{
    if (!m_members->hasPendingChanges())
        return true;
    ChangeWriter writer(m_db, m_user);
    const Validation v = m_members->save(writer);
    if (!v.ok()) {
        showError(v.text());
        return false;
    }
    showError(QString());
    m_undo->clear();
    m_enrollments->reload();
    showHeader();
    m_memberView->resizeColumnsToContents();
    updateButtons();
    emit householdChanged();
    return true;
}

ContributionDialog *HouseholdCard::takeContributions()
{
    if (m_members->hasPendingChanges()) {
        showError(tr("Save or undo the changes to the members first."));
        return nullptr;
    }
    auto *dialog = new ContributionDialog(m_db, m_user, m_members->household().id, m_year, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContributionDialog::receiptIssued, this, [this] {
        m_enrollments->reload();
        m_enrollmentView->resizeColumnsToContents();
        if (m_enrollments->rowCount() > 0)
            m_enrollmentView->setCurrentIndex(m_enrollments->index(0, 0));
        updateButtons();
        emit householdChanged();
    });
    dialog->open();
    return dialog;
}

void HouseholdCard::requestReceiptChange(bool refund)
{
    const QString receiptId = currentReceiptId();
    if (receiptId.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, refund ? tr("Request a refund") : tr("Request to void the receipt"),
                                                 tr("Reason (a reviewer approves the request):"), QLineEdit::Normal,
                                                 QString(), &ok);
    if (!ok)
        return;
    ChangeWriter writer(m_db, m_user);
    const Validation v = ReceiptService(writer).request(receiptId, refund ? ReceiptService::Change::Refund
                                                                          : ReceiptService::Change::Void, reason);
    showError(v.text());
    m_enrollments->reload();
    updateButtons();
    if (v.ok())
        emit householdChanged();
}

void HouseholdCard::approveReceiptChange()
{
    const QString receiptId = currentReceiptId();
    const auto doc = ReceiptService::load(m_db, receiptId);
    if (!doc)
        return;
    if (QMessageBox::question(this, tr("Approve"),
                              tr("Approve: %1 receipt %2 (%3)? Reason given: %4")
                                  .arg(ReceiptService::statusLabel(doc->status), doc->serial,
                                       Money(doc->totalFen).toDisplayString(), doc->changeReason))
        != QMessageBox::Yes)
        return;
    ChangeWriter writer(m_db, m_user);
    const Validation v = ReceiptService(writer).approve(receiptId);
    showError(v.text());
    m_enrollments->reload();
    updateButtons();
    if (v.ok())
        emit householdChanged();
}

void HouseholdCard::rejectReceiptChange()
{
    const QString receiptId = currentReceiptId();
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reject"), tr("Why is the request rejected?"), QLineEdit::Normal,
                                                 QString(), &ok);
    if (!ok)
        return;
    ChangeWriter writer(m_db, m_user);
    const Validation v = ReceiptService(writer).reject(receiptId, reason);
    showError(v.text());
    m_enrollments->reload();
    updateButtons();
}

void HouseholdCard::reject()
{
    if (m_members->hasPendingChanges()
        && QMessageBox::question(this, tr("Close the household card"),
                                 tr("%n change(s) to the members are not saved. Close and discard them?", "",
                                    m_members->pendingCount()))
               != QMessageBox::Yes)
        return;
    QDialog::reject();
}

void HouseholdCard::marryIn()
{
    MemberDialog dialog(true, this);
    dialog.setWindowTitle(tr("Marriage into the household"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undo->push(new AddMemberCommand(m_members, dialog.person(), true));
    m_memberView->setCurrentIndex(m_members->index(m_members->rowCount() - 1, 0));
}

void HouseholdCard::moveMember()
{
    const QModelIndex member = m_memberView->currentIndex();
    if (!member.isValid() || member.data(HouseholdCardModel::PersonIdRole).toString().isEmpty())
        return;
    const QString name = m_members->index(member.row(), HouseholdCardModel::NameColumn).data().toString();
    QDialog ask(this);
    ask.setWindowTitle(tr("Move %1 to another household").arg(name));
    auto *code = new QLineEdit(&ask);
    code->setObjectName(QStringLiteral("toHouseholdCode"));
    auto *relation = new QComboBox(&ask);
    relation->setObjectName(QStringLiteral("newRelation"));
    for (const QString &r : HouseholdService::relations())
        relation->addItem(HouseholdMembersModel::relationLabel(r), r);
    relation->setCurrentIndex(relation->findData(QStringLiteral("other")));
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("To &household (code):"), code);
    //: the member's relation to the head of the household they move to
    form->addRow(tr("&Relation to its head:"), relation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    moveMemberTo(code->text(), relation->currentData().toString());
}

bool HouseholdCard::moveMemberTo(const QString &householdCode, const QString &relation)
{
    const QModelIndex member = m_memberView->currentIndex();
    const QString personId = member.data(HouseholdCardModel::PersonIdRole).toString();
    if (personId.isEmpty() || !member.data(HouseholdCardModel::ActiveRole).toBool())
        return false;
    const auto target = HouseholdCardModel::findByCode(m_db, m_members->household().townshipId, householdCode);
    if (!target) {
        showError(tr("Household: no household of this township has the code %1.").arg(householdCode.trimmed()));
        return false;
    }
    if (target->id == m_members->household().id) {
        showError(tr("Household: %1 is this household.").arg(target->code));
        return false;
    }
    showError(QString());
    const QString name = m_members->index(member.row(), HouseholdCardModel::NameColumn).data().toString();
    m_undo->push(new MoveMemberCommand(m_members, personId, name, target->id, target->code, relation));
    return true;
}

void HouseholdCard::changeHead()
{
    const QModelIndex member = m_memberView->currentIndex();
    if (!member.isValid())
        return;
    const QString name = m_members->index(member.row(), HouseholdCardModel::NameColumn).data().toString();
    QStringList labels;
    QStringList codes;
    for (const QString &r : HouseholdService::relations()) {
        if (r == QLatin1String("self"))
            continue;
        labels << HouseholdMembersModel::relationLabel(r);
        codes << r;
    }
    bool ok = false;
    const QString oldHead = m_members->household().headName;
    const QString picked = QInputDialog::getItem(this, tr("Make %1 the head").arg(name),
                                                 oldHead.isEmpty() ? tr("The household has no head now.")
                                                                   : tr("Relation of %1, the head until now, to %2:").arg(oldHead, name),
                                                 labels, 0, false, &ok);
    if (!ok)
        return;
    makeHead(codes.value(int(labels.indexOf(picked)), QStringLiteral("other")));
}

bool HouseholdCard::makeHead(const QString &oldHeadRelation)
{
    const QModelIndex member = m_memberView->currentIndex();
    const QString personId = member.data(HouseholdCardModel::PersonIdRole).toString();
    if (personId.isEmpty() || !member.data(HouseholdCardModel::ActiveRole).toBool() || personId == m_members->headPersonId())
        return false;
    const QString name = m_members->index(member.row(), HouseholdCardModel::NameColumn).data().toString();
    m_undo->push(new ChangeHeadCommand(m_members, personId, name, oldHeadRelation));
    return true;
}

void HouseholdCard::editMember()
{
    const QModelIndex member = m_memberView->currentIndex();
    const QString personId = member.data(HouseholdCardModel::PersonIdRole).toString();
    if (personId.isEmpty())
        return;
    MemberDialog dialog(m_members->memberValues(personId), personId == m_members->headPersonId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    correctMember(dialog.person());
}

bool HouseholdCard::correctMember(const HouseholdService::NewPerson &values)
{
    const QModelIndex member = m_memberView->currentIndex();
    const QString personId = member.data(HouseholdCardModel::PersonIdRole).toString();
    if (personId.isEmpty())
        return false;
    HouseholdService::NewPerson v = values;
    v.householdId = m_members->household().id;
    const HouseholdService::NewPerson current = m_members->memberValues(personId);
    if (v.idNumber == current.idNumber && v.name == current.name && v.relation == current.relation
        && v.poverty == current.poverty && v.dibao == current.dibao && v.tekun == current.tekun
        && v.nearPoor == current.nearPoor && v.phone == current.phone)
        return false;   // nothing to correct
    const int row = member.row();
    m_undo->push(new EditMemberCommand(m_members, personId, v));
    m_memberView->setCurrentIndex(m_members->index(row, 0));
    return true;
}

void HouseholdCard::editHousehold()
{
    const auto shown = m_members->shownHousehold();
    EditHouseholdDialog dialog(m_db, shown.townshipId, {shown.villageId, shown.address, shown.phone}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changeHousehold(dialog.edit());
}

void HouseholdCard::changeHousehold(const HouseholdService::HouseholdEdit &edit)
{
    const auto shown = m_members->shownHousehold();
    if (edit.villageId == shown.villageId && edit.address.trimmed() == shown.address && edit.phone == shown.phone)
        return;
    m_undo->push(new EditHouseholdCommand(m_members, edit));
}

void HouseholdCard::moveOut()
{
    const QModelIndex member = m_memberView->currentIndex();
    if (!member.isValid() || !member.data(HouseholdCardModel::ActiveRole).toBool())
        return;
    const QString name = m_members->index(member.row(), HouseholdCardModel::NameColumn).data().toString();
    if (QMessageBox::question(this, tr("Move out of the county"),
                              tr("%1 leaves the county's resident insurance. No enrollment is taken for them "
                                 "after this; a year already paid keeps its cover. Record the move out?")
                                  .arg(name))
        != QMessageBox::Yes)
        return;
    moveOutCurrent();
}

bool HouseholdCard::moveOutCurrent()
{
    const QModelIndex member = m_memberView->currentIndex();
    const QString personId = member.data(HouseholdCardModel::PersonIdRole).toString();
    if (personId.isEmpty() || !member.data(HouseholdCardModel::ActiveRole).toBool())
        return false;
    const QString name = m_members->index(member.row(), HouseholdCardModel::NameColumn).data().toString();
    m_undo->push(new MoveOutCommand(m_members, personId, name));
    return true;
}
