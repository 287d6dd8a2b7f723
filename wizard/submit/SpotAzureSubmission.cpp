#include "SpotAzureSubmission.h"

#include "PlatformClients.h"
#include "PlatformRoutes.h"
#include "SubmissionBody.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Submission)
};
} // namespace

namespace cc {

SpotAzureSubmission::SpotAzureSubmission(const Profile &p, const SecretValues &secrets, HttpClient *http, const Options &options,
                                         QObject *parent)
    : Submission(p, secrets, http, options, parent),
      m_spot(new SpotClient(http, spotEndpoint(p), p.platform.accountId, m_secrets.spotToken, this))
{
}

void SpotAzureSubmission::read(const std::function<void(const PlatformAnswer &)> &done)
{
    // GET /azure/setup/credentials?accountId=… (Spot OpenAPI paths/cloudCredentialsForAzure.yaml);
    // clientSecret comes back masked ("abc*****").
    track(m_spot->call("GET", spotCredentialsPath(CloudKind::Azure), {}, true, done));
}

void SpotAzureSubmission::start()
{
    if (!m_profile.azure.secretExpiresAt.isValid()) {
        SubmissionResult r;
        r.message = Tr::tr("Spot needs the client secret's expiry date.");
        r.fix = Tr::tr("Enter when the client secret expires on the Credentials page.");
        r.pointer = QStringLiteral("/azure/secretExpiresAt");
        finish(r);
        return;
    }
    Q_EMIT progress(Tr::tr("Spot is validating the Azure credentials…"));
    QJsonObject validation = submissionBody(m_profile, &m_secrets);
    // POST /azure/setup/credentials/validation (Spot OpenAPI validateCloudCredentialsForAzure.yaml):
    // the four credentials, no expiry. It saves nothing, so it may be retried like a read.
    validation.remove(QStringLiteral("expirationDate"));
    track(m_spot->call("POST", QStringLiteral("/azure/setup/credentials/validation"), validation, true, [this](const PlatformAnswer &v) {
        if (!v.ok()) {
            fail(v, Tr::tr("validating the Azure credentials"));
            return;
        }
        read([this](const PlatformAnswer &a) { compare(a); });
    }));
}

void SpotAzureSubmission::compare(const PlatformAnswer &a)
{
    if (!a.ok() && a.http.status != 404) {
        fail(a, Tr::tr("reading the Azure credentials"));
        return;
    }
    const QJsonObject existing = a.ok() ? SpotClient::items(a).at(0).toObject() : QJsonObject();
    auto same = [&](const char *key, const QString &wanted) {
        return existing.value(QLatin1String(key)).toString().compare(wanted, Qt::CaseInsensitive) == 0;
    };
    const QString existingClient = existing.value(QStringLiteral("clientId")).toString().left(64);
    const bool any = !existingClient.isEmpty();
    const bool sameApp = any && same("clientId", m_profile.azure.clientId) && same("tenantId", m_profile.azure.tenantId)
                         && same("subscriptionId", m_profile.azure.subscriptionId);
    SubmissionResult r;
    r.id = m_profile.platform.accountId;
    if (any && !sameApp && !m_options.replace) {
        r.conflict = true;
        r.message = Tr::tr("Spot account %1 already has Azure credentials (application %2, subscription %3); submitting "
                           "would replace them.")
                        .arg(r.id, existingClient, existing.value(QStringLiteral("subscriptionId")).toString().left(64));
        r.fix = Tr::tr("Confirm the replacement (headless: --replace).");
        finish(r);
        return;
    }
    if (m_options.dryRun) {
        r.status = SubmissionStatus::DryRun;
        r.message = sameApp ? Tr::tr("Spot validated the credentials; would set application %1's secret again for account %2 "
                                     "(Spot shows stored secrets masked, so it is always sent).")
                                  .arg(m_profile.azure.clientId, r.id)
                            : Tr::tr("Spot validated the credentials; would set them for account %1.").arg(r.id);
        finish(r);
        return;
    }
    set(any ? SubmissionStatus::Updated : SubmissionStatus::Created);
}

void SpotAzureSubmission::set(SubmissionStatus status)
{
    auto done = [this, status](const QString &note) {
        SubmissionResult r;
        r.status = status;
        r.id = m_profile.platform.accountId;
        r.message = Tr::tr("Spot account %1 now uses application %2 on subscription %3%4.")
                        .arg(r.id, m_profile.azure.clientId, m_profile.azure.subscriptionId, note);
        finish(r);
    };
    Q_EMIT progress(Tr::tr("Sending the Azure credentials to Spot…"));
    // POST /azure/setup/credentials (Spot OpenAPI setCloudCredentialsForAzure.yaml): flat body,
    // expirationDate required.
    track(m_spot->call(
        "POST", spotCredentialsPath(CloudKind::Azure), submissionBody(m_profile, &m_secrets), false,
        [this, done](const PlatformAnswer &sent) {
            if (sent.ok()) {
                done(QString());
                return;
            }
            confirmIfLost(
                sent, Tr::tr("the Azure credentials"),
                [this](std::function<void(bool)> present) {
                    // The secret cannot be read back; the application and the expiry can.
                    read([this, present](const PlatformAnswer &again) {
                        const QJsonObject now = SpotClient::items(again).at(0).toObject();
                        present(
                            again.ok()
                            && now.value(QStringLiteral("clientId")).toString().compare(m_profile.azure.clientId, Qt::CaseInsensitive) == 0
                            && now.value(QStringLiteral("expirationDate")).toString().left(10) == spotExpirationDate(m_profile).left(10));
                    });
                },
                [done] { done(Tr::tr(" (the first answer was lost; Spot confirmed it)")); });
        }));
}

} // namespace cc
