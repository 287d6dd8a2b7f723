#include "PlatformAuthCheck.h"

#include "HttpJob.h"
#include "PlatformClients.h"
#include "PlatformDiagnosis.h"
#include "PlatformRoutes.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PlatformChecks)
};
} // namespace

namespace cc {

namespace {

const QString kId = QStringLiteral("platform.auth");

CheckResult cancelledResult()
{
    return CheckResult{kId, CheckStatus::Skipped, Tr::tr("Cancelled before it finished."), {}, {}, false};
}

} // namespace

PlatformAuthCheck::PlatformAuthCheck(const Profile &p, const SecretValues &secrets, HttpClient *http, Report report, QObject *parent)
    : CheckGroup(http, std::move(report), {}, parent), m_profile(p), m_secrets(secrets)
{
}

PlatformAuthCheck::~PlatformAuthCheck()
{
    m_secrets.wipe();
}

QStringList PlatformAuthCheck::checkIds()
{
    return {kId};
}

void PlatformAuthCheck::start(const QSet<QString> &ids)
{
    if (!ids.contains(kId))
        return;
    const bool spot = m_profile.platform.kind == PlatformKind::Spot;
    const SecretString secret = spot ? m_secrets.spotToken : m_secrets.scalrSecretKey;
    m_secrets.wipe();
    if (secret.isEmpty()) {
        finish(result(kId, CheckStatus::Fail,
                      spot ? Tr::tr("No Spot API token was entered.") : Tr::tr("No Scalr API secret key was entered."),
                      Tr::tr("Enter it on the Platform page.")));
        return;
    }
    if (spot)
        startSpot(secret);
    else
        startScalr(secret);
}

CheckResult PlatformAuthCheck::spotAccountResult(const PlatformAnswer &a, const QString &accountId)
{
    QStringList seen;
    for (const QJsonValue &v : SpotClient::items(a)) {
        const QJsonObject o = v.toObject();
        // The OpenAPI example names the id "accountId"; spotinst-sdk-go's Account reads "id".
        const QString id = (o.contains(QStringLiteral("accountId")) ? o.value(QStringLiteral("accountId")) : o.value(QStringLiteral("id")))
                               .toString()
                               .left(64);
        if (id.compare(accountId, Qt::CaseInsensitive) == 0) {
            const QString name = o.value(QStringLiteral("name")).toString().left(200);
            CheckResult r = result(kId, CheckStatus::Pass,
                                   name.isEmpty() ? Tr::tr("Spot accepts the API token for account %1.").arg(accountId)
                                                  : Tr::tr("Spot accepts the API token for account %1 (“%2”).").arg(accountId, name));
            r.details =
                QJsonObject{{QStringLiteral("accountId"), accountId},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("organizationId"), o.value(QStringLiteral("organizationId")).toVariant().toString().left(64)}};
            return r;
        }
        if (!id.isEmpty() && seen.size() < 20)
            seen << id;
    }
    return result(
        kId, CheckStatus::Fail,
        seen.isEmpty()
            ? Tr::tr("Spot accepts the API token, but lists no account it may use, so account %1 is not proven to be one.").arg(accountId)
            : Tr::tr("Spot accepts the API token, but account %1 is not among its accounts (%2).")
                  .arg(accountId, seen.join(QStringLiteral(", "))),
        Tr::tr("Check the account id (act-…) on the Platform page, or use a token of a user of that account."));
}

void PlatformAuthCheck::startSpot(const SecretString &token)
{
    const QUrl endpoint(m_profile.platform.endpoint.isEmpty() ? QString::fromLatin1(kSpotDefaultEndpoint) : m_profile.platform.endpoint);
    const QString accountId = m_profile.platform.accountId;
    auto *client = new SpotClient(m_http, endpoint, accountId, token, this);
    // The cheapest read that proves the token works for this account: "List Accounts",
    // GET /setup/account [spotinst/openapi services/administration/general/paths/createAccount.yaml
    // (get: OrganizationsAndAccountsGetAccounts); spotinst-sdk-go service/account/providers/aws
    // ReadAccount] answers the accounts the token may use, items [{accountId|id, name,
    // organizationId}]. Without parameters it needs an organization admin's token; SpotClient adds
    // ?accountId= to every call, as the SDKs do. A read of the cloud's credentials proves nothing:
    // Spot's status for "none yet" is unknown, and a 404 is not proof the token was accepted
    // (api-reference.md).
    auto *job = client->call("GET", QStringLiteral("/setup/account"), {}, true, [this, accountId](const PlatformAnswer &a) {
        if (a.http.failure == NetFailure::Cancelled) {
            finish(cancelledResult());
            return;
        }
        if (a.ok()) {
            finish(spotAccountResult(a, accountId));
            return;
        }
        const Diagnosis d = diagnosePlatformFailure(a, Tr::tr("the list of accounts"), m_profile);
        finish(CheckResult{kId, CheckStatus::Fail, d.cause, d.fix, {}, d.environmental});
    });
    track(kId, job);
}

void PlatformAuthCheck::startScalr(const SecretString &secret)
{
    auto done = [this](const PlatformAnswer &a) {
        if (a.http.failure == NetFailure::Cancelled) {
            finish(cancelledResult());
            return;
        }
        if (a.ok()) {
            finish(result(kId, CheckStatus::Pass,
                          Tr::tr("Scalr at %1 accepts API key %2.").arg(a.http.url.host(), m_profile.platform.apiKeyId)));
            return;
        }
        const Diagnosis d = diagnosePlatformFailure(a, Tr::tr("the credentials list"), m_profile);
        finish(CheckResult{kId, CheckStatus::Fail, d.cause, d.fix, {}, d.environmental});
    };
    auto *client = new ScalrClient(m_http, QUrl(m_profile.platform.endpoint), m_profile.platform.apiKeyId, secret, this);
    const QString path = scalrCredentialsPaths(m_profile).value(0);
    const bool account = m_profile.platform.scope == ScalrScope::Account;
    auto *job = client->call("GET", path, {}, {}, true, [this, client, done, account](const PlatformAnswer &a) {
        // Older servers know only the account route without the id, as scalr-ctl assumes.
        if (account && a.http.status == 404) {
            track(kId, client->call("GET", scalrLegacyAccountPath(), {}, {}, true, done));
            return;
        }
        done(a);
    });
    track(kId, job);
}

} // namespace cc
