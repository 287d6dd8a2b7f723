#pragma once
// The Verify page's list of live checks: one row per check with its status, what was found
// (or why it failed) and the fix. Rows are named "check:<id>" with children "status",
// "message" and "fix", so tests and screen readers find them.
#include "CheckResult.h"
#include "Journey.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace cc {

class CheckResultsView : public QWidget {
    Q_OBJECT
public:
    explicit CheckResultsView(QWidget *parent = nullptr);

    // One row per check, in order: "not run yet" for those that apply, "skipped" with the reason
    // for the others.
    void setPlanned(const QList<LiveCheck> &checks);
    void setRunning(const QString &id);
    void setProgress(const QString &id, const QString &text);
    void setResult(const CheckResult &r);
    QString statusOf(const QString &id) const;

private:
    struct Row {
        QLabel *icon = nullptr;
        QLabel *status = nullptr;
        QLabel *message = nullptr;
        QLabel *fix = nullptr;
    };
    void buildRows(const QList<LiveCheck> &ordered);
    void setStatus(Row &row, const QString &text, int icon);
    QVBoxLayout *m_layout;
    QStringList m_rowKey; // the checks the rows were built for: id and title
    QMap<QString, Row> m_rows;
    QList<QWidget *> m_rowWidgets;
};

} // namespace cc
