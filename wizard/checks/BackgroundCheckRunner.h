#pragma once
// The Verify page's check runner: a CheckRunner on a thread of its own, so that nothing of a run
// — signing, Qt's TLS set-up and the first handshake, parsing answers, retries — takes time on
// the GUI thread (docs/benchmarks.md: those first set-ups cost 10–35 ms of the event loop).
// The page sees the same interface, signals and ordering as with CheckRunner; results arrive
// queued from the worker and are kept here, so results(), isRunning() and cancel() answer at
// once, without waiting for the worker. The command line uses CheckRunner directly.
#include "CheckRunnerInterface.h"

#include <QMap>
#include <QStringList>

class QThread;

namespace cc {

class CheckRunner;

class BackgroundCheckRunner : public CheckRunnerInterface {
    Q_OBJECT
public:
    explicit BackgroundCheckRunner(QObject *parent = nullptr);
    // Cancels a run in progress, and ends the worker thread (after its runner is deleted there).
    ~BackgroundCheckRunner() override;

    void start(const Profile &p, const SecretValues &secrets, const NetSettings &net, const QStringList &only = {},
               const CheckOptions &options = {}) override;
    // Reports every check that has not reported as cancelled and ends the run now; the worker's
    // calls are stopped behind it and whatever it still sends about this run is dropped.
    void cancel() override;
    bool isRunning() const override { return m_running; }
    QList<CheckResult> results() const override;
    QStringList plannedIds() const override { return m_order; }

private:
    void report(int generation, const CheckResult &r);
    void retireWorker();

    QThread *m_thread = nullptr;     // started on the first run
    CheckRunner *m_worker = nullptr; // this run's runner; lives in m_thread
    QStringList m_order;
    QMap<QString, CheckResult> m_results;
    QMap<QString, CheckResult> m_notApplicable; // this run's planned checks that do not apply
    int m_generation = 0;
    bool m_running = false;
};

} // namespace cc
