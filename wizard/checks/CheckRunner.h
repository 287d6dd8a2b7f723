#pragma once
// Runs the live checks of a journey (Journey.h liveChecks) concurrently and reports each as it
// ends. Checks that do not apply are reported as skipped with the reason. Network machinery is
// created here, on the first run, never at start-up.
#include "CheckRunnerInterface.h"
#include "Journey.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace cc {

class CheckGroup;
class HttpClient;

class CheckRunner : public CheckRunnerInterface {
    Q_OBJECT
public:
    explicit CheckRunner(QObject *parent = nullptr);
    ~CheckRunner() override;

    // Starts a run (cancelling one in progress). `only`: check ids to run; empty = all.
    void start(const Profile &p, const SecretValues &secrets, const NetSettings &net, const QStringList &only = {},
               const CheckOptions &options = {}) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }
    // In the order of docs/cli.md; checks not reported yet are missing.
    QList<CheckResult> results() const override;
    QStringList plannedIds() const override { return m_order; }

    // The ids a run of `only` (empty = all) on this profile reports, in order (docs/cli.md).
    static QStringList plannedOrder(const Profile &p, const QStringList &only);
    // What a check that had not reported when its run was cancelled reports.
    static CheckResult cancelledResult(const QString &id);
    // What a planned check that does not apply to the profile reports, at once.
    static CheckResult notApplicableResult(const LiveCheck &c);
    // The results of `order` reported so far, in that order.
    static QList<CheckResult> inOrder(const QStringList &order, const QMap<QString, CheckResult> &results);

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
