#include "Submitter.h"

#include "HttpClient.h"
#include "HttpJob.h"
#include "PlatformClients.h"
#include "PlatformDiagnosis.h"
#include "PlatformRoutes.h"

#include <QJsonArray>

namespace cc {

namespace {

const QString kMasked = QStringLiteral("••••••••");

QString platformName(const Profile &p)
{
    return p.platform.kind == PlatformKind::Spot ? QStringLiteral("spot") : QStringLiteral("scalr");
}

QString credentialsName(const Profile &p)
{
    return p.platform.credentialsName.isEmpty() ? p.name : p.platform.credentialsName;
}

QString spotExpiry(const Profile &p)
{
    return p.azure.secretExpiresAt.isValid() ? p.azure.secretExpiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"))
                                             : QString();
}

QString existingSpotRole(const QJsonArray &items)
{
    const QJsonObject first = items.at(0).toObject();
    QString role = first.value(QStringLiteral("iamRole")).toString();
    if (role.isEmpty())
        role = first.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("iamRole")).toString();
    return role.left(2048);
}

bool lostAnswer(const PlatformAnswer &a)
{
    return !a.http.answered() && a.http.failure != NetFailure::Cancelled && a.http.failure != NetFailure::InsecureUrl &&
           a.http.failure != NetFailure::Tls && a.http.failure != NetFailure::CaBundle && a.http.failure != NetFailure::HostNotFound &&
           a.http.failure != NetFailure::ConnectionRefused;
}

} // namespace

Submitter::Submitter(QObject *parent) : QObject(parent) {}

Submitter::~Submitter()
{
    m_secrets.wipe();
}

QString Submitter::credentialsPageUrl(const Profile &p)
{
    if (p.platform.kind == PlatformKind::Spot)
        return QStringLiteral("https://console.spotinst.com/");
    QString base = p.platform.endpoint;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QLatin1Char('/');
}

QJsonObject Submitter::previewBody(const Profile &p)
{
    if (p.platform.kind == PlatformKind::Spot) {
        if (p.cloud == CloudKind::Aws)
            return QJsonObject{{QStringLiteral("credentials"), QJsonObject{{QStringLiteral("iamRole"), p.aws.roleArn}}}};
        return QJsonObject{{QStringLiteral("clientId"), p.azure.clientId}, {QStringLiteral("clientSecret"), kMasked},
                           {QStringLiteral("tenantId"), p.azure.tenantId}, {QStringLiteral("subscriptionId"), p.azure.subscriptionId},
                           {QStringLiteral("expirationDate"), spotExpiry(p)}};
    }
    if (p.cloud == CloudKind::Aws)
        return QJsonObject{{QStringLiteral("name"), credentialsName(p)},
                           {QStringLiteral("cloudCredentialsType"), QStringLiteral("AwsCloudCredentials")},
                           {QStringLiteral("accountType"), scalrAccountType(p.aws.partition)},
                           {QStringLiteral("accessKey"), p.aws.accessKeyId}, {QStringLiteral("secretKey"), kMasked}};
    return QJsonObject{{QStringLiteral("handedOver"), QStringLiteral("Scalr's web flow")},
                       {QStringLiteral("tenantName"), p.azure.tenantName}, {QStringLiteral("subscription"), p.azure.subscriptionId}};
}

void Submitter::start(const Profile &p, const SecretValues &secrets, const NetSettings &net, const Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_profile = p;
    m_secrets = secrets;
    m_options = options;
    m_ids.clear();
    m_notes.clear();
    m_outcome.clear();
    delete m_http;
    m_http = new HttpClient(net, this);
    m_spot = nullptr;
    m_scalr = nullptr;
    const bool spot = p.platform.kind == PlatformKind::Spot;
    if (spot) {
        const QString endpoint = p.platform.endpoint.isEmpty() ? QString::fromLatin1(kSpotDefaultEndpoint) : p.platform.endpoint;
        m_spot = new SpotClient(m_http, QUrl(endpoint), p.platform.accountId, m_secrets.spotToken, m_http);
    } else {
        m_scalr = new ScalrClient(m_http, QUrl(p.platform.endpoint), p.platform.apiKeyId, m_secrets.scalrSecretKey, m_http);
    }
    QMetaObject::invokeMethod(this, [this, spot] {
        const bool aws = m_profile.cloud == CloudKind::Aws;
        if (spot && aws)
            spotAws();
        else if (spot)
            spotAzure();
        else if (aws)
            scalrAws(0);
        else
            scalrAzureHandOver();
    }, Qt::QueuedConnection);
}

