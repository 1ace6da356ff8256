#include "claimfixture.h"

#include "itemmodels/displayformat.h"
#include "itemmodels/filingattachmentmodel.h"
#include "itemmodels/filingdiseasemodel.h"
#include "itemmodels/filingdocumentmodel.h"
#include "itemmodels/filinglistmodel.h"
#include "outpatient/certificationnoticerenderer.h"
#include "outpatient/certificationpage.h"
#include "outpatient/filingform.h"
#include "outpatient/filingformrenderer.h"
#include "outpatient/filingworklist.h"
#include "outpatient/outpatientpage.h"
#include "person/personview.h"
#include "itemmodels/specialoutpatientlimitmodel.h"
#include "services/claimservice.h"
#include "roster/spreadsheetreader.h"
#include "services/filingservice.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

// The special-outpatient screens driven by the keyboard and the mouse,
// offscreen: a clerk files with key clicks, a reviewer approves and submits
// in the list, the county certifier certifies in the batch screen; each
// step is checked in the database. JINGBAN_SCREENSHOT_DIR=dir also saves
// the user guide's screenshots (filing-form.png, filing-review.png,
// filing-certification.png) and the printed form (filing-form.pdf) there.
class TestFilingScreens : public QObject
{
    Q_OBJECT

    SessionUser certifier{QStringLiteral("certifier-1"), QStringLiteral("certifier"), QStringLiteral("县认定员"),
                          Role::CountyCertifier, {}};

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("JINGBAN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QApplication::processEvents();
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
    }

    static QVariantMap row(const QSqlDatabase &db, const QString &filingId)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT status, created_by, reviewed_by, submitted_by, decided_by, valid_from, valid_to, "
                                 "reason, note, disease_code, institution_id FROM filing WHERE id = ?"));
        q.addBindValue(filingId);
        QVariantMap m;
        if (q.exec() && q.next())
            for (int i = 0; i < q.record().count(); ++i)
                m.insert(q.record().fieldName(i), q.value(i));
        return m;
    }

    static QString fileWith(ClaimFixture &f, const SessionUser &who, const QString &personId, const QString &disease)
    {
        ChangeWriter w(f.r.db, who);
        auto filed = FilingService(w).file({personId, disease, f.countyHospitalId, QDate(2024, 2, 1),
                                            QStringLiteral("inpatient_record"), QStringLiteral("出院小结")});
        if (!filed.ok())
            qWarning("%s", qPrintable(filed.errorText()));
        return filed.ok() ? filed->value(QStringLiteral("id")).toString() : QString();
    }

    // QTest::keyClicks takes ASCII only; this types any text, one key event a character.
    static void typeText(QWidget *w, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

private slots:
    void clerkFilesReviewerApprovesCertifierCertifies();
    void theMakerCannotApproveAndIsTold();
    void returnedFilingIsCorrectedFromTheList();
    void povertyOnlyDiseasesAreOfferedToPovertyPersonsOnly();
    void fieldErrorsShowAsTheClerkTypes();
    void filingListPagesLazilyAndFilters();
    void filingFormRendersToPdf();
    void scansAreStoredWithTheirHashAndOpenedByTheCounty();
    void refusesAPersonNotEnrolledForTheDiagnosisYear();
    void listsCertificationsExpiringSoon();
    void certifierRevokesWithAReasonAndNoticesRender();
    void certifiesManyAtOnceWithCtrlA();
    void exportsTheFilteredListToXlsxAndCsv();
    void personViewShowsTheRemainingLimit();
};

