// jingban: the township counter's workstation. Opens the replica, runs the
// first-run setup on an empty one, signs the user in and shows the main
// window; signing out comes back to the sign-in.

#include "firstpaintprobe.h"
#include "common/uilanguage.h"
#include "person/personview.h"
#include "setup/demorunner.h"
#include "setup/firstrunsetupdialog.h"
#include "itemmodels/personsearchmodel.h"
#include "shell/mainwindow.h"
#include "signin/signindialog.h"
#include "services/userservice.h"
#include "storage/database.h"
#include "storage/localsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QElapsedTimer>

#ifndef JINGBAN_VERSION
#define JINGBAN_VERSION "0.1.0"
#endif

namespace {
const QString kConnection = QStringLiteral("jingban");

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("replica.db"));
}

// --screenshot: once the window is painted, save it and quit.
void scheduleScreenshot(QWidget *window, const QString &file)
{
    QTimer::singleShot(800, window, [window, file] {
        // A dialog opened over the window (--open) is what the picture is of.
        QWidget *target = window;
        if (auto *person = window->findChild<PersonView *>())
            target = person;
        const bool saved = target->grab().save(file, "PNG");
        if (!saved)
            qWarning("jingban: could not write the screenshot %s", qPrintable(file));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

bool runModal(QDialog &dialog, const QString &screenshot)
{
    if (!screenshot.isEmpty()) {
        dialog.show();
        scheduleScreenshot(&dialog, screenshot);
        QApplication::exec();
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    Database::configureSqlite();
    QCoreApplication::setApplicationName(QStringLiteral("jingban"));
    QCoreApplication::setOrganizationName(QStringLiteral("Jingban"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JINGBAN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Jingban: the township medical-insurance counter workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The local replica (SQLite file); default: %1.")
                                                               .arg(defaultDatabasePath()),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: zh_CN or en; default: the stored setting, else zh_CN."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the first window shown as a PNG and quit (with --login, the main window)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption loginOption(QStringLiteral("login"), QStringLiteral("Sign in as USER without the dialog (scripts)."),
                                         QStringLiteral("USER"));
    const QCommandLineOption passwordOption(QStringLiteral("password-file"),
                                            QStringLiteral("File whose first line is the password for --login."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("Search for TEXT once the main window is open."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Open page N (1-7) of the main window."),
                                        QStringLiteral("N"));
    const QCommandLineOption tabOption(QStringLiteral("tab"), QStringLiteral("With --page, show tab N (1-based) of that page."),
                                       QStringLiteral("N"));
    const QCommandLineOption openOption(QStringLiteral("open"), QStringLiteral("With --search, open the first person found."));
    const QCommandLineOption startupOption(QStringLiteral("measure-startup"),
                                           QStringLiteral("Print the time to the main window's first paint and quit (benchmarks)."));
    parser.addOptions({dbOption, langOption, shotOption, loginOption, passwordOption, searchOption, pageOption, tabOption, openOption,
                       startupOption});
    // --help and --version print and quit; QApplication would first need a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v") {
            QCoreApplication core(argc, argv);
            parser.process(core);   // exits
        }
    }
    QApplication app(argc, argv);
    parser.process(app);

    const QString requestedLanguage = UiLanguage::normalize(parser.value(langOption));
    if (parser.isSet(langOption) && requestedLanguage.isEmpty()) {
        qWarning("jingban: --lang must be zh_CN or en");
        return 2;
    }
    UiLanguage::apply(requestedLanguage.isEmpty() ? UiLanguage::defaultCode() : requestedLanguage);

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    const QString screenshot = parser.value(shotOption);
    auto opened = Database::open(dbPath, kConnection);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Jingban"),
                              QApplication::translate("main", "The local database %1 cannot be opened:\n%2")
                                  .arg(QDir::toNativeSeparators(dbPath), opened.errorText()));
        return 1;
    }
    QSqlDatabase db = opened.value();
    if (requestedLanguage.isEmpty()) {
        const QString stored = UiLanguage::normalize(LocalSettings::value(db, UiLanguage::settingKey()));
        if (!stored.isEmpty() && stored != UiLanguage::current())
            UiLanguage::apply(stored);
    }

    SessionUser user;
    // First run: no account in this replica.
    if (!UserService::hasUsers(db)) {
        FirstRunSetupDialog setup(db, DemoRunner::available());
        if (!runModal(setup, screenshot))
            return 0;
        if (setup.outcome() == FirstRunSetupDialog::DemoRequested) {
            db = QSqlDatabase();
            const Result<QSqlDatabase> demo = DemoRunner::replaceWithDemo(dbPath, kConnection);
            if (!demo) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Jingban"), demo.errorText());
                return 1;
            }
            db = demo.value();
        } else {
            user = setup.administrator();
        }
    }

    // Scripted sign-in, for screenshots and demonstrations.
    if (!user.isValid() && parser.isSet(loginOption)) {
        QFile file(parser.value(passwordOption));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("jingban: --login needs --password-file with the password");
            return 2;
        }
        const QString password = QString::fromUtf8(file.readLine()).trimmed();
        const auto r = UserService::signIn(db, parser.value(loginOption), password);
        if (!r) {
            qWarning("jingban: %s", qPrintable(r.errorText()));
            return 2;
        }
        user = r.value();
    }

    for (;;) {
        if (!user.isValid()) {
            SignInDialog signIn(db);
            if (!runModal(signIn, screenshot))
                return 0;
            user = signIn.sessionUser();
            LocalSettings::setValue(db, UiLanguage::settingKey(), signIn.language());
        }
        int rc = 0;
        bool signOut = false;
        {
            MainWindow window(db, user);
            window.show();
            if (parser.isSet(searchOption)) {
                window.searchBox()->setText(parser.value(searchOption));
                window.search();
                if (parser.isSet(openOption) && window.searchModel()->rowCount() > 0
                    && !window.findChild<PersonView *>())
                    window.openPerson(window.searchModel()->personId(0));
            }
            if (parser.isSet(pageOption)) {
                const int page = parser.value(pageOption).toInt();
                if (page >= 1 && page <= MainWindow::PageCount)
                    window.showPage(MainWindow::Page(page - 1));
                // The shown page's tabs (screenshots of a page's second or third tab).
                if (parser.isSet(tabOption)) {
                    for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
                        if (tabs->isVisible()) {
                            tabs->setCurrentIndex(parser.value(tabOption).toInt() - 1);
                            break;
                        }
                    }
                }
            }
            if (!screenshot.isEmpty())
                scheduleScreenshot(&window, screenshot);
            if (parser.isSet(startupOption))
                new FirstPaintProbe(&window, sinceStart);
            rc = QApplication::exec();
            signOut = window.signOutRequested() && screenshot.isEmpty();
        }
        if (!signOut)
            return rc;
        user = {};
    }
}
