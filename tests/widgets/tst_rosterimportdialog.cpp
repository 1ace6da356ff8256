#include "../roster/rosterfixture.h"

#include "enrollment/enrollmentpage.h"
#include "enrollment/rosterimportdialog.h"
#include "roster/rostercolumnmapping.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTest>

// The roster import dialog on the real widgets, offscreen: the file typed,
// an unknown column mapped by the clerk (and remembered for the next
// roster), every bad row listed with its reason before anything is
// written, the good rows imported; and an import stopped half way by Esc
// that leaves the replica as it was.
class TestRosterImportDialog : public QObject
{
    Q_OBJECT

    struct Counts
    {
        qint64 persons, households, audit, outbox;
        bool operator==(const Counts &o) const
        {
            return persons == o.persons && households == o.households && audit == o.audit && outbox == o.outbox;
        }
    };
    static Counts counts(TestReplica &r)
    {
        return {r.count(QStringLiteral("person")), r.count(QStringLiteral("household")), r.count(QStringLiteral("audit_log")),
                r.count(QStringLiteral("sync_outbox"))};
    }
    // The standard headers with the id number's header one no guess knows.
    static QStringList oddHeaders()
    {
        QStringList h = RosterFixture::headers();
        h[3] = QStringLiteral("PID");
        return h;
    }

private slots:
    void mapsPreviewsAndImportsWithTheKeyboard()
    {
        TestReplica r;
        r.setUpTownship();
        const RosterFixture f = RosterFixture::make(400, 1);
        const QString path = r.dir.filePath(QStringLiteral("roster.xlsx"));
        QVERIFY(f.writeXlsx(path, oddHeaders()));
        const Counts before = counts(r);

        EnrollmentPage page(r.db, r.clerk);
        RosterImportDialog *dialog = page.makeRosterImport();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->step(), RosterImportDialog::FileStep);
        QCOMPARE(QApplication::focusWidget(), dialog->pathEdit());
        // Enter with no file: told which field, still on the first step.
        QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
        QCOMPARE(dialog->step(), RosterImportDialog::FileStep);
        QVERIFY(!dialog->message().isEmpty());
        QTest::keyClicks(dialog->pathEdit(), path);
        QTest::keyClick(dialog->pathEdit(), Qt::Key_Return);
        QCOMPARE(dialog->step(), RosterImportDialog::MappingStep);

        // The unknown header is not imported; going on is refused, naming the field.
        QCOMPARE(dialog->fieldChooser(3)->currentData().toInt(), -1);
        QCOMPARE(dialog->fieldChooser(2)->currentData().toInt(), int(RosterColumnMapping::Name));
        QCOMPARE(dialog->fieldChooser(10)->currentData().toInt(), -1);   // 备注: extra, ignored
        QVERIFY(!dialog->next());
        QCOMPARE(dialog->step(), RosterImportDialog::MappingStep);
        QVERIFY(dialog->message().contains(RosterColumnMapping::label(RosterColumnMapping::IdNumber)));
        QCOMPARE(counts(r), before);
        // The clerk picks the field with the keyboard.
        QComboBox *chooser = dialog->fieldChooser(3);
        chooser->setFocus();
        const int wanted = chooser->findData(int(RosterColumnMapping::IdNumber));
        while (chooser->currentIndex() < wanted)
            QTest::keyClick(chooser, Qt::Key_Down);
        QCOMPARE(chooser->currentData().toInt(), int(RosterColumnMapping::IdNumber));
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->step(), RosterImportDialog::PreviewStep);

        // Every bad row, with its line and reason; nothing written yet.
        QCOMPARE(counts(r), before);
        QCOMPARE(dialog->badRows()->rowCount(), int(f.bad.size()));
        for (int i = 0; i < f.bad.size(); ++i) {
            QCOMPARE(dialog->badRows()->index(i, 0).data().toInt(), f.bad.at(i).line);
            QCOMPARE(dialog->badRows()->index(i, 1).data().toString(), f.bad.at(i).reason);
            QVERIFY(!dialog->badRows()->index(i, 2).data().toString().isEmpty());
        }
        QCOMPARE(dialog->preview().newPersons, f.goodRows);
        QVERIFY(dialog->nextButton()->isEnabled());

        // Import: the good rows, once.
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->step(), RosterImportDialog::ImportStep);
        QCOMPARE(dialog->result().imported, f.goodRows);
        QVERIFY(!dialog->result().cancelled);
        QCOMPARE(counts(r).persons, before.persons + f.goodRows);
        QCOMPARE(counts(r).households, before.households + f.households);
        QCOMPARE(dialog->findChild<QProgressBar *>(QStringLiteral("importProgress"))->value(),
                 dialog->findChild<QProgressBar *>(QStringLiteral("importProgress"))->maximum());
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);   // Close
        QVERIFY(!dialog->isVisible());

        // The choice is remembered: the next dialog maps PID itself, and the
        // same file again changes nothing.
        RosterImportDialog again(r.db, r.clerk);
        again.show();
        again.pathEdit()->setText(path);
        QVERIFY(again.next());
        QCOMPARE(again.fieldChooser(3)->currentData().toInt(), int(RosterColumnMapping::IdNumber));
        QVERIFY(again.next());
        QCOMPARE(again.preview().unchanged, f.goodRows);
        QVERIFY(!again.nextButton()->isEnabled());   // nothing to import
    }

    void escStopsTheImportAndLeavesNothing()
    {
        TestReplica r;
        r.setUpTownship();
        const RosterFixture f = RosterFixture::make(3000, 0);
        const QString path = r.dir.filePath(QStringLiteral("roster.xlsx"));
        QVERIFY(f.writeXlsx(path));
        const Counts before = counts(r);

        RosterImportDialog dialog(r.db, r.clerk);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.pathEdit()->setText(path);
        QVERIFY(dialog.next());
        QVERIFY(dialog.next());
        QCOMPARE(dialog.step(), RosterImportDialog::PreviewStep);
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("importProgress"));
        int stoppedAt = -1;
        connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
            if (stoppedAt < 0 && value >= f.goodRows / 2) {
                stoppedAt = value;
                QTest::keyClick(&dialog, Qt::Key_Escape);
            }
        });
        QVERIFY(!dialog.next());
        QVERIFY(stoppedAt >= f.goodRows / 2 && stoppedAt < f.goodRows);
        QVERIFY(dialog.result().cancelled);
        QVERIFY(dialog.isVisible());   // Esc stopped the import, it did not close the dialog
        QCOMPARE(counts(r), before);
        QVERIFY(!dialog.message().isEmpty());
    }
};

QTEST_MAIN(TestRosterImportDialog)
#include "tst_rosterimportdialog.moc"