void TestFilingScreens::clerkFilesReviewerApprovesCertifierCertifies()
{
    ClaimFixture f;
    f.setUp();

    // 1. The clerk files with the keyboard alone.
    OutpatientPage clerkPage(f.r.db, f.r.clerk);
    clerkPage.resize(1200, 720);
    clerkPage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&clerkPage));
    FilingForm *form = clerkPage.form();
    QVERIFY(form);
    QCOMPARE(clerkPage.tabs()->currentWidget(), form);
    auto *person = child<QLineEdit>(form, "personEdit");
    person->setFocus();
    QTest::keyClicks(person, QStringLiteral("zzm"));   // pinyin initials of 赵子明
    QTest::keyClick(person, Qt::Key_Return);
    auto *disease = child<QLineEdit>(form, "diseaseEdit");
    QTRY_COMPARE(QApplication::focusWidget(), disease);
    QTest::keyClicks(disease, QStringLiteral("m101"));
    QTest::keyClick(disease, Qt::Key_Return);
    auto *institution = child<QLineEdit>(form, "institutionEdit");
    QCOMPARE(QApplication::focusWidget(), institution);
    QTest::keyClicks(institution, QStringLiteral("H36010001"));
    QTest::keyClick(institution, Qt::Key_Return);
    auto *diagnosis = child<QDateEdit>(form, "diagnosisDateEdit");
    QCOMPARE(QApplication::focusWidget(), diagnosis);
    diagnosis->setDate(QDate(2024, 2, 1));   // the section-wise typing of QDateEdit is Qt's own
    QTest::keyClick(diagnosis, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);   // evidence: inpatient record
    auto *note = child<QLineEdit>(form, "noteEdit");
    QCOMPARE(QApplication::focusWidget(), note);
    typeText(note, QStringLiteral("出院小结 住院号 2024-0137"));
    QTest::keyClick(note, Qt::Key_Return);
    // The scan is picked in a file dialog; the test hands the file over directly.
    QImage scan(300, 400, QImage::Format_RGB32);
    scan.fill(Qt::white);
    const QString scanPath = f.r.dir.filePath(QStringLiteral("出院小结.png"));
    QVERIFY(scan.save(scanPath));
    QVERIFY(form->addScan(scanPath));
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(form, "saveButton"));
    screenshot(&clerkPage, QStringLiteral("filing-form.png"));
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(form, "saveButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const QString id = form->lastSavedFilingId();
    QVERIFY2(!id.isEmpty(), qPrintable(form->fieldMessage(QStringLiteral("permission"))));
    QVariantMap r = row(f.r.db, id);
    QCOMPARE(r.value("status").toString(), QStringLiteral("reported"));
    QCOMPARE(r.value("created_by").toString(), f.r.clerk.id);
    QCOMPARE(r.value("disease_code").toString(), QStringLiteral("M101"));
    QCOMPARE(r.value("institution_id").toString(), f.countyHospitalId);
    QCOMPARE(r.value("note").toString(), QStringLiteral("出院小结 住院号 2024-0137"));

    // 2. The reviewer approves it in the list and submits it.
    OutpatientPage reviewerPage(f.r.db, f.r.reviewer);
    reviewerPage.resize(1200, 720);
    reviewerPage.show();
    FilingWorklist *list = reviewerPage.worklist();
    QCOMPARE(reviewerPage.tabs()->currentWidget(), list);
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->selectFiling(id));
    screenshot(&reviewerPage, QStringLiteral("filing-review.png"));
    QTest::mouseClick(child<QPushButton>(list, "approveButton"), Qt::LeftButton);
    r = row(f.r.db, id);
    QCOMPARE(r.value("status").toString(), QStringLiteral("reviewed"));
    QCOMPARE(r.value("reviewed_by").toString(), f.r.reviewer.id);
    QCOMPARE(list->model()->rowCount(), 0);   // it left the review list
    list->showStatus(QStringLiteral("reviewed"));
    QVERIFY(list->selectFiling(id));
    QTest::mouseClick(child<QPushButton>(list, "submitButton"), Qt::LeftButton);
    r = row(f.r.db, id);
    QCOMPARE(r.value("status").toString(), QStringLiteral("submitted"));
    QCOMPARE(r.value("submitted_by").toString(), f.r.reviewer.id);

    // 3. The county certifier certifies it in the batch screen.
    OutpatientPage countyPage(f.r.db, certifier);
    countyPage.resize(1400, 760);
    countyPage.show();
    CertificationPage *cert = countyPage.certification();
    QVERIFY(cert);
    QVERIFY(!countyPage.form());
    QCOMPARE(countyPage.tabs()->currentWidget(), cert);
    QCOMPARE(cert->model()->rowCount(), 1);
    QVERIFY(cert->selectFiling(id));
    QVERIFY(cert->detailText().contains(QStringLiteral("赵子明")));
    QCOMPARE(cert->attachments()->rowCount(), 1);
    child<QDateEdit>(cert, "validFromEdit")->setDate(QDate(2024, 3, 1));
    child<QDateEdit>(cert, "validToEdit")->setDate(QDate(2025, 2, 28));
    screenshot(&countyPage, QStringLiteral("filing-certification.png"));
    QTest::mouseClick(child<QPushButton>(cert, "certifyButton"), Qt::LeftButton);
    r = row(f.r.db, id);
    QCOMPARE(r.value("status").toString(), QStringLiteral("certified"));
    QCOMPARE(r.value("decided_by").toString(), certifier.id);
    QCOMPARE(r.value("valid_from").toString(), QStringLiteral("2024-03-01"));
    QCOMPARE(r.value("valid_to").toString(), QStringLiteral("2025-02-28"));
    QCOMPARE(cert->model()->rowCount(), 0);

    // Every step left its audit entry.
    QSqlQuery q(f.r.db);
    q.prepare(QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log "
                             "WHERE entity = 'filing' AND row_id = ? ORDER BY seq)"));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("filing.report,filing.approve,filing.submit,filing.certify"));
    QCOMPARE(f.r.count(QStringLiteral("filing_attachment")), qint64(1));
}

