#pragma once
// Runs the live checks of a journey (Journey.h liveChecks) concurrently and reports each as it
// ends. Checks that do not apply are reported as skipped with the reason. Network machinery is
// created here, on the first run, never at start-up.
#include "CheckOptions.h"
#include "CheckResult.h"
#include "NetSettings.h"
#include "Profile.h"
#include "SecretValues.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace cc {

class CheckGroup;
class HttpClient;

class CheckRunner : public QObject {
    Q_OBJECT
public:
    explicit CheckRunner(QObject *parent = nullptr);
    ~CheckRunner() override;

    // Starts a run (cancelling one in progress). `only`: check ids to run; empty = all.
    void start(const Profile &p, const SecretValues &secrets, const NetSettings &net, const QStringList &only = {},
               const CheckOptions &options = {});
    void cancel();
    bool isRunning() const { return m_running; }
    // In the order of docs/cli.md; checks not reported yet are missing.
    QList<CheckResult> results() const;
    QStringList plannedIds() const { return m_order; }

Q_SIGNALS:
    void checkStarted(const QString &id);
    void checkProgress(const QString &id, const QString &text);
    void checkFinished(const cc::CheckResult &result);
    void finished();

private:
    void report(const CheckResult &r);
    void cancelGroups();

    QStringList m_order;
    QMap<QString, CheckResult> m_results;
    QPointer<HttpClient> m_http;
    // The groups of this run (CheckGroup.h), each owning the ids it lists.
    QList<QPointer<CheckGroup>> m_groups;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace cc
