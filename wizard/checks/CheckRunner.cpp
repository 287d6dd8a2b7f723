#include "CheckRunner.h"
#include "Logging.h"

#include "AwsChecks.h"
#include "AzureChecks.h"
#include "PlatformAuthCheck.h"
#include "HttpClient.h"
#include "Journey.h"

#include <QSet>
#include <QTimer>
#include <utility>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Checks)
};
} // namespace

namespace cc {

CheckRunner::CheckRunner(QObject *parent) : CheckRunnerInterface(parent)
{
}

CheckRunner::~CheckRunner()
{
    // Nothing reports any more: whoever listened may be gone already.
    ++m_generation;
    m_running = false;
    cancelGroups();
}

void CheckRunner::cancelGroups()
{
    for (const QPointer<CheckGroup> &g : std::as_const(m_groups))
        if (g)
            g->cancel();
}

void CheckRunner::start(const Profile &p, const SecretValues &secrets, const NetSettings &net, const QStringList &only,
                        const CheckOptions &options)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_results.clear();
    m_order.clear();
    qDeleteAll(std::exchange(m_groups, {}));
    delete m_http;
    m_http = new HttpClient(net, this);
    m_running = true;

    const int generation = m_generation;
    // Results and progress of this run only: a cancelled or replaced run's late answers are dropped.
    const auto reportResult = [this, generation](const CheckResult &r) {
        if (generation == m_generation)
            report(r);
    };
    const auto reportProgress = [this, generation](const QString &id, const QString &text) {
        if (generation == m_generation)
            Q_EMIT checkProgress(id, text);
    };
    // Every group is created (cheap: no network until started); only those with ids to run start.
    const QList<CheckGroup *> groups{new PlatformAuthCheck(p, secrets, m_http, reportResult, this),
                                     new AwsChecks(p, secrets, m_http, reportResult, reportProgress, this),
                                     new AzureChecks(p, secrets, m_http, reportResult, reportProgress, options, this)};
    m_order = plannedOrder(p, only);
    QMap<CheckGroup *, QSet<QString>> planned;
    QList<CheckResult> immediate;
    for (const LiveCheck &c : liveChecks(p)) {
        if (!m_order.contains(c.id))
            continue;
        if (!c.applies) {
            immediate.append(notApplicableResult(c));
            continue;
        }
        for (CheckGroup *g : groups) {
            if (g->ids().contains(c.id)) {
                planned[g].insert(c.id);
                break;
            }
        }
    }
    for (const QString &id : std::as_const(m_order)) {
        bool running = false;
        for (const QSet<QString> &ids : std::as_const(planned))
            running = running || ids.contains(id);
        if (running)
            QTimer::singleShot(0, this, [this, id, generation] {
                if (generation == m_generation)
                    Q_EMIT checkStarted(id);
            });
    }
    // Reported from the event loop, so a caller connects before the first result arrives.
    QTimer::singleShot(0, this, [this, immediate, generation] {
        if (generation != m_generation)
            return;
        for (const CheckResult &r : immediate)
            report(r);
        if (m_order.isEmpty() && m_running) { // nothing to run: the run still ends
            m_running = false;
            Q_EMIT finished();
        }
    });
    for (CheckGroup *g : groups) {
        if (!planned.contains(g)) {
            delete g;
            continue;
        }
        m_groups << g;
        QTimer::singleShot(0, g, [g, ids = planned.value(g)] { g->start(ids); });
    }
}

QStringList CheckRunner::plannedOrder(const Profile &p, const QStringList &only)
{
    // A journey's check that no group runs would never report, so it is not planned.
    const QStringList runnable = PlatformAuthCheck::checkIds() + AwsChecks::checkIds() + AzureChecks::checkIds();
    QStringList order;
    for (const LiveCheck &c : liveChecks(p)) {
        if ((only.isEmpty() || only.contains(c.id)) && runnable.contains(c.id))
            order << c.id;
    }
    return order;
}

CheckResult CheckRunner::notApplicableResult(const LiveCheck &c)
{
    return {c.id, CheckStatus::Skipped, Tr::tr("Does not apply: %1.").arg(c.skipReason), {}, {}, false};
}

CheckResult CheckRunner::cancelledResult(const QString &id)
{
    return {id, CheckStatus::Skipped, Tr::tr("Cancelled before it finished."), {}, {}, false};
}

void CheckRunner::cancel()
{
    if (!m_running)
        return;
    cancelGroups();
    // Whatever has not reported by now never will in this run.
    const int generation = m_generation;
    for (const QString &id : std::as_const(m_order)) {
        if (!m_results.contains(id) && m_running && generation == m_generation)
            report(cancelledResult(id));
    }
}

QList<CheckResult> CheckRunner::results() const
{
    return inOrder(m_order, m_results);
}

QList<CheckResult> CheckRunner::inOrder(const QStringList &order, const QMap<QString, CheckResult> &results)
{
    QList<CheckResult> out;
    for (const QString &id : order) {
        if (results.contains(id))
            out << results.value(id);
    }
    return out;
}

void CheckRunner::report(const CheckResult &r)
{
    if (!m_running || m_results.contains(r.id))
        return;
    m_results.insert(r.id, r);
    qCDebug(logChecks).noquote() << r.id << checkStatusName(r.status) << (r.environmental ? "(environment)" : "");
    Q_EMIT checkFinished(r);
    if (m_results.size() == m_order.size()) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace cc
