#pragma once

#include <QWidget>

class PersonSearchModel;
class QLabel;
class QTableView;

// Results of the main window's search box: a lazily paged table over
// PersonSearchModel. Enter or a double-click opens the person.
class PersonSearchPage : public QWidget
{
    Q_OBJECT
public:
    explicit PersonSearchPage(PersonSearchModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    PersonSearchModel *model() const { return m_model; }
    // Updates the line above the table after a search.
    void updateSummary();

signals:
    void personActivated(const QString &personId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void activateCurrent();

    PersonSearchModel *m_model;
    QLabel *m_title;
    QLabel *m_summary;
    QTableView *m_view;
};
