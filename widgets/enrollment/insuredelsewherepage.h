#pragma once

#include "domain/sessionuser.h"

#include <QSqlDatabase>
#include <QWidget>

class InsuredElsewhereModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

// 重复参保核查: the enrollment page's tab where a clerk checks a list of
// people insured elsewhere (the employee-insurance list, .xlsx or .csv)
// against the scheme year's enrollments of the township (every township for
// county roles). Every overlap is listed with where the enrollment is; Enter
// on one opens its household card; the overlaps export to .xlsx or .csv.
class InsuredElsewherePage : public QWidget
{
    Q_OBJECT
public:
    InsuredElsewherePage(const QSqlDatabase &db, const SessionUser &user, int year, QWidget *parent = nullptr);

    InsuredElsewhereModel *overlaps() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;
    QString errorText() const;

    // The actions behind the buttons, for the keyboard and for tests.
    bool check(const QString &path, int year);
    bool exportTo(const QString &path);

signals:
    void householdRequested(const QString &householdId);

private:
    void showError(const QString &text);

    QSqlDatabase m_db;
    SessionUser m_user;
    InsuredElsewhereModel *m_model;
    QLineEdit *m_file;
    QSpinBox *m_year;
    QPushButton *m_export;
    QLabel *m_summary;
    QLabel *m_error;
    QTableView *m_view;
};