void TestFilingScreens::theMakerCannotApproveAndIsTold()
{
    ClaimFixture f;
    f.setUp();
    const QString own = fileWith(f, f.r.reviewer, f.sonId, QStringLiteral("M101"));
    const QString other = fileWith(f, f.r.clerk, f.sonId, QStringLiteral("M102"));
    QVERIFY(!own.isEmpty() && !other.isEmpty());
    FilingWorklist list(f.r.db, f.r.reviewer);
    list.show();
    QCOMPARE(list.model()->rowCount(), 2);
    QVERIFY(list.selectFiling(own));
    QVERIFY(list.message().isEmpty());
    QTest::mouseClick(child<QPushButton>(&list, "approveButton"), Qt::LeftButton);
    QVERIFY(!list.message().isEmpty());
    QCOMPARE(row(f.r.db, own).value("status").toString(), QStringLiteral("reported"));
    // The one filed by somebody else is approved with it; the own one is not.
    QVERIFY(list.selectFiling(own));
    QVERIFY(list.selectFiling(other, true));
    QCOMPARE(list.selectedFilingIds().size(), 2);
    QVERIFY(!list.approveSelected());
    QCOMPARE(row(f.r.db, own).value("status").toString(), QStringLiteral("reported"));
    QCOMPARE(row(f.r.db, other).value("status").toString(), QStringLiteral("reviewed"));
}

void TestFilingScreens::returnedFilingIsCorrectedFromTheList()
{
    ClaimFixture f;
    f.setUp();
    const QString id = fileWith(f, f.r.clerk, f.sonId, QStringLiteral("M101"));
    FilingWorklist reviewerList(f.r.db, f.r.reviewer);
    reviewerList.show();
    QVERIFY(reviewerList.selectFiling(id));
    // Returning needs a reason.
    QTest::mouseClick(child<QPushButton>(&reviewerList, "returnButton"), Qt::LeftButton);
    QCOMPARE(row(f.r.db, id).value("status").toString(), QStringLiteral("reported"));
    QVERIFY(!reviewerList.message().isEmpty());
    typeText(child<QLineEdit>(&reviewerList, "reasonEdit"), QStringLiteral("缺少检验报告"));
    QVERIFY(reviewerList.selectFiling(id));
    QTest::mouseClick(child<QPushButton>(&reviewerList, "returnButton"), Qt::LeftButton);
    QCOMPARE(row(f.r.db, id).value("status").toString(), QStringLiteral("returned"));
    QCOMPARE(row(f.r.db, id).value("reason").toString(), QStringLiteral("缺少检验报告"));

    OutpatientPage clerkPage(f.r.db, f.r.clerk);
    clerkPage.show();
    FilingWorklist *list = clerkPage.worklist();
    QCOMPARE(list->model()->rowCount(), 1);   // the clerk's list starts on what came back
    QVERIFY(list->selectFiling(id));
    QTest::mouseClick(child<QPushButton>(list, "correctButton"), Qt::LeftButton);
    QCOMPARE(clerkPage.tabs()->currentWidget(), clerkPage.form());
    QVERIFY(clerkPage.form()->isCorrecting());
    QVERIFY(child<QLabel>(clerkPage.form(), "correctionBanner")->text().contains(QStringLiteral("缺少检验报告")));
    auto *note = child<QLineEdit>(clerkPage.form(), "noteEdit");
    note->clear();
    typeText(note, QStringLiteral("补充检验报告"));
    QVERIFY(clerkPage.form()->save());
    const QVariantMap r = row(f.r.db, id);
    QCOMPARE(r.value("status").toString(), QStringLiteral("reported"));
    QCOMPARE(r.value("note").toString(), QStringLiteral("补充检验报告"));
    QVERIFY(r.value("reason").isNull());
}

void TestFilingScreens::povertyOnlyDiseasesAreOfferedToPovertyPersonsOnly()
{
    ClaimFixture f;
    f.setUp();
    FilingForm form(f.r.db, f.r.clerk);
    form.show();
    QVERIFY(form.choosePerson(f.sonId));
    QVERIFY(form.diseases()->match(QStringLiteral("M204")).isEmpty());
    QVERIFY(!form.chooseDisease(QStringLiteral("M204")));
    auto *disease = child<QLineEdit>(&form, "diseaseEdit");
    disease->setFocus();
    QTest::keyClicks(disease, QStringLiteral("M204"));
    QTest::keyClick(disease, Qt::Key_Return);
    QVERIFY2(form.fieldMessage(QStringLiteral("disease_code")).contains(QStringLiteral("M204")),
             qPrintable(form.fieldMessage(QStringLiteral("disease_code"))));
    form.clearForm();
    QVERIFY(form.choosePerson(f.poorId));
    QCOMPARE(form.diseases()->match(QStringLiteral("M204")).size(), 1);
    QVERIFY(form.chooseDisease(QStringLiteral("M204")));
    // Searching by pinyin initials or part of the name finds catalogue rows.
    const QString name = form.diseases()->at(0).name;
    QVERIFY(!form.diseases()->match(name.left(2)).isEmpty());
    QVERIFY(!form.diseases()->match(form.diseases()->at(0).initials.toLower()).isEmpty());
}

