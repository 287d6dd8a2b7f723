#include "PlatformAuthCheck.h"

#include "HttpJob.h"
#include "PlatformClients.h"
#include "PlatformDiagnosis.h"
#include "PlatformRoutes.h"

namespace cc {

namespace {
const QString kId = QStringLiteral("platform.auth");
}

PlatformAuthCheck::PlatformAuthCheck(const Profile &p, const SecretValues &secrets, HttpClient *http,
                                     std::function<void(const CheckResult &)> report, QObject *parent)
    : QObject(parent), m_profile(p), m_secrets(secrets), m_http(http), m_report(std::move(report))
{
}

void PlatformAuthCheck::cancel()
{
    if (m_job)
        m_job->cancel();
}

void PlatformAuthCheck::start()
{
    const bool spot = m_profile.platform.kind == PlatformKind::Spot;
    const QString secret = spot ? m_secrets.spotToken : m_secrets.scalrSecretKey;
    m_secrets.wipe();
    if (secret.isEmpty()) {
        m_report({kId, CheckStatus::Fail,
                  spot ? QStringLiteral("No Spot API token was entered.") : QStringLiteral("No Scalr API secret key was entered."),
                  QStringLiteral("Enter it on the Platform page."), {}, false});
        return;
    }
    const QUrl endpoint(m_profile.platform.endpoint.isEmpty() && spot ? QString::fromLatin1(kSpotDefaultEndpoint) : m_profile.platform.endpoint);
    auto done = [this, spot](const PlatformAnswer &a) {
        if (a.http.failure == NetFailure::Cancelled) {
            m_report({kId, CheckStatus::Skipped, QStringLiteral("Cancelled before it finished."), {}, {}, false});
            return;
        }
        // Authenticated is what this check proves: a 404 of an empty collection counts too.
        if (a.ok() || (a.http.status == 404 && spot)) {
            CheckResult r{kId, CheckStatus::Pass,
                          spot ? QStringLiteral("Spot accepts the API token for account %1.").arg(m_profile.platform.accountId)
                               : QStringLiteral("Scalr at %1 accepts API key %2.").arg(a.http.url.host(), m_profile.platform.apiKeyId),
                          {}, {}, false};
            m_report(r);
            return;
        }
        const Diagnosis d = diagnosePlatformFailure(a, QStringLiteral("the credentials list"), m_profile);
        m_report({kId, CheckStatus::Fail, d.cause, d.fix, {}, d.environmental});
    };
    if (spot) {
        auto *client = new SpotClient(m_http, endpoint, m_profile.platform.accountId, secret, this);
        m_job = client->call("GET", spotCredentialsPath(m_profile.cloud), {}, true, done);
        return;
    }
    auto *client = new ScalrClient(m_http, endpoint, m_profile.platform.apiKeyId, secret, this);
    const QString path = scalrCredentialsPaths(m_profile).value(0);
    const bool account = m_profile.platform.scope == ScalrScope::Account;
    m_job = client->call("GET", path, {}, {}, true, [this, client, done, account](const PlatformAnswer &a) {
        // Older servers know only the account route without the id, as scalr-ctl assumes.
        if (account && a.http.status == 404) {
            m_job = client->call("GET", scalrLegacyAccountPath(), {}, {}, true, done);
            return;
        }
        done(a);
    });
}

} // namespace cc