void Submitter::cancel()
{
    const auto jobs = m_jobs;
    for (const QPointer<HttpJob> &j : jobs)
        if (j)
            j->cancel();
}

void Submitter::finish(SubmissionResult r)
{
    if (!m_running)
        return;
    m_running = false;
    r.platform = platformName(m_profile);
    if (r.link.isEmpty())
        r.link = credentialsPageUrl(m_profile);
    m_secrets.wipe();
    Q_EMIT finished(r);
}

void Submitter::failWith(const PlatformAnswer &a, const QString &what)
{
    SubmissionResult r;
    if (a.http.failure == NetFailure::Cancelled) {
        r.status = QStringLiteral("rejected");
        r.message = QStringLiteral("Cancelled; nothing more was sent.");
        finish(r);
        return;
    }
    const Diagnosis d = diagnosePlatformFailure(a, what, m_profile);
    r.status = QStringLiteral("rejected");
    r.message = d.cause;
    r.fix = d.fix;
    r.environmental = d.environmental;
    r.pointer = pointerForPlatformField(a.errors.value(0).field, m_profile);
    finish(r);
}

// ---- Spot ----------------------------------------------------------------------------------

void Submitter::spotAws()
{
    const QString role = m_profile.aws.roleArn;
    Q_EMIT progress(QStringLiteral("Reading the AWS credentials Spot has for %1…").arg(m_profile.platform.accountId));
    m_jobs << m_spot->call("GET", spotCredentialsPath(CloudKind::Aws), {}, true, [this, role](const PlatformAnswer &a) {
        if (!a.ok() && a.http.status != 404) {
            failWith(a, QStringLiteral("reading the AWS credentials"));
            return;
        }
        const QString existing = existingSpotRole(SpotClient::items(a));
        SubmissionResult r;
        r.id = m_profile.platform.accountId;
        if (existing == role) {
            r.status = QStringLiteral("unchanged");
            r.message = QStringLiteral("Spot account %1 already uses role %2; nothing was sent.").arg(r.id, role);
            finish(r);
            return;
        }
        if (!existing.isEmpty() && !m_options.replace) {
            r.status = QStringLiteral("rejected");
            r.conflict = true;
            r.message = QStringLiteral("Spot account %1 already uses role %2; submitting would replace it with %3.").arg(r.id, existing, role);
            r.fix = QStringLiteral("Confirm the replacement (headless: --replace), or use the role Spot already has.");
            finish(r);
            return;
        }
        if (m_options.dryRun) {
            r.status = QStringLiteral("dry-run");
            r.message = QStringLiteral("Would set role %1 for Spot account %2%3.").arg(role, r.id, existing.isEmpty() ? QString() : QStringLiteral(" (replacing %1)").arg(existing));
            finish(r);
            return;
        }
        Q_EMIT progress(QStringLiteral("Sending the role to Spot…"));
        const QJsonObject body{{QStringLiteral("credentials"), QJsonObject{{QStringLiteral("iamRole"), role}}}};
        m_jobs << m_spot->call("POST", spotCredentialsPath(CloudKind::Aws), body, false, [this, role](const PlatformAnswer &set) {
            if (set.ok()) {
                finish({QStringLiteral("created"), {}, m_profile.platform.accountId,
                        QStringLiteral("Spot account %1 now uses role %2.").arg(m_profile.platform.accountId, role), {}, {}, {}, false, false});
                return;
            }
            if (!lostAnswer(set)) {
                failWith(set, QStringLiteral("the AWS role"));
                return;
            }
            // The answer was lost: ask before sending again.
            m_jobs << m_spot->call("GET", spotCredentialsPath(CloudKind::Aws), {}, true, [this, role, set](const PlatformAnswer &again) {
                if (again.ok() && existingSpotRole(SpotClient::items(again)) == role)
                    finish({QStringLiteral("created"), {}, m_profile.platform.accountId,
                            QStringLiteral("Spot account %1 now uses role %2 (the first answer was lost; Spot confirmed it).")
                                .arg(m_profile.platform.accountId, role), {}, {}, {}, false, false});
                else
                    failWith(set, QStringLiteral("the AWS role"));
            });
        });
    });
}

