#include "ProfileField.h"

namespace cc {

QString &textOf(Profile &p, ProfileField f)
{
    switch (f) {
    case ProfileField::Name: return p.name;
    case ProfileField::Description: return p.description;
    case ProfileField::PlatformEndpoint: return p.platform.endpoint;
    case ProfileField::PlatformApiKeyId: return p.platform.apiKeyId;
    case ProfileField::PlatformAccountId: return p.platform.accountId;
    case ProfileField::PlatformCredentialsName: return p.platform.credentialsName;
    case ProfileField::AwsRegion: return p.aws.region;
    case ProfileField::AwsVpcId: return p.aws.vpcId;
    case ProfileField::AwsAccessKeyId: return p.aws.accessKeyId;
    case ProfileField::AwsRoleArn: return p.aws.roleArn;
    case ProfileField::AwsRoleName: return p.aws.roleName;
    case ProfileField::AwsExternalId: return p.aws.externalId;
    case ProfileField::AwsBillingBucket: return p.aws.billing.bucket;
    case ProfileField::AwsBillingRegion: return p.aws.billing.region;
    case ProfileField::AzureTenantId: return p.azure.tenantId;
    case ProfileField::AzureTenantName: return p.azure.tenantName;
    case ProfileField::AzureClientId: return p.azure.clientId;
    case ProfileField::AzureSubscriptionId: return p.azure.subscriptionId;
    case ProfileField::AzureAppName: return p.azure.appName;
    case ProfileField::AzureSignOnUrl: return p.azure.signOnUrl;
    case ProfileField::AzureAppIdUri: return p.azure.appIdUri;
    case ProfileField::AzureResourceGroup: return p.azure.resourceGroup;
    case ProfileField::AzureVnetName: return p.azure.vnetName;
    }
    Q_UNREACHABLE();
}

const QString &textOf(const Profile &p, ProfileField f)
{
    return textOf(const_cast<Profile &>(p), f);
}

QString pointerOf(ProfileField f)
{
    switch (f) {
    case ProfileField::Name: return QStringLiteral("/name");
    case ProfileField::Description: return QStringLiteral("/description");
    case ProfileField::PlatformEndpoint: return QStringLiteral("/platform/endpoint");
    case ProfileField::PlatformApiKeyId: return QStringLiteral("/platform/apiKeyId");
    case ProfileField::PlatformAccountId: return QStringLiteral("/platform/accountId");
    case ProfileField::PlatformCredentialsName: return QStringLiteral("/platform/credentialsName");
    case ProfileField::AwsRegion: return QStringLiteral("/aws/region");
    case ProfileField::AwsVpcId: return QStringLiteral("/aws/vpcId");
    case ProfileField::AwsAccessKeyId: return QStringLiteral("/aws/accessKeyId");
    case ProfileField::AwsRoleArn: return QStringLiteral("/aws/roleArn");
    case ProfileField::AwsRoleName: return QStringLiteral("/aws/roleName");
    case ProfileField::AwsExternalId: return QStringLiteral("/aws/externalId");
    case ProfileField::AwsBillingBucket: return QStringLiteral("/aws/billing/bucket");
    case ProfileField::AwsBillingRegion: return QStringLiteral("/aws/billing/region");
    case ProfileField::AzureTenantId: return QStringLiteral("/azure/tenantId");
    case ProfileField::AzureTenantName: return QStringLiteral("/azure/tenantName");
    case ProfileField::AzureClientId: return QStringLiteral("/azure/clientId");
    case ProfileField::AzureSubscriptionId: return QStringLiteral("/azure/subscriptionId");
    case ProfileField::AzureAppName: return QStringLiteral("/azure/appName");
    case ProfileField::AzureSignOnUrl: return QStringLiteral("/azure/signOnUrl");
    case ProfileField::AzureAppIdUri: return QStringLiteral("/azure/appIdUri");
    case ProfileField::AzureResourceGroup: return QStringLiteral("/azure/resourceGroup");
    case ProfileField::AzureVnetName: return QStringLiteral("/azure/vnetName");
    }
    Q_UNREACHABLE();
}

} // namespace cc