void TestFilingScreens::fieldErrorsShowAsTheClerkTypes()
{
    ClaimFixture f;
    f.setUp();
    QVERIFY(!fileWith(f, f.r.clerk, f.sonId, QStringLiteral("M101")).isEmpty());
    FilingForm form(f.r.db, f.r.clerk);
    form.show();
    child<QDateEdit>(&form, "diagnosisDateEdit")->setDate(QDate(2024, 2, 1));   // the fixture enrolls for 2024
    QVERIFY(form.choosePerson(f.sonId));
    QVERIFY(form.chooseDisease(QStringLiteral("M101")));
    // A live filing for the same disease: told before saving.
    QVERIFY2(form.fieldMessage(QStringLiteral("disease_code")).contains(QStringLiteral("M101")),
             qPrintable(form.fieldMessage(QStringLiteral("disease_code"))));
    QVERIFY(form.chooseDisease(QStringLiteral("M102")));
    QVERIFY(form.fieldMessage(QStringLiteral("disease_code")).isEmpty());
    child<QDateEdit>(&form, "diagnosisDateEdit")->setDate(QDate::currentDate().addDays(2));
    QVERIFY(!form.fieldMessage(QStringLiteral("diagnosis_date")).isEmpty());
    const qint64 before = f.r.count(QStringLiteral("filing"));
    QVERIFY(!form.save());
    QCOMPARE(f.r.count(QStringLiteral("filing")), before);
    child<QDateEdit>(&form, "diagnosisDateEdit")->setDate(QDate(2024, 2, 1));
    QVERIFY(form.fieldMessage(QStringLiteral("diagnosis_date")).isEmpty());
    QVERIFY(form.save());
    QCOMPARE(f.r.count(QStringLiteral("filing")), before + 1);
}

void TestFilingScreens::filingListPagesLazilyAndFilters()
{
    ClaimFixture f;
    f.setUp();
    QStringList ids;
    for (const QString &code : {QStringLiteral("M101"), QStringLiteral("M102"), QStringLiteral("M103"), QStringLiteral("M104"),
                                QStringLiteral("M105")})
        ids << fileWith(f, f.r.clerk, f.sonId, code);
    ids << fileWith(f, f.r.clerk, f.poorId, QStringLiteral("M204"));
    QVERIFY(!ids.contains(QString()));
    ChangeWriter reviewer(f.r.db, f.r.reviewer);
    QVERIFY(FilingService(reviewer).review(ids.at(0), true).ok());

    FilingListModel model(f.r.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setViewer(f.r.clerk);
    model.setPageSize(2);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.totalCount(), qint64(6));
    QCOMPARE(model.filingId(0), ids.at(0));   // oldest first

    model.setFilter({{QStringLiteral("reported")}, f.r.townshipId, {}, {}});
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 5);
    model.setFilter({{QStringLiteral("reported"), QStringLiteral("reviewed")}, {}, f.r.villageId, QStringLiteral("M204")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, FilingListModel::DiseaseColumn)).toString().left(4), QStringLiteral("M204"));
    model.setFilter({{QStringLiteral("certified")}, {}, {}, {}});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    // The whole id number for the township's own users, masked for county roles.
    model.setFilter({});
    QCOMPARE(model.data(model.index(0, FilingListModel::IdNumberColumn)).toString().size(), 18);
    model.setViewer(certifier);
    QVERIFY(model.data(model.index(0, FilingListModel::IdNumberColumn)).toString().contains(QLatin1Char('*')));
}