QJsonObject Submitter::spotAzureBody() const
{
    return QJsonObject{{QStringLiteral("clientId"), m_profile.azure.clientId}, {QStringLiteral("clientSecret"), m_secrets.azureClientSecret},
                       {QStringLiteral("tenantId"), m_profile.azure.tenantId}, {QStringLiteral("subscriptionId"), m_profile.azure.subscriptionId},
                       {QStringLiteral("expirationDate"), spotExpiry(m_profile)}};
}

void Submitter::spotAzure()
{
    if (!m_profile.azure.secretExpiresAt.isValid()) {
        finish({QStringLiteral("rejected"), {}, {}, QStringLiteral("Spot needs the client secret's expiry date."),
                QStringLiteral("Enter when the client secret expires on the Credentials page."), {}, QStringLiteral("/azure/secretExpiresAt"), false, false});
        return;
    }
    Q_EMIT progress(QStringLiteral("Spot is validating the Azure credentials…"));
    QJsonObject validation = spotAzureBody();
    validation.remove(QStringLiteral("expirationDate"));
    // Validation saves nothing, so it may be retried like a read.
    m_jobs << m_spot->call("POST", QStringLiteral("/azure/setup/credentials/validation"), validation, true, [this](const PlatformAnswer &v) {
        if (!v.ok()) {
            failWith(v, QStringLiteral("validating the Azure credentials"));
            return;
        }
        m_jobs << m_spot->call("GET", spotCredentialsPath(CloudKind::Azure), {}, true, [this](const PlatformAnswer &a) {
            if (!a.ok() && a.http.status != 404) {
                failWith(a, QStringLiteral("reading the Azure credentials"));
                return;
            }
            const QJsonObject existing = SpotClient::items(a).at(0).toObject();
            const QJsonObject wanted = spotAzureBody();
            auto same = [&](const char *key) { return existing.value(QLatin1String(key)).toString().compare(wanted.value(QLatin1String(key)).toString(), Qt::CaseInsensitive) == 0; };
            const bool any = !existing.value(QStringLiteral("clientId")).toString().isEmpty();
            const bool identical = any && same("clientId") && same("tenantId") && same("subscriptionId") &&
                                   existing.value(QStringLiteral("expirationDate")).toString().left(10) == wanted.value(QStringLiteral("expirationDate")).toString().left(10);
            SubmissionResult r;
            r.id = m_profile.platform.accountId;
            if (identical) {
                r.status = QStringLiteral("unchanged");
                r.message = QStringLiteral("Spot account %1 already has these Azure credentials (application %2); nothing was sent.").arg(r.id, m_profile.azure.clientId);
                finish(r);
                return;
            }
            if (any && !m_options.replace) {
                r.status = QStringLiteral("rejected");
                r.conflict = true;
                r.message = QStringLiteral("Spot account %1 already has Azure credentials (application %2, subscription %3); submitting would replace them.")
                                .arg(r.id, existing.value(QStringLiteral("clientId")).toString().left(64), existing.value(QStringLiteral("subscriptionId")).toString().left(64));
                r.fix = QStringLiteral("Confirm the replacement (headless: --replace).");
                finish(r);
                return;
            }
            if (m_options.dryRun) {
                r.status = QStringLiteral("dry-run");
                r.message = QStringLiteral("Spot validated the credentials; would set them for account %1.").arg(r.id);
                finish(r);
                return;
            }
            Q_EMIT progress(QStringLiteral("Sending the Azure credentials to Spot…"));
            m_jobs << m_spot->call("POST", spotCredentialsPath(CloudKind::Azure), spotAzureBody(), false, [this](const PlatformAnswer &set) {
                if (set.ok()) {
                    finish({QStringLiteral("created"), {}, m_profile.platform.accountId,
                            QStringLiteral("Spot account %1 now uses application %2 on subscription %3.")
                                .arg(m_profile.platform.accountId, m_profile.azure.clientId, m_profile.azure.subscriptionId),
                            {}, {}, {}, false, false});
                    return;
                }
                if (!lostAnswer(set)) {
                    failWith(set, QStringLiteral("the Azure credentials"));
                    return;
                }
                m_jobs << m_spot->call("GET", spotCredentialsPath(CloudKind::Azure), {}, true, [this, set](const PlatformAnswer &again) {
                    const QJsonObject now = SpotClient::items(again).at(0).toObject();
                    if (again.ok() && now.value(QStringLiteral("clientId")).toString() == m_profile.azure.clientId)
                        finish({QStringLiteral("created"), {}, m_profile.platform.accountId,
                                QStringLiteral("Spot account %1 now uses application %2 (the first answer was lost; Spot confirmed it).")
                                    .arg(m_profile.platform.accountId, m_profile.azure.clientId),
                                {}, {}, {}, false, false});
                    else
                        failWith(set, QStringLiteral("the Azure credentials"));
                });
            });
        });
    });
}

