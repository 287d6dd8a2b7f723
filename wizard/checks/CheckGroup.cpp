#include "CheckGroup.h"

#include "HttpJob.h"

#include <utility>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Checks)
};
} // namespace

namespace cc {

CheckGroup::CheckGroup(HttpClient *http, Report report, Progress progress, QObject *parent)
    : QObject(parent), m_http(http), m_report(std::move(report)), m_progress(std::move(progress))
{
}

CheckGroup::~CheckGroup() = default;

CheckResult CheckGroup::result(const QString &id, CheckStatus s, const QString &message, const QString &fix)
{
    return CheckResult{id, s, message, fix, {}, false};
}

HttpJob *CheckGroup::track(const QString &id, HttpJob *job)
{
    m_jobs.removeIf([](const QPointer<HttpJob> &j) { return j.isNull(); }); // finished jobs delete themselves
    m_jobs << job;
    connect(job, &HttpJob::retrying, this, [this, id](int attempt, qint64 delayMs, const QString &why) {
        progress(id, Tr::tr("%1; trying again in %2 s (attempt %3)").arg(why).arg(double(delayMs) / 1000.0, 0, 'f', 1).arg(attempt));
    });
    return job;
}

void CheckGroup::finish(const CheckResult &r)
{
    if (!m_cancelled)
        m_report(r);
}

void CheckGroup::progress(const QString &id, const QString &text)
{
    if (!m_cancelled && m_progress)
        m_progress(id, text);
}

void CheckGroup::cancel()
{
    m_cancelled = true;
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<HttpJob> &j : jobs)
        if (j)
            j->cancel();
}

} // namespace cc
