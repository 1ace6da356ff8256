#pragma once

#include "domain/result.h"
#include "domain/sessionuser.h"
#include "engine/claiminput.h"
#include "engine/settlementresult.h"

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class ClaimEntryModel;
class ClaimInstitutionModel;
class PersonSearchModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class SettlementPanel;

// Claim entry (零星报销录入), keyboard first: Enter moves to the next field;
// Enter in the person or institution field looks up what was typed (id
// number, name or pinyin initials; institution code, name or initials) and,
// when more than one matches, opens a list to pick from with the arrows and
// Enter. As the clerk types, the settlement panel shows what the claim
// would pay (the engine on the unsaved claim), and refusals and flags
// appear beside the fields that cause them. Ctrl+S (or Enter on Save)
// saves through ClaimService::enter.
class ClaimEntryForm : public QWidget
{
    Q_OBJECT
public:
    ClaimEntryForm(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    ClaimEntryModel *entryModel() const { return m_model; }
    SettlementPanel *panel() const { return m_panel; }
    // The claim as typed, if every field parses.
    std::optional<ClaimInput> claimInput() const;
    // The last live settlement, if the claim could be settled.
    std::optional<SettlementResult> lastResult() const { return m_result; }
    QString fieldMessage(const QString &field) const;
    QString lastSavedClaimId() const { return m_savedClaimId; }

    bool choosePerson(const QString &personId);
    // Fills the form from an existing claim (to enter a reversed bill again).
    bool loadClaim(const QString &claimId);

public slots:
    bool save();
    void clearForm();

signals:
    void claimSaved(const QString &claimId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lookUpPerson();
    void lookUpInstitution();
    void chooseInstitution(int row);
    void focusNext(QWidget *from);
    void updatePersonInfo();
    void updateDiseases();
    void recompute();
    void setFieldMessage(const QString &field, const QString &text, bool error = true);
    void clearMessages();
    QLabel *messageLabel(const QString &field);
    QWidget *fieldWidget(const QString &field) const;

    QSqlDatabase m_db;
    SessionUser m_user;
    ClaimEntryModel *m_model;
    ClaimInstitutionModel *m_institutions;
    PersonSearchModel *m_personSearch;
    QString m_institutionId;

    QLineEdit *m_person;
    QTableView *m_personChoices;
    QLabel *m_personInfo;
    QLineEdit *m_institution;
    QListWidget *m_institutionChoices;
    QComboBox *m_kind;
    QComboBox *m_disease;
    QDateEdit *m_admission;
    QDateEdit *m_discharge;
    QLineEdit *m_total;
    QLineEdit *m_selfPaid;
    QLineEdit *m_copay;
    QComboBox *m_referral;
    QCheckBox *m_accident;
    QCheckBox *m_thirdParty;
    QPushButton *m_save;
    QLabel *m_status;
    SettlementPanel *m_panel;
    QList<QWidget *> m_chain;
    QHash<QString, QLabel *> m_messages;
    std::optional<SettlementResult> m_result;
    QString m_savedClaimId;
    bool m_loading = false;
};