void Submitter::fetchSpotExternalId(const Profile &p, const SecretValues &secrets, const NetSettings &net)
{
    delete m_http;
    m_http = new HttpClient(net, this);
    const QString endpoint = p.platform.endpoint.isEmpty() ? QString::fromLatin1(kSpotDefaultEndpoint) : p.platform.endpoint;
    auto *client = new SpotClient(m_http, QUrl(endpoint), p.platform.accountId, secrets.spotToken, m_http);
    m_profile = p;
    m_jobs << client->call("POST", QStringLiteral("/setup/credentials/aws/externalId"), {}, false, [this](const PlatformAnswer &a) {
        const QString id = SpotClient::items(a).at(0).toObject().value(QStringLiteral("externalId")).toString().left(256);
        if (a.ok() && !id.isEmpty()) {
            Q_EMIT externalIdReceived(id, {});
            return;
        }
        const Diagnosis d = diagnosePlatformFailure(a, QStringLiteral("the external id request"), m_profile);
        Q_EMIT externalIdReceived({}, a.ok() ? QStringLiteral("Spot answered without an external id.") : d.cause + QLatin1Char(' ') + d.fix);
    });
}

// ---- Scalr ---------------------------------------------------------------------------------

QJsonObject Submitter::scalrAwsBody() const
{
    return QJsonObject{{QStringLiteral("name"), credentialsName(m_profile)},
                       {QStringLiteral("description"), QStringLiteral("Added by Cloud Connect")},
                       {QStringLiteral("cloudCredentialsType"), QStringLiteral("AwsCloudCredentials")},
                       {QStringLiteral("accountType"), scalrAccountType(m_profile.aws.partition)},
                       {QStringLiteral("accessKey"), m_profile.aws.accessKeyId},
                       {QStringLiteral("secretKey"), m_secrets.awsSecretAccessKey}};
}

