#include "SpotAwsSubmission.h"

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

SpotAwsSubmission::SpotAwsSubmission(const Profile &p, const SecretValues &secrets, HttpClient *http, const Options &options,
                                     QObject *parent)
    : Submission(p, secrets, http, options, parent),
      m_spot(new SpotClient(http, spotEndpoint(p), p.platform.accountId, m_secrets.spotToken, this))
{
}

QString SpotAwsSubmission::roleIn(const PlatformAnswer &a)
{
    // spotinst-sdk-go service/account/providers/aws ReadCredentials and the Terraform provider
    // read items [{"iamRole": …, "accountId": …}]; older answers nest it under "credentials".
    const QJsonObject first = SpotClient::items(a).at(0).toObject();
    QString role = first.value(QStringLiteral("iamRole")).toString();
    if (role.isEmpty())
        role = first.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("iamRole")).toString();
    return role.left(2048);
}

void SpotAwsSubmission::read(const std::function<void(const PlatformAnswer &)> &done)
{
    // GET /setup/credentials/aws?accountId=… (spotinst-sdk-go ReadCredentials).
    track(m_spot->call("GET", spotCredentialsPath(CloudKind::Aws), {}, true, done));
}

void SpotAwsSubmission::start()
{
    const QString role = m_profile.aws.roleArn;
    Q_EMIT progress(Tr::tr("Reading the AWS credentials Spot has for %1…").arg(m_profile.platform.accountId));
    read([this, role](const PlatformAnswer &a) {
        // No source says what Spot answers for an account without credentials: a 404 is read
        // as "none", anything else that is not 200 as a failure.
        if (!a.ok() && a.http.status != 404) {
            fail(a, Tr::tr("reading the AWS credentials"));
            return;
        }
        const QString existing = a.ok() ? roleIn(a) : QString();
        SubmissionResult r;
        r.id = m_profile.platform.accountId;
        if (existing == role) {
            r.status = SubmissionStatus::Unchanged;
            r.message = Tr::tr("Spot account %1 already uses role %2; nothing was sent.").arg(r.id, role);
            finish(r);
            return;
        }
        if (!existing.isEmpty() && !m_options.replace) {
            r.conflict = true;
            r.message = Tr::tr("Spot account %1 already uses role %2; submitting would replace it with %3.").arg(r.id, existing, role);
            r.fix = Tr::tr("Confirm the replacement (headless: --replace), or use the role Spot already has.");
            finish(r);
            return;
        }
        if (m_options.dryRun) {
            r.status = SubmissionStatus::DryRun;
            r.message = Tr::tr("Would set role %1 for Spot account %2%3.")
                            .arg(role, r.id, existing.isEmpty() ? QString() : Tr::tr(" (replacing %1)").arg(existing));
            finish(r);
            return;
        }
        set(existing);
    });
}

void SpotAwsSubmission::set(const QString &existing)
{
    const QString role = m_profile.aws.roleArn;
    const SubmissionStatus status = existing.isEmpty() ? SubmissionStatus::Created : SubmissionStatus::Updated;
    auto done = [this, role, status](const QString &note) {
        SubmissionResult r;
        r.status = status;
        r.id = m_profile.platform.accountId;
        r.message = Tr::tr("Spot account %1 now uses role %2%3.").arg(r.id, role, note);
        finish(r);
    };
    Q_EMIT progress(Tr::tr("Sending the role to Spot…"));
    // POST /setup/credentials/aws?accountId=… (Spot OpenAPI setCloudCredentialsForAWS.yaml).
    track(m_spot->call("POST", spotCredentialsPath(CloudKind::Aws), submissionBody(m_profile, &m_secrets), false,
                       [this, role, done](const PlatformAnswer &sent) {
                           if (sent.ok()) {
                               done(QString());
                               return;
                           }
                           confirmIfLost(
                               sent, Tr::tr("the AWS role"),
                               [this, role](std::function<void(bool)> present) {
                                   read([role, present](const PlatformAnswer &again) { present(again.ok() && roleIn(again) == role); });
                               },
                               [done] { done(Tr::tr(" (the first answer was lost; Spot confirmed it)")); });
                       }));
}

} // namespace cc
