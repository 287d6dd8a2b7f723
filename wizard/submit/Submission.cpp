#include "Submission.h"

#include "HttpJob.h"
#include "PlatformClients.h"
#include "PlatformDiagnosis.h"
#include "ScalrAwsSubmission.h"
#include "ScalrAzureHandOver.h"
#include "SpotAwsSubmission.h"
#include "SpotAzureSubmission.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Submission)
};
} // namespace

namespace cc {

Submission::Submission(const Profile &p, const SecretValues &secrets, HttpClient *http, const Options &options, QObject *parent)
    : QObject(parent), m_profile(p), m_secrets(secrets), m_options(options), m_http(http)
{
}

Submission::~Submission()
{
    m_secrets.wipe();
}

Submission *Submission::create(const Profile &p, const SecretValues &secrets, HttpClient *http, const Options &options, QObject *parent)
{
    const bool aws = p.cloud == CloudKind::Aws;
    if (p.platform.kind == PlatformKind::Spot) {
        if (aws)
            return new SpotAwsSubmission(p, secrets, http, options, parent);
        return new SpotAzureSubmission(p, secrets, http, options, parent);
    }
    if (aws)
        return new ScalrAwsSubmission(p, secrets, http, options, parent);
    return new ScalrAzureHandOver(p, secrets, http, options, parent);
}

void Submission::cancel()
{
    const auto jobs = m_jobs;
    for (const QPointer<HttpJob> &j : jobs)
        if (j)
            j->cancel();
}

HttpJob *Submission::track(HttpJob *job)
{
    m_jobs << job;
    return job;
}

void Submission::finish(SubmissionResult r)
{
    if (m_finished)
        return;
    m_finished = true;
    r.platform = m_profile.platform.kind == PlatformKind::Spot ? QStringLiteral("spot") : QStringLiteral("scalr");
    m_secrets.wipe();
    Q_EMIT finished(r);
}

void Submission::fail(const PlatformAnswer &a, const QString &what)
{
    SubmissionResult r;
    r.status = SubmissionStatus::Rejected;
    if (a.http.failure == NetFailure::Cancelled) {
        r.message = Tr::tr("Cancelled; nothing more was sent.");
        finish(r);
        return;
    }
    const Diagnosis d = diagnosePlatformFailure(a, what, m_profile);
    r.message = d.cause;
    r.fix = d.fix;
    r.environmental = d.environmental;
    r.pointer = pointerForPlatformField(a.errors.value(0).field, m_profile);
    finish(r);
}

bool Submission::answerLost(const PlatformAnswer &a)
{
    // Failures that happen before a request can have reached the server are not "lost".
    switch (a.http.failure) {
    case NetFailure::None:
    case NetFailure::Cancelled:
    case NetFailure::InsecureUrl:
    case NetFailure::Tls:
    case NetFailure::CaBundle:
    case NetFailure::HostNotFound:
    case NetFailure::ConnectionRefused: return false;
    default: return true;
    }
}

void Submission::confirmIfLost(const PlatformAnswer &sent, const QString &what, const Look &look, const std::function<void()> &confirmed)
{
    if (!answerLost(sent)) {
        fail(sent, what);
        return;
    }
    Q_EMIT progress(Tr::tr("The answer was lost; asking the platform whether %1 arrived…").arg(what));
    look([this, sent, what, confirmed](bool present) {
        if (present)
            confirmed();
        else
            fail(sent, what);
    });
}

} // namespace cc
