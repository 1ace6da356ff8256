#pragma once

#include "domain/result.h"
#include "domain/sessionuser.h"
#include "services/changewriter.h"
#include "services/filingservice.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QWidget>

class ClaimInstitutionModel;
class FilingDiseaseModel;
class PersonSearchModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

// The special-outpatient filing form (门诊慢特病备案), keyboard first: Enter
// moves to the next field; Enter in the person, disease or institution field
// looks up what was typed (id number, name or pinyin initials; disease code,
// name or initials; institution code, name or initials) and, when more than
// one matches, opens a list to pick from with the arrows and Enter. Diseases
// open to poverty persons only are offered only for a poverty person. As the
// clerk fills the fields, FilingService::validate runs and its messages
// appear beside the fields they name. Ctrl+S (or Enter on Save) files it;
// a returned filing loaded with loadFiling() is corrected instead.
class FilingForm : public QWidget
{
    Q_OBJECT
public:
    FilingForm(const QSqlDatabase &db, const SessionUser &user, QWidget *parent = nullptr);

    bool choosePerson(const QString &personId);
    bool chooseDisease(const QString &code);
    bool chooseInstitution(const QString &institutionId);
    // Loads a returned filing to correct it.
    bool loadFiling(const QString &filingId);
    bool isCorrecting() const { return !m_correctingId.isEmpty(); }
    // Adds a scan (image or PDF) to attach when the filing is saved.
    bool addScan(const QString &path);
    QStringList pendingScans() const { return m_scans; }

    FilingService::NewFiling filing() const;
    QString fieldMessage(const QString &field) const;
    QString lastSavedFilingId() const { return m_savedId; }
    FilingDiseaseModel *diseases() const { return m_diseases; }

public slots:
    bool save();
    void clearForm();

signals:
    void filingSaved(const QString &filingId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *addMessage(const QString &field);
    void setFieldMessage(const QString &field, const QString &text, bool error = true);
    void showValidation(const Validation &v, bool all);
    void validateLive();
    void focusNext(QWidget *from);
    void lookUpPerson();
    void lookUpDisease();
    void lookUpInstitution();

    QSqlDatabase m_db;
    SessionUser m_user;
    ChangeWriter m_writer;
    PersonSearchModel *m_personSearch;
    FilingDiseaseModel *m_diseases;
    ClaimInstitutionModel *m_institutions;

    QLabel *m_banner;
    QLineEdit *m_person;
    QTableView *m_personChoices;
    QLabel *m_personInfo;
    QLineEdit *m_disease;
    QListWidget *m_diseaseChoices;
    QLineEdit *m_institution;
    QListWidget *m_institutionChoices;
    QDateEdit *m_diagnosis;
    QComboBox *m_evidence;
    QLineEdit *m_note;
    QListWidget *m_scanList;
    QPushButton *m_attach;
    QStringList m_scans;
    QPushButton *m_save;
    QPushButton *m_new;
    QLabel *m_formMessage;
    QHash<QString, QLabel *> m_messages;
    QList<QWidget *> m_chain;
    QSet<QString> m_touched;

    QString m_personId, m_diseaseCode, m_institutionId, m_correctingId, m_savedId;
};
