#include "AnswerSummary.h"

#include "Journey.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AnswerSummary)
};
} // namespace

namespace cc {
namespace {

QString orDash(const QString &v)
{
    return v.isEmpty() ? QStringLiteral("—") : v;
}

QString secretState(const SecretString &v)
{
    return v.isEmpty() ? Tr::tr("not entered") : Tr::tr("entered (hidden, %1 characters)").arg(v.size());
}

QString scopeText(ScalrScope s)
{
    switch (s) {
    case ScalrScope::Scalr: return Tr::tr("Scalr (all accounts)");
    case ScalrScope::Account: return Tr::tr("Account");
    case ScalrScope::Environment: return Tr::tr("Environment");
    }
    return {};
}

QString routeText(LocalRoute r)
{
    switch (r) {
    case LocalRoute::SameNetwork: return Tr::tr("same network as the Scalr server");
    case LocalRoute::Peering: return Tr::tr("routing / peering");
    case LocalRoute::Vpn: return Tr::tr("VPN");
    case LocalRoute::None: return Tr::tr("none — local cannot work");
    }
    return {};
}

} // namespace

QList<AnswerSection> answerSummary(const Profile &p, const SecretValues &secrets)
{
    QList<AnswerSection> out;
    const bool scalr = p.platform.kind == PlatformKind::Scalr;
    out.append({Tr::tr("Onboarding"), {{Tr::tr("Name"), orDash(p.name)}, {Tr::tr("Journey"), journeyTitle(Journey::of(p))}}});

    AnswerSection platform{Tr::tr("Platform"), {{Tr::tr("Endpoint"), orDash(p.platform.endpoint)}}};
    if (scalr) {
        platform.rows << AnswerRow{Tr::tr("API key id"), orDash(p.platform.apiKeyId)}
                      << AnswerRow{Tr::tr("API secret key"), secretState(secrets.scalrSecretKey), true}
                      << AnswerRow{Tr::tr("Scope"), scopeText(p.platform.scope)}
                      << AnswerRow{Tr::tr("Account id"), orDash(p.platform.accountId)}
                      << AnswerRow{Tr::tr("Environments to link"), orDash(p.platform.environmentIds.join(QStringLiteral(", ")))}
                      << AnswerRow{Tr::tr("Credentials name"), orDash(p.platform.credentialsName)};
    } else {
        platform.rows << AnswerRow{Tr::tr("Account id"), orDash(p.platform.accountId)}
                      << AnswerRow{Tr::tr("API token"), secretState(secrets.spotToken), true};
    }
    out.append(platform);

    if (p.cloud == CloudKind::Aws) {
        AnswerSection aws{QStringLiteral("AWS"),
                          {{Tr::tr("Partition"), toString(p.aws.partition)},
                           {Tr::tr("Region"), orDash(p.aws.region)},
                           {QStringLiteral("VPC"), orDash(p.aws.vpcId)}}};
        if (p.aws.auth == AwsAuth::IamRole)
            aws.rows << AnswerRow{Tr::tr("External id"), orDash(p.aws.externalId)} << AnswerRow{Tr::tr("Role name"), orDash(p.aws.roleName)}
                     << AnswerRow{Tr::tr("Role ARN"), orDash(p.aws.roleArn)};
        aws.rows << AnswerRow{Tr::tr("Access key id"), orDash(p.aws.accessKeyId)}
                 << AnswerRow{Tr::tr("Secret access key"), secretState(secrets.awsSecretAccessKey), true};
        if (scalr)
            aws.rows << AnswerRow{Tr::tr("Detailed billing"),
                                  p.aws.billing.enabled
                                      ? Tr::tr("on — bucket %1 in %2").arg(orDash(p.aws.billing.bucket), orDash(p.aws.billing.region))
                                      : Tr::tr("off")};
        out.append(aws);
    } else {
        AnswerSection az{QStringLiteral("Azure"),
                         {{Tr::tr("Cloud"), toString(p.azure.cloud)},
                          {Tr::tr("Resource group"), orDash(p.azure.resourceGroup)},
                          {Tr::tr("Virtual network"), orDash(p.azure.vnetName)},
                          {Tr::tr("App registration"), orDash(p.azure.appName)}}};
        if (scalr)
            az.rows << AnswerRow{Tr::tr("Sign-on URL"), orDash(p.azure.signOnUrl)}
                    << AnswerRow{Tr::tr("App ID URI"), orDash(p.azure.appIdUri)};
        az.rows << AnswerRow{Tr::tr("Tenant id"), orDash(p.azure.tenantId)}
                << AnswerRow{Tr::tr("Tenant domain"), orDash(p.azure.tenantName)}
                << AnswerRow{Tr::tr("Client id"), orDash(p.azure.clientId)}
                << AnswerRow{Tr::tr("Subscription id"), orDash(p.azure.subscriptionId)}
                << AnswerRow{Tr::tr("Client secret"), secretState(secrets.azureClientSecret), true}
                << AnswerRow{Tr::tr("Secret expires"), p.azure.secretExpiresAt.isValid()
                                                           ? p.azure.secretExpiresAt.date().toString(Qt::ISODate)
                                                           : QStringLiteral("—")};
        if (scalr)
            az.rows << AnswerRow{Tr::tr("Detailed billing"),
                                 p.azure.billing.enabled
                                     ? Tr::tr("on — tags: %1").arg(orDash(p.azure.billing.tagFilters.join(QStringLiteral(", "))))
                                     : Tr::tr("off")};
        out.append(az);
    }
    if (scalr) {
        QString policy = toString(p.connectionPolicy);
        if (p.connectionPolicy == ConnectionPolicy::Local)
            policy += QStringLiteral(" (%1)").arg(routeText(p.localRoute));
        out.append({Tr::tr("Instance connection policy"), {{Tr::tr("Policy"), policy}}});
    }
    // Every address that replaces a standard one, and an extra CA: they decide where the secrets
    // go and whom TLS trusts, so the Review page and the change record always list them.
    AnswerSection overrides{Tr::tr("Overrides (where requests go, whom TLS trusts)"), {}};
    const QList<QPair<QString, QString>> endpoints{{Tr::tr("AWS STS endpoint"), p.endpoints.sts},
                                                   {Tr::tr("AWS IAM endpoint"), p.endpoints.iam},
                                                   {Tr::tr("AWS EC2 endpoint"), p.endpoints.ec2},
                                                   {Tr::tr("AWS S3 endpoint"), p.endpoints.s3},
                                                   {Tr::tr("Entra ID authority"), p.endpoints.azureAuthority},
                                                   {Tr::tr("Azure Resource Manager"), p.endpoints.azureResourceManager}};
    for (const auto &[label, value] : endpoints)
        if (!value.isEmpty())
            overrides.rows.append({label, value});
    if (!p.caBundle.isEmpty())
        overrides.rows.append({Tr::tr("Extra trusted CAs (tls.caBundle)"), p.caBundle});
    if (overrides.rows.isEmpty())
        overrides.rows.append({Tr::tr("None"), Tr::tr("the standard endpoints of the partition / cloud, the system's CAs")});
    out.append(overrides);
    return out;
}

} // namespace cc