void Submitter::scalrAws(int pathIndex)
{
    QStringList paths = scalrCredentialsPaths(m_profile);
    if (pathIndex >= paths.size()) {
        if (m_profile.platform.scope == ScalrScope::Account && !m_profile.platform.environmentIds.isEmpty() &&
            !m_options.dryRun && !m_ids.isEmpty())
            scalrLink(0);
        else
            finish({m_options.dryRun ? QStringLiteral("dry-run") : m_outcome, {}, m_ids.join(QLatin1Char(',')),
                    m_notes.join(QLatin1Char(' ')), {}, {}, {}, false, false});
        return;
    }
    const QString path = m_scalr->property("legacy").toBool() ? scalrLegacyAccountPath() : paths.at(pathIndex);
    const QString name = credentialsName(m_profile);
    Q_EMIT progress(QStringLiteral("Looking for credentials named “%1” in Scalr…").arg(name));
    m_jobs << m_scalr->call("GET", path, {{"name", name.toUtf8()}}, {}, true, [this, pathIndex, path, name](const PlatformAnswer &a) {
        if (a.http.status == 404 && m_profile.platform.scope == ScalrScope::Account && !m_scalr->property("legacy").toBool()) {
            m_scalr->setProperty("legacy", true); // an older server: the route scalr-ctl falls back to
            scalrAws(pathIndex);
            return;
        }
        if (!a.ok()) {
            failWith(a, QStringLiteral("the credentials list"));
            return;
        }
        QJsonObject existing;
        for (const QJsonValue &v : a.json.value(QStringLiteral("data")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                existing = v.toObject();
        if (existing.isEmpty()) {
            if (m_options.dryRun) {
                m_notes << QStringLiteral("Would create AWS credentials “%1” (%2) at %3.").arg(name, scalrAccountType(m_profile.aws.partition), path);
                scalrAws(pathIndex + 1);
                return;
            }
            scalrCreate(pathIndex, path);
            return;
        }
        const QString id = existing.value(QStringLiteral("id")).toVariant().toString().left(64);
        const bool identical = existing.value(QStringLiteral("cloudCredentialsType")).toString() == QLatin1String("AwsCloudCredentials") &&
                               existing.value(QStringLiteral("accountType")).toString() == scalrAccountType(m_profile.aws.partition) &&
                               existing.value(QStringLiteral("accessKey")).toString() == m_profile.aws.accessKeyId;
        if (identical) {
            m_ids << id;
            if (m_outcome.isEmpty())
                m_outcome = QStringLiteral("unchanged");
            m_notes << QStringLiteral("Credentials “%1” (id %2) already exist with this key; nothing was sent.").arg(name, id);
            scalrAws(pathIndex + 1);
            return;
        }
        if (!m_options.replace) {
            finish({QStringLiteral("rejected"), {}, id,
                    QStringLiteral("Scalr already has credentials named “%1” (id %2) with another key or type; submitting would replace them.").arg(name, id),
                    QStringLiteral("Confirm the replacement (headless: --replace), or choose another credentials name on the Platform page."),
                    {}, QStringLiteral("/platform/credentialsName"), false, true});
            return;
        }
        if (m_options.dryRun) {
            m_notes << QStringLiteral("Would replace credentials “%1” (id %2).").arg(name, id);
            scalrAws(pathIndex + 1);
            return;
        }
        Q_EMIT progress(QStringLiteral("Replacing credentials “%1” in Scalr…").arg(name));
        m_jobs << m_scalr->call("PATCH", path + id + QLatin1Char('/'), {}, scalrAwsBody(), false, [this, pathIndex, name, id](const PlatformAnswer &p) {
            if (!p.ok()) {
                failWith(p, QStringLiteral("the replacement of “%1”").arg(name));
                return;
            }
            m_ids << id;
            m_outcome = QStringLiteral("created");
            m_notes << QStringLiteral("Replaced credentials “%1” (id %2).").arg(name, id);
            scalrAws(pathIndex + 1);
        });
    });
}

void Submitter::scalrCreate(int pathIndex, const QString &path)
{
    const QString name = credentialsName(m_profile);
    Q_EMIT progress(QStringLiteral("Creating credentials “%1” in Scalr (Scalr verifies the AWS key itself)…").arg(name));
    m_jobs << m_scalr->call("POST", path, {}, scalrAwsBody(), false, [this, pathIndex, path, name](const PlatformAnswer &a) {
        if (a.ok()) {
            const QString id = a.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toVariant().toString().left(64);
            m_ids << id;
            m_outcome = QStringLiteral("created");
            m_notes << QStringLiteral("Created AWS credentials “%1” (id %2).").arg(name, id);
            scalrAws(pathIndex + 1);
            return;
        }
        if (!lostAnswer(a)) {
            failWith(a, QStringLiteral("the new credentials “%1”").arg(name));
            return;
        }
        // The answer was lost: the server may have created them. Look before sending again.
        m_jobs << m_scalr->call("GET", path, {{"name", name.toUtf8()}}, {}, true, [this, pathIndex, name, a](const PlatformAnswer &again) {
            for (const QJsonValue &v : again.json.value(QStringLiteral("data")).toArray()) {
                if (v.toObject().value(QStringLiteral("name")).toString() == name) {
                    const QString id = v.toObject().value(QStringLiteral("id")).toVariant().toString().left(64);
                    m_ids << id;
                    m_outcome = QStringLiteral("created");
                    m_notes << QStringLiteral("Created AWS credentials “%1” (id %2; the first answer was lost, Scalr confirmed them).").arg(name, id);
                    scalrAws(pathIndex + 1);
                    return;
                }
            }
            failWith(a, QStringLiteral("the new credentials “%1”").arg(name));
        });
    });
}

void Submitter::scalrLink(int envIndex)
{
    const QStringList envs = m_profile.platform.environmentIds;
    if (envIndex >= envs.size()) {
        finish({m_outcome, {}, m_ids.join(QLatin1Char(',')), m_notes.join(QLatin1Char(' ')), {}, {}, {}, false, false});
        return;
    }
    const QString env = envs.at(envIndex);
    Q_EMIT progress(QStringLiteral("Linking the credentials to environment %1…").arg(env));
    const QJsonObject body{{QStringLiteral("cloud"), QStringLiteral("ec2")},
                           {QStringLiteral("cloudCredentials"), QJsonObject{{QStringLiteral("id"), m_ids.value(0)}}}};
    m_jobs << m_scalr->call("POST", scalrEnvironmentCloudsPath(m_profile, env), {}, body, false, [this, envIndex, env](const PlatformAnswer &a) {
        const QString code = a.errors.value(0).code;
        if (a.ok())
            m_notes << QStringLiteral("Linked to environment %1.").arg(env);
        else if (code == QLatin1String("UnicityViolation") || a.http.status == 409)
            m_notes << QStringLiteral("Environment %1 was already linked.").arg(env);
        else if (a.http.status == 404 || code == QLatin1String("EndpointNotFound") || code == QLatin1String("NotImplemented"))
            m_notes << QStringLiteral("This Scalr server cannot link credentials over its API: link them to environment %1 in "
                                      "Scalr (Environment → Clouds → AWS).").arg(env);
        else if (!a.http.answered() && a.http.failure == NetFailure::Cancelled) {
            failWith(a, QString());
            return;
        } else
            m_notes << QStringLiteral("Linking to environment %1 failed (%2): link it in Scalr (Environment → Clouds → AWS).").arg(env, a.errorText());
        scalrLink(envIndex + 1);
    });
}

void Submitter::scalrAzureHandOver()
{
    SubmissionResult r;
    r.status = m_options.dryRun ? QStringLiteral("dry-run") : QStringLiteral("handed-over");
    r.message = QStringLiteral("Scalr's API does not accept Azure credentials (it answers 501 NotImplemented: “MS Azure allows only "
                               "OAuth authentication”), so nothing was sent. Everything is verified; finish in Scalr's web UI: "
                               "Cloud credentials → New → Microsoft Azure, tenant name %1, subscription %2, then approve the "
                               "consent Scalr asks for.")
                    .arg(m_profile.azure.tenantName, m_profile.azure.subscriptionId);
    r.fix = QStringLiteral("Open Scalr, add the credentials with the values above, and link them to your environments.");
    finish(r);
}

} // namespace cc
