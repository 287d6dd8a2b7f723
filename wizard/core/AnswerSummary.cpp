#include "AnswerSummary.h"

#include "Journey.h"

namespace cc {
namespace {

QString orDash(const QString &v)
{
    return v.isEmpty() ? QStringLiteral("—") : v;
}

QString secretState(const SecretString &v)
{
    return v.isEmpty() ? QStringLiteral("not entered") : QStringLiteral("entered (hidden, %1 characters)").arg(v.size());
}

QString scopeText(ScalrScope s)
{
    switch (s) {
    case ScalrScope::Scalr: return QStringLiteral("Scalr (all accounts)");
    case ScalrScope::Account: return QStringLiteral("Account");
    case ScalrScope::Environment: return QStringLiteral("Environment");
    }
    return {};
}

QString routeText(LocalRoute r)
{
    switch (r) {
    case LocalRoute::SameNetwork: return QStringLiteral("same network as the Scalr server");
    case LocalRoute::Peering: return QStringLiteral("routing / peering");
    case LocalRoute::Vpn: return QStringLiteral("VPN");
    case LocalRoute::None: return QStringLiteral("none — local cannot work");
    }
    return {};
}

} // namespace

QList<AnswerSection> answerSummary(const Profile &p, const SecretValues &secrets)
{
    QList<AnswerSection> out;
    const bool scalr = p.platform.kind == PlatformKind::Scalr;
    out.append({QStringLiteral("Onboarding"),
                {{QStringLiteral("Name"), orDash(p.name)}, {QStringLiteral("Journey"), journeyTitle(Journey::of(p))}}});

    AnswerSection platform{QStringLiteral("Platform"), {{QStringLiteral("Endpoint"), orDash(p.platform.endpoint)}}};
    if (scalr) {
        platform.rows << AnswerRow{QStringLiteral("API key id"), orDash(p.platform.apiKeyId)}
                      << AnswerRow{QStringLiteral("API secret key"), secretState(secrets.scalrSecretKey)}
                      << AnswerRow{QStringLiteral("Scope"), scopeText(p.platform.scope)}
                      << AnswerRow{QStringLiteral("Account id"), orDash(p.platform.accountId)}
                      << AnswerRow{QStringLiteral("Environments to link"), orDash(p.platform.environmentIds.join(QStringLiteral(", ")))}
                      << AnswerRow{QStringLiteral("Credentials name"), orDash(p.platform.credentialsName)};
    } else {
        platform.rows << AnswerRow{QStringLiteral("Account id"), orDash(p.platform.accountId)}
                      << AnswerRow{QStringLiteral("API token"), secretState(secrets.spotToken)};
    }
    out.append(platform);

    if (p.cloud == CloudKind::Aws) {
        AnswerSection aws{QStringLiteral("AWS"),
                          {{QStringLiteral("Partition"), toString(p.aws.partition)},
                           {QStringLiteral("Region"), orDash(p.aws.region)},
                           {QStringLiteral("VPC"), orDash(p.aws.vpcId)}}};
        if (p.aws.auth == AwsAuth::IamRole)
            aws.rows << AnswerRow{QStringLiteral("External id"), orDash(p.aws.externalId)}
                     << AnswerRow{QStringLiteral("Role name"), orDash(p.aws.roleName)}
                     << AnswerRow{QStringLiteral("Role ARN"), orDash(p.aws.roleArn)};
        aws.rows << AnswerRow{QStringLiteral("Access key id"), orDash(p.aws.accessKeyId)}
                 << AnswerRow{QStringLiteral("Secret access key"), secretState(secrets.awsSecretAccessKey)};
        if (scalr)
            aws.rows << AnswerRow{QStringLiteral("Detailed billing"),
                                  p.aws.billing.enabled ? QStringLiteral("on — bucket %1 in %2").arg(orDash(p.aws.billing.bucket), orDash(p.aws.billing.region))
                                                        : QStringLiteral("off")};
        out.append(aws);
    } else {
        AnswerSection az{QStringLiteral("Azure"),
                         {{QStringLiteral("Cloud"), toString(p.azure.cloud)},
                          {QStringLiteral("Resource group"), orDash(p.azure.resourceGroup)},
                          {QStringLiteral("Virtual network"), orDash(p.azure.vnetName)},
                          {QStringLiteral("App registration"), orDash(p.azure.appName)}}};
        if (scalr)
            az.rows << AnswerRow{QStringLiteral("Sign-on URL"), orDash(p.azure.signOnUrl)}
                    << AnswerRow{QStringLiteral("App ID URI"), orDash(p.azure.appIdUri)};
        az.rows << AnswerRow{QStringLiteral("Tenant id"), orDash(p.azure.tenantId)}
                << AnswerRow{QStringLiteral("Tenant domain"), orDash(p.azure.tenantName)}
                << AnswerRow{QStringLiteral("Client id"), orDash(p.azure.clientId)}
                << AnswerRow{QStringLiteral("Subscription id"), orDash(p.azure.subscriptionId)}
                << AnswerRow{QStringLiteral("Client secret"), secretState(secrets.azureClientSecret)}
                << AnswerRow{QStringLiteral("Secret expires"),
                             p.azure.secretExpiresAt.isValid() ? p.azure.secretExpiresAt.date().toString(Qt::ISODate) : QStringLiteral("—")};
        if (scalr)
            az.rows << AnswerRow{QStringLiteral("Detailed billing"),
                                 p.azure.billing.enabled ? QStringLiteral("on — tags: %1").arg(orDash(p.azure.billing.tagFilters.join(QStringLiteral(", "))))
                                                         : QStringLiteral("off")};
        out.append(az);
    }
    if (scalr) {
        QString policy = toString(p.connectionPolicy);
        if (p.connectionPolicy == ConnectionPolicy::Local)
            policy += QStringLiteral(" (%1)").arg(routeText(p.localRoute));
        out.append({QStringLiteral("Instance connection policy"), {{QStringLiteral("Policy"), policy}}});
    }
    // Every address that replaces a standard one, and an extra CA: they decide where the secrets
    // go and whom TLS trusts, so the Review page and the change record always list them.
    AnswerSection overrides{QStringLiteral("Overrides (where requests go, whom TLS trusts)"), {}};
    const QList<QPair<QString, QString>> endpoints{{QStringLiteral("AWS STS endpoint"), p.endpoints.sts},
                                                   {QStringLiteral("AWS IAM endpoint"), p.endpoints.iam},
                                                   {QStringLiteral("AWS EC2 endpoint"), p.endpoints.ec2},
                                                   {QStringLiteral("AWS S3 endpoint"), p.endpoints.s3},
                                                   {QStringLiteral("Entra ID authority"), p.endpoints.azureAuthority},
                                                   {QStringLiteral("Azure Resource Manager"), p.endpoints.azureResourceManager}};
    for (const auto &[label, value] : endpoints)
        if (!value.isEmpty())
            overrides.rows.append({label, value});
    if (!p.caBundle.isEmpty())
        overrides.rows.append({QStringLiteral("Extra trusted CAs (tls.caBundle)"), p.caBundle});
    if (overrides.rows.isEmpty())
        overrides.rows.append({QStringLiteral("None"), QStringLiteral("the standard endpoints of the partition / cloud, the system's CAs")});
    out.append(overrides);
    return out;
}

} // namespace cc