void TestFilingScreens::filingFormRendersToPdf()
{
    ClaimFixture f;
    f.setUp();
    const QString id = fileWith(f, f.r.clerk, f.poorId, QStringLiteral("M204"));
    ChangeWriter reviewer(f.r.db, f.r.reviewer);
    QVERIFY(FilingService(reviewer).review(id, true).ok());
    const auto doc = FilingDocumentModel::load(f.r.db, id);
    QVERIFY(doc);
    QCOMPARE(doc->personName, QStringLiteral("赵德贫"));
    QCOMPARE(doc->diseaseCode, QStringLiteral("M204"));
    QVERIFY(!doc->diseaseName.isEmpty());
    QCOMPARE(doc->createdBy, QStringLiteral("王经办"));
    QCOMPARE(doc->reviewedBy, QStringLiteral("李审核"));
    QCOMPARE(doc->villageName, QStringLiteral("东村"));
    QVERIFY(doc->poverty);
    QVERIFY(!doc->createdAt.isEmpty());
    const QString dir = qEnvironmentVariable("JINGBAN_SCREENSHOT_DIR");
    const QString pdf = dir.isEmpty() ? f.r.dir.filePath(QStringLiteral("filing-form.pdf")) : dir + QStringLiteral("/filing-form.pdf");
    QString error;
    QVERIFY2(FilingFormRenderer(*doc).writePdf(pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QVERIFY(QFileInfo(pdf).size() > 8000);
}

void TestFilingScreens::scansAreStoredWithTheirHashAndOpenedByTheCounty()
{
    ClaimFixture f;
    f.setUp();
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).drawText(20, 40, QStringLiteral("出院小结"));
    const QString png = f.r.dir.filePath(QStringLiteral("discharge.png"));
    QVERIFY(image.save(png));
    const QString text = f.r.dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("not a scan");
    }
    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pngFile.readAll();

    FilingForm form(f.r.db, f.r.clerk);
    form.show();
    QVERIFY(form.choosePerson(f.sonId));
    QVERIFY(form.chooseDisease(QStringLiteral("M101")));
    child<QDateEdit>(&form, "diagnosisDateEdit")->setDate(QDate(2024, 2, 1));
    QVERIFY(!form.addScan(text));
    QVERIFY(form.fieldMessage(QStringLiteral("attachment")).contains(QStringLiteral("notes.txt")));
    QVERIFY(form.addScan(png));
    QCOMPARE(form.pendingScans().size(), 1);
    QVERIFY(form.save());
    const QString id = form.lastSavedFilingId();
    QVERIFY(form.pendingScans().isEmpty());

    QSqlQuery q(f.r.db);
    q.prepare(QStringLiteral("SELECT file_name, mime_type, sha256, content FROM filing_attachment WHERE filing_id = ?"));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("discharge.png"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("image/png"));
    QCOMPARE(q.value(2).toString(), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(q.value(3).toByteArray(), bytes);
    QVERIFY(!q.next());
    // The audit keeps the hash, not the scan.
    q.prepare(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'filing.attach'"));
    QVERIFY(q.exec() && q.next());
    QVERIFY(q.value(0).toString().contains(QLatin1String("sha256")));
    QVERIFY(!q.value(0).toString().contains(QLatin1String("\"content\"")));

    // After submission no more scans; the county opens the one there is.
    ChangeWriter clerk(f.r.db, f.r.clerk), reviewer(f.r.db, f.r.reviewer);
    QVERIFY(FilingService(reviewer).review(id, true).ok());
    QVERIFY(FilingService(reviewer).submit({id}).ok());
    QVERIFY(FilingService(clerk).attach(id, png, QStringLiteral("image/png"), bytes).errors().hasField(QStringLiteral("status")));
    CertificationPage cert(f.r.db, certifier);
    cert.show();
    QVERIFY(cert.selectFiling(id));
    QCOMPARE(cert.attachments()->rowCount(), 1);
    QVERIFY(cert.detailText().contains(QStringLiteral("赵子明")));
    const QString exported = cert.exportScan(0);
    QVERIFY(!exported.isEmpty());
    QFile out(exported);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), bytes);
}

void TestFilingScreens::refusesAPersonNotEnrolledForTheDiagnosisYear()
{
    ClaimFixture f;
    f.setUp();
    FilingForm form(f.r.db, f.r.clerk);
    form.show();
    QVERIFY(form.choosePerson(f.sonId));
    QVERIFY(form.chooseDisease(QStringLiteral("M101")));
    child<QDateEdit>(&form, "diagnosisDateEdit")->setDate(QDate(2024, 2, 1));
    QVERIFY(form.fieldMessage(QStringLiteral("person_id")).isEmpty());
    // Enrolled and paid for 2024 only: a diagnosis of 2025 is refused at once.
    child<QDateEdit>(&form, "diagnosisDateEdit")->setDate(QDate(2025, 2, 1));
    QVERIFY2(form.fieldMessage(QStringLiteral("person_id")).contains(QStringLiteral("2025")),
             qPrintable(form.fieldMessage(QStringLiteral("person_id"))));
    QVERIFY(!form.save());
    QCOMPARE(f.r.count(QStringLiteral("filing")), qint64(0));
}

void TestFilingScreens::listsCertificationsExpiringSoon()
{
    ClaimFixture f;
    f.setUp();
    ChangeWriter reviewer(f.r.db, f.r.reviewer), county(f.r.db, certifier);
    const QString soon = fileWith(f, f.r.clerk, f.sonId, QStringLiteral("M101"));
    const QString later = fileWith(f, f.r.clerk, f.sonId, QStringLiteral("M102"));
    QVERIFY(FilingService(reviewer).review(soon, true).ok());
    QVERIFY(FilingService(reviewer).review(later, true).ok());
    QVERIFY(FilingService(reviewer).submit({soon, later}).ok());
    const QDate today = QDate::currentDate();
    QVERIFY(FilingService(county).certify({soon}, QDate(2024, 3, 1), today.addDays(30)).ok());
    QVERIFY(FilingService(county).certify({later}, QDate(2024, 3, 1), today.addDays(200)).ok());
    FilingWorklist list(f.r.db, f.r.reviewer);
    auto *status = child<QComboBox>(&list, "statusFilter");
    status->setCurrentIndex(status->findData(QStringLiteral("expiring")));
    QCOMPARE(list.model()->rowCount(), 1);
    QCOMPARE(list.model()->filingId(0), soon);
    list.showStatus(QStringLiteral("certified"));
    QCOMPARE(list.model()->rowCount(), 2);
}

