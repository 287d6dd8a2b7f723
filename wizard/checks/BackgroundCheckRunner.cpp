#include "BackgroundCheckRunner.h"

#include "CheckRunner.h"
#include "Logging.h"

#include <QDeadlineTimer>
#include <QThread>
#include <utility>

namespace cc {

BackgroundCheckRunner::BackgroundCheckRunner(QObject *parent) : CheckRunnerInterface(parent)
{
}

BackgroundCheckRunner::~BackgroundCheckRunner()
{
    ++m_generation; // nothing reports any more: whoever listened may be gone already
    m_running = false;
    retireWorker();
    if (!m_thread)
        return;
    // The worker's runner is deleted on its own thread (its network objects were made there)
    // before the thread ends: deleteLater is processed as the thread finishes. That takes
    // milliseconds (replies aborted); should it ever hang, closing the window must not.
    m_thread->quit();
    if (!m_thread->wait(QDeadlineTimer(10000))) {
        qCWarning(logChecks) << "the checks' thread did not end within 10 s; left to end on its own";
        m_thread->setParent(nullptr);
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
}

void BackgroundCheckRunner::retireWorker()
{
    if (!m_worker)
        return;
    CheckRunner *old = std::exchange(m_worker, nullptr);
    disconnect(old, nullptr, this, nullptr);
    // Its destructor cancels every call in flight and drops its copies of the secrets, on the
    // thread the calls live in.
    old->deleteLater();
}

void BackgroundCheckRunner::start(const Profile &p, const SecretValues &secrets, const NetSettings &net, const QStringList &only,
                                  const CheckOptions &options)
{
    if (m_running)
        cancel();
    retireWorker();
    const int generation = ++m_generation;
    m_order = CheckRunner::plannedOrder(p, only);
    m_results.clear();
    m_notApplicable.clear();
    m_running = true;
    for (const LiveCheck &c : liveChecks(p)) {
        if (!c.applies && m_order.contains(c.id))
            m_notApplicable.insert(c.id, CheckRunner::notApplicableResult(c));
    }
    // The checks that do not apply are reported here, from the event loop (as CheckRunner does,
    // so that a caller connects first), not by the worker a thread hop later; a run with nothing
    // planned ends the same way.
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            for (const CheckResult &r : std::as_const(m_notApplicable))
                report(generation, r);
            if (generation == m_generation && m_running && m_order.isEmpty()) {
                m_running = false;
                Q_EMIT finished();
            }
        },
        Qt::QueuedConnection);
    if (m_notApplicable.size() == m_order.size())
        return; // nothing for the network

    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("cloudconnect checks"));
        m_thread->start();
    }
    // A fresh runner for every run: whatever an earlier one still has queued for us names an
    // older generation and is dropped.
    m_worker = new CheckRunner;
    m_worker->moveToThread(m_thread);
    connect(m_worker, &CheckRunner::checkStarted, this, [this, generation](const QString &id) {
        if (generation == m_generation && m_running && !m_results.contains(id))
            Q_EMIT checkStarted(id);
    });
    connect(m_worker, &CheckRunner::checkProgress, this, [this, generation](const QString &id, const QString &text) {
        if (generation == m_generation && m_running && !m_results.contains(id))
            Q_EMIT checkProgress(id, text);
    });
    connect(m_worker, &CheckRunner::checkFinished, this, [this, generation](const CheckResult &r) { report(generation, r); });
    // The worker's own `finished` is not needed: the run ends here when every planned id has
    // reported. The arguments are copied into the call; the worker signs, connects and parses
    // on its thread.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, p, secrets, net, only, options] { w->start(p, secrets, net, only, options); }, Qt::QueuedConnection);
}

void BackgroundCheckRunner::cancel()
{
    if (!m_running)
        return;
    retireWorker();
    const int generation = m_generation;
    for (const QString &id : std::as_const(m_order)) {
        if (!m_results.contains(id)) // a check that does not apply says so, even when cancelled
            report(generation, m_notApplicable.value(id, CheckRunner::cancelledResult(id)));
    }
    if (m_running) { // nothing was planned
        m_running = false;
        Q_EMIT finished();
    }
}

QList<CheckResult> BackgroundCheckRunner::results() const
{
    return CheckRunner::inOrder(m_order, m_results);
}

void BackgroundCheckRunner::report(int generation, const CheckResult &r)
{
    if (generation != m_generation || !m_running || m_results.contains(r.id) || !m_order.contains(r.id))
        return;
    m_results.insert(r.id, r);
    Q_EMIT checkFinished(r);
    if (m_results.size() == m_order.size()) {
        m_running = false;
        retireWorker(); // its connections and copies of the secrets are not needed any more
        Q_EMIT finished();
    }
}

} // namespace cc
