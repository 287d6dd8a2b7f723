#include "ProfileFieldLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace cc {
namespace {

struct Label {
    const char *pointer;
    const char *page;
    const char *field;
};

// Page and field as the wizard shows them (translated through the "ProfileFieldLabels" context).
constexpr Label kLabels[] = {
    {"/name", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Start"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Profile name")},
    {"/description", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Start"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Description")},
    {"/platform/kind", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Platform"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Platform")},
    {"/platform/endpoint", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Platform"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "Platform address")},
    {"/platform/scope", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Platform"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Scope")},
    {"/platform/accountId", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Platform"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Account ID")},
    {"/platform/environmentIds", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Platform"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "Environment IDs")},
    {"/platform/apiKeyId", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Platform"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "API key ID")},
    {"/platform/credentialsName", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Platform"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "Credentials name")},
    {"/cloud", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Cloud"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Cloud")},
    {"/connectionPolicy", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Connection policy"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "Connection policy")},
    {"/localRoute", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Connection policy"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Local route")},
    {"/aws/partition", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Cloud"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "AWS partition")},
    {"/aws/region", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Cloud"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "AWS region")},
    {"/aws/vpcId", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Network"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "VPC ID")},
    {"/aws/auth", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Identity"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "How Spot signs in")},
    {"/aws/accessKeyId", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Credentials"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Access key ID")},
    {"/aws/roleArn", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Identity"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Role ARN")},
    {"/aws/roleName", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Identity"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Role name")},
    {"/aws/externalId", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Identity"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "External ID")},
    {"/aws/billing/enabled", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Billing"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "AWS billing data")},
    {"/aws/billing/bucket", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Billing"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Billing bucket")},
    {"/aws/billing/region", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Billing"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Bucket region")},
    {"/azure/cloud", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Cloud"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Azure cloud")},
    {"/azure/tenantId", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Credentials"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Tenant ID")},
    {"/azure/tenantName", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Identity"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Tenant name")},
    {"/azure/clientId", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Credentials"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "Application (client) ID")},
    {"/azure/subscriptionId", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Credentials"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "Subscription ID")},
    {"/azure/appName", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Identity"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "App registration name")},
    {"/azure/signOnUrl", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Identity"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Sign-on URL")},
    {"/azure/appIdUri", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Identity"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Application ID URI")},
    {"/azure/secretExpiresAt", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Credentials"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "Secret expires")},
    {"/azure/resourceGroup", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Network"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Resource group")},
    {"/azure/vnetName", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Network"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Virtual network")},
    {"/azure/billing/enabled", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Billing"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "Azure billing data")},
    {"/azure/billing/tagFilters", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Billing"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "Tag filters")},
    {"/endpoints/sts", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Override"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "AWS STS address")},
    {"/endpoints/iam", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Override"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "AWS IAM address")},
    {"/endpoints/ec2", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Override"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "AWS EC2 address")},
    {"/endpoints/s3", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Override"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "AWS S3 address")},
    {"/endpoints/azureAuthority", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Override"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "Entra ID sign-in address")},
    {"/endpoints/azureResourceManager", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Override"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "Azure Resource Manager address")},
    {"/tls/caBundle", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Override"),
     QT_TRANSLATE_NOOP("ProfileFieldLabels", "Extra trusted certificate authorities")},
    {"/resumePage", QT_TRANSLATE_NOOP("ProfileFieldLabels", "Start"), QT_TRANSLATE_NOOP("ProfileFieldLabels", "Page to resume at")},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileFieldLabels", text);
}

} // namespace

QString profileFieldLabel(const QString &pointer)
{
    for (const Label &l : kLabels) {
        if (pointer == QLatin1String(l.pointer))
            return QCoreApplication::translate("ProfileFieldLabels", "%1 › %2").arg(tr(l.page), tr(l.field));
    }
    if (pointer.startsWith(QLatin1String("/checklist/")))
        return QCoreApplication::translate("ProfileFieldLabels", "%1 › %2")
            .arg(QCoreApplication::translate("ProfileFieldLabels", "Checklist"), pointer.mid(11));
    return pointer;
}

bool isTrustField(const QString &pointer)
{
    return pointer == QLatin1String("/platform/endpoint") || pointer == QLatin1String("/platform/kind")
           || pointer == QLatin1String("/cloud") || pointer == QLatin1String("/aws/partition") || pointer == QLatin1String("/azure/cloud")
           || pointer.startsWith(QLatin1String("/endpoints/")) || pointer == QLatin1String("/tls/caBundle");
}

} // namespace cc
