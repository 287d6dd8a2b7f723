#include "CheckRunner.h"

#include "AwsChecks.h"
#include "AzureChecks.h"
#include "PlatformAuthCheck.h"
#include "HttpClient.h"
#include "Journey.h"

#include <QSet>
#include <QTimer>

namespace cc {

CheckRunner::CheckRunner(QObject *parent) : QObject(parent) {}

CheckRunner::~CheckRunner()
{
    // Nothing reports any more: whoever listened may be gone already.
    ++m_generation;
    m_running = false;
    if (m_aws)
        m_aws->cancel();
    if (m_azure)
        m_azure->cancel();
    if (m_platform)
        m_platform->cancel();
}

void CheckRunner::start(const Profile &p, const SecretValues &secrets, const NetSettings &net, const QStringList &only,
                        const CheckOptions &options)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_results.clear();
    m_order.clear();
    delete m_aws;
    delete m_azure;
    delete m_platform;
    delete m_http;
    m_http = new HttpClient(net, this);
    m_running = true;

    QList<CheckResult> immediate;
    QSet<QString> aws;
    QSet<QString> azure;
    bool platform = false;
    for (const LiveCheck &c : liveChecks(p)) {
        if (!only.isEmpty() && !only.contains(c.id))
            continue;
        m_order << c.id;
        if (!c.applies) {
            immediate.append({c.id, CheckStatus::Skipped, QStringLiteral("Does not apply: %1.").arg(c.skipReason), {}, {}, false});
        } else if (c.id.startsWith(QLatin1String("aws."))) {
            aws.insert(c.id);
        } else if (c.id.startsWith(QLatin1String("azure."))) {
            azure.insert(c.id);
        } else if (c.id == QLatin1String("platform.auth")) {
            platform = true;
        }
    }
    for (const QString &id : std::as_const(m_order)) {
        if (aws.contains(id) || azure.contains(id) || (platform && id == QLatin1String("platform.auth")))
            QTimer::singleShot(0, this, [this, id, g = m_generation] {
                if (g == m_generation)
                    Q_EMIT checkStarted(id);
            });
    }
    const int generation = m_generation;
    // Reported from the event loop, so a caller connects before the first result arrives.
    QTimer::singleShot(0, this, [this, immediate, generation] {
        if (generation != m_generation)
            return;
        for (const CheckResult &r : immediate)
            report(r);
    });
    // Results and progress of this run only: a cancelled or replaced run's late answers are dropped.
    const auto reportResult = [this, generation](const CheckResult &r) {
        if (generation == m_generation)
            report(r);
    };
    const auto reportProgress = [this, generation](const QString &id, const QString &text) {
        if (generation == m_generation)
            Q_EMIT checkProgress(id, text);
    };
    if (!aws.isEmpty()) {
        m_aws = new AwsChecks(p, secrets, m_http, reportResult, reportProgress, this);
        QTimer::singleShot(0, m_aws, [a = m_aws, aws] { a->start(aws); });
    }
    if (platform) {
        m_platform = new PlatformAuthCheck(p, secrets, m_http, reportResult, this);
        QTimer::singleShot(0, m_platform, [c = m_platform] { c->start(); });
    }
    if (!azure.isEmpty()) {
        m_azure = new AzureChecks(p, secrets, m_http, reportResult, reportProgress, options, this);
        QTimer::singleShot(0, m_azure, [a = m_azure, azure] { a->start(azure); });
    }
}

void CheckRunner::cancel()
{
    if (!m_running)
        return;
    if (m_aws)
        m_aws->cancel();
    if (m_azure)
        m_azure->cancel();
    if (m_platform)
        m_platform->cancel();
    // Whatever has not reported by now never will in this run.
    const int generation = m_generation;
    for (const QString &id : std::as_const(m_order)) {
        if (!m_results.contains(id) && m_running && generation == m_generation)
            report({id, CheckStatus::Skipped, QStringLiteral("Cancelled before it finished."), {}, {}, false});
    }
}

QList<CheckResult> CheckRunner::results() const
{
    QList<CheckResult> out;
    for (const QString &id : m_order) {
        if (m_results.contains(id))
            out << m_results.value(id);
    }
    return out;
}

void CheckRunner::report(const CheckResult &r)
{
    if (!m_running || m_results.contains(r.id))
        return;
    m_results.insert(r.id, r);
    Q_EMIT checkFinished(r);
    if (m_results.size() == m_order.size()) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace cc