void TestFilingScreens::certifierRevokesWithAReasonAndNoticesRender()
{
    ClaimFixture f;
    f.setUp();
    ChangeWriter reviewer(f.r.db, f.r.reviewer), county(f.r.db, certifier);
    const QString a = fileWith(f, f.r.clerk, f.sonId, QStringLiteral("M101"));
    const QString b = fileWith(f, f.r.clerk, f.sonId, QStringLiteral("M102"));
    QVERIFY(FilingService(reviewer).review(a, true).ok());
    QVERIFY(FilingService(reviewer).review(b, true).ok());
    QVERIFY(FilingService(reviewer).submit({a, b}).ok());
    QVERIFY(FilingService(county).certify({a}, QDate(2024, 3, 1), QDate(2024, 12, 31)).ok());

    // Rejecting in the batch screen needs a reason.
    CertificationPage cert(f.r.db, certifier);
    cert.show();
    QVERIFY(cert.selectFiling(b));
    QTest::mouseClick(child<QPushButton>(&cert, "rejectButton"), Qt::LeftButton);
    QCOMPARE(row(f.r.db, b).value("status").toString(), QStringLiteral("submitted"));
    QVERIFY(!cert.message().isEmpty());
    typeText(child<QLineEdit>(&cert, "reasonEdit"), QStringLiteral("检验报告不支持诊断"));
    QVERIFY(cert.selectFiling(b));
    QTest::mouseClick(child<QPushButton>(&cert, "rejectButton"), Qt::LeftButton);
    QCOMPARE(row(f.r.db, b).value("status").toString(), QStringLiteral("rejected"));
    QCOMPARE(row(f.r.db, b).value("reason").toString(), QStringLiteral("检验报告不支持诊断"));

    // Revoking from the list, with a reason; the reviewer has no such button.
    FilingWorklist reviewerList(f.r.db, f.r.reviewer);
    QVERIFY(!child<QPushButton>(&reviewerList, "revokeButton")->isVisibleTo(&reviewerList));
    FilingWorklist list(f.r.db, certifier);
    list.show();
    list.showStatus(QStringLiteral("certified"));
    QVERIFY(list.selectFiling(a));
    QVERIFY(child<QPushButton>(&list, "revokeButton")->isEnabled());
    QVERIFY(child<QPushButton>(&list, "noticeButton")->isEnabled());
    QVERIFY(!list.revokeCurrent());
    typeText(child<QLineEdit>(&list, "reasonEdit"), QStringLiteral("冒名顶替"));
    QTest::mouseClick(child<QPushButton>(&list, "revokeButton"), Qt::LeftButton);
    QCOMPARE(row(f.r.db, a).value("status").toString(), QStringLiteral("revoked"));

    // Both decisions print a notice.
    for (const QString &id : {a, b}) {
        const auto doc = FilingDocumentModel::load(f.r.db, id);
        QVERIFY(doc && CertificationNoticeRenderer::hasNotice(*doc));
        const QString dir = qEnvironmentVariable("JINGBAN_SCREENSHOT_DIR");
        const QString pdf = (dir.isEmpty() ? f.r.dir.path() : dir) + QStringLiteral("/filing-notice-%1.pdf").arg(id == a ? QStringLiteral("revoked") : QStringLiteral("rejected"));
        QVERIFY(CertificationNoticeRenderer(*doc).writePdf(pdf));
        QVERIFY(QFileInfo(pdf).size() > 5000);
    }
    const auto reported = FilingDocumentModel::load(f.r.db, fileWith(f, f.r.clerk, f.sonId, QStringLiteral("M103")));
    QVERIFY(reported && !CertificationNoticeRenderer::hasNotice(*reported));
}

void TestFilingScreens::certifiesManyAtOnceWithCtrlA()
{
    ClaimFixture f;
    f.setUp();
    ChangeWriter reviewer(f.r.db, f.r.reviewer);
    QStringList ids;
    for (const QString &code : {QStringLiteral("M101"), QStringLiteral("M102"), QStringLiteral("M103")})
        ids << fileWith(f, f.r.clerk, f.sonId, code);
    for (const QString &id : ids)
        QVERIFY(FilingService(reviewer).review(id, true).ok());
    QVERIFY(FilingService(reviewer).submit(ids).ok());
    // One of them is withdrawn from the batch by another certifier first: all or nothing.
    CertificationPage cert(f.r.db, certifier);
    cert.setConfirmBatches(false);   // the question box is modal; the test answers it by switching it off
    cert.show();
    QCOMPARE(cert.model()->rowCount(), 3);
    cert.view()->setFocus();
    QTest::keyClick(cert.view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(cert.selectedFilingIds().size(), 3);
    ChangeWriter other(f.r.db, certifier);
    QVERIFY(FilingService(other).reject({ids.at(1)}, QStringLiteral("重复")).ok());
    QVERIFY(!cert.certifySelected());
    QVERIFY(!cert.message().isEmpty());
    QCOMPARE(row(f.r.db, ids.at(0)).value("status").toString(), QStringLiteral("submitted"));
    cert.reload();
    QCOMPARE(cert.model()->rowCount(), 2);
    QTest::keyClick(cert.view(), Qt::Key_A, Qt::ControlModifier);
    QVERIFY(cert.certifySelected());
    QCOMPARE(row(f.r.db, ids.at(0)).value("status").toString(), QStringLiteral("certified"));
    QCOMPARE(row(f.r.db, ids.at(2)).value("status").toString(), QStringLiteral("certified"));
    QCOMPARE(cert.model()->rowCount(), 0);
}

// The list as filtered, every page of it, goes to XLSX and CSV; each file
// reads back (SpreadsheetReader) with the list's headers and the same rows
// the screen shows, dates as yyyy-MM-dd.
void TestFilingScreens::exportsTheFilteredListToXlsxAndCsv()
{
    ClaimFixture f;
    f.setUp();
    QStringList ids;
    for (const QString &code : {QStringLiteral("M101"), QStringLiteral("M102"), QStringLiteral("M103"), QStringLiteral("M104"),
                                QStringLiteral("M105")})
        ids << fileWith(f, f.r.clerk, f.sonId, code);
    ids << fileWith(f, f.r.clerk, f.poorId, QStringLiteral("M204"));
    QVERIFY(!ids.contains(QString()));
    ChangeWriter reviewer(f.r.db, f.r.reviewer);
    QVERIFY(FilingService(reviewer).review(ids.at(1), false, QStringLiteral("缺检验报告, 请补交")).ok());
    QVERIFY(FilingService(reviewer).review(ids.at(2), true).ok());

    FilingWorklist list(f.r.db, f.r.reviewer);
    list.model()->setPageSize(2);   // the export takes every page, not only those read
    list.showStatus(QStringLiteral("reported"));
    QCOMPARE(list.model()->rowCount(), 2);
    QCOMPARE(list.model()->totalCount(), qint64(4));
    while (list.model()->canFetchMore({}))
        list.model()->fetchMore({});
    QCOMPARE(list.model()->rowCount(), 4);

    const auto compareWithList = [&](const QString &path, const QStringList &expectedIds) {
        const auto sheet = SpreadsheetReader::read(path);
        QVERIFY2(sheet.ok(), qPrintable(sheet.errorText()));
        QCOMPARE(sheet->rows.size(), expectedIds.size() + 1);
        const FilingListModel *m = list.model();
        QStringList headers;
        for (int c = 0; c < FilingListModel::ColumnCount; ++c)
            headers << m->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(sheet->rows.first().cells, headers);
        for (int i = 0; i < expectedIds.size(); ++i) {
            const int row = m->rowOfFiling(expectedIds.at(i));
            QVERIFY(row >= 0);
            const SpreadsheetReader::Row &got = sheet->rows.at(i + 1);
            for (int c = 0; c < FilingListModel::ColumnCount; ++c) {
                const QString shown = m->index(row, c).data().toString();
                QString cell = got.cell(c);
                if (c == FilingListModel::DiagnosisColumn || c == FilingListModel::ValidToColumn) {
                    if (!cell.isEmpty()) {
                        const QDate d = QDate::fromString(cell, Qt::ISODate);
                        QVERIFY2(d.isValid(), qPrintable(cell));
                        cell = DisplayFormat::date(d);
                    }
                }
                QCOMPARE(cell, shown);
            }
        }
    };

    // Waiting for review: the four not yet reviewed, in the list's order.
    const QString xlsx = f.r.dir.filePath(QStringLiteral("filings.xlsx"));
    QVERIFY2(list.exportTo(xlsx), qPrintable(list.message()));
    QVERIFY(list.message().contains(QStringLiteral("4")));
    compareWithList(xlsx, {ids.at(0), ids.at(3), ids.at(4), ids.at(5)});
    // The reviewer sees whole id numbers of the own township, as on screen.
    const auto sheet = SpreadsheetReader::read(xlsx);
    QCOMPARE(sheet->rows.at(1).cell(FilingListModel::IdNumberColumn).size(), 18);

    // A narrower filter (one disease), to CSV; the returned one with its reason.
    auto *disease = child<QLineEdit>(&list, "diseaseFilter");
    disease->setText(QStringLiteral("m204"));
    emit disease->editingFinished();
    const QString csv = f.r.dir.filePath(QStringLiteral("filings.csv"));
    QVERIFY2(list.exportTo(csv), qPrintable(list.message()));
    compareWithList(csv, {ids.at(5)});
    disease->clear();
    emit disease->editingFinished();
    list.showStatus(QStringLiteral("returned"));
    QVERIFY2(list.exportTo(csv), qPrintable(list.message()));
    compareWithList(csv, {ids.at(1)});
    QCOMPARE(SpreadsheetReader::read(csv)->rows.at(1).cell(FilingListModel::ReasonColumn), QStringLiteral("缺检验报告, 请补交"));

    // A file that cannot be written is reported, and the list says so.
    QVERIFY(!list.exportTo(f.r.dir.filePath(QStringLiteral("no-such-dir/filings.xlsx"))));
    QVERIFY(!list.message().isEmpty());

    // The county's batch screen exports its submitted filings, id numbers masked.
    QVERIFY(FilingService(reviewer).submit({ids.at(2)}).ok());
    CertificationPage cert(f.r.db, certifier);
    QCOMPARE(cert.model()->rowCount(), 1);
    const QString county = f.r.dir.filePath(QStringLiteral("submitted.xlsx"));
    QVERIFY2(cert.exportTo(county), qPrintable(cert.message()));
    const auto submitted = SpreadsheetReader::read(county);
    QVERIFY2(submitted.ok(), qPrintable(submitted.errorText()));
    QCOMPARE(submitted->rows.size(), 2);
    QVERIFY(submitted->rows.at(1).cell(FilingListModel::IdNumberColumn).contains(QLatin1Char('*')));
    QCOMPARE(submitted->rows.at(1).cell(FilingListModel::StatusColumn), FilingListModel::statusLabel(QStringLiteral("submitted")));
}

// The person's page lists each valid certification with what is left of
// its yearly limit: 3,000 yuan for M101 (tier 1), of which one settled
// claim of 1,000 yuan used (100000 − 20000 deductible) × 60 % = 48000 fen.
void TestFilingScreens::personViewShowsTheRemainingLimit()
{
    ClaimFixture f;
    f.setUp();
    const QString id = fileWith(f, f.r.clerk, f.sonId, QStringLiteral("M101"));
    ChangeWriter reviewer(f.r.db, f.r.reviewer), county(f.r.db, certifier), clerk(f.r.db, f.r.clerk);
    QVERIFY(FilingService(reviewer).review(id, true).ok());
    QVERIFY(FilingService(reviewer).submit({id}).ok());
    QVERIFY(FilingService(county).certify({id}, QDate(2024, 1, 1), QDate(2024, 12, 31)).ok());
    ClaimService::NewClaim c;
    c.personId = f.sonId;
    c.kind = QStringLiteral("special_outpatient");
    c.institutionId = f.countyHospitalId;
    c.admission = c.discharge = QDate(2024, 5, 10);
    c.diseaseCode = QStringLiteral("M101");
    c.totalFen = 100000;
    auto entered = ClaimService(clerk).enter(c);
    QVERIFY2(entered.ok(), qPrintable(entered.errorText()));
    QVERIFY(ClaimService(reviewer).approve(entered->value(QStringLiteral("id")).toString()).ok());

    PersonView view(f.r.db, f.r.clerk);
    view.setReferenceDate(QDate(2024, 8, 1));
    QVERIFY(view.showPerson(f.sonId));
    view.resize(1000, 620);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(QStringLiteral("specialOutpatientLimits"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(view.limits()->rowCount(), 1);
    QCOMPARE(view.limits()->index(0, SpecialOutpatientLimitModel::RemainingColumn).data(SpecialOutpatientLimitModel::FenRole)
                 .toLongLong(),
             qint64(300000 - 48000));
    screenshot(&view, QStringLiteral("person-limits.png"));
    // The poverty father has no certification: the page says so.
    QVERIFY(view.showPerson(f.poorId));
    QVERIFY(!table->isVisible());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("limitsNote"))->isVisible());
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Screenshots are taken in the users' language. JINGBAN_EXTRA_QM names a
    // further translation file for strings not yet in the project's .ts.
    QTranslator translator, extra;
    if (!qEnvironmentVariable("JINGBAN_SCREENSHOT_DIR").isEmpty()) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        // Installed first, so the project's own translation wins where it has one.
        if (!qEnvironmentVariable("JINGBAN_EXTRA_QM").isEmpty() && extra.load(qEnvironmentVariable("JINGBAN_EXTRA_QM")))
            app.installTranslator(&extra);
        if (translator.load(QStringLiteral(JINGBAN_CLI_PATH).section(QLatin1Char('/'), 0, -2) + QStringLiteral("/jingban_zh_CN.qm")))
            app.installTranslator(&translator);
    }
    TestFilingScreens test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_filingscreens.moc"
