#include "AzureNationalClouds.h"

namespace cc {

AzureCloudInfo azureCloudInfo(AzureCloud cloud)
{
    switch (cloud) {
    case AzureCloud::Public:
        return {QStringLiteral("Azure (public)"),
                QStringLiteral("AzureCloud"),
                QStringLiteral("https://login.microsoftonline.com"),
                QStringLiteral("https://management.azure.com"),
                QStringLiteral("https://portal.azure.com"),
                false};
    case AzureCloud::UsGovernment:
        return {QStringLiteral("Azure US Government"),
                QStringLiteral("AzureUSGovernment"),
                QStringLiteral("https://login.microsoftonline.us"),
                QStringLiteral("https://management.usgovcloudapi.net"),
                QStringLiteral("https://portal.azure.us"),
                false};
    case AzureCloud::China:
        return {QStringLiteral("Azure China (21Vianet)"),         QStringLiteral("AzureChinaCloud"),
                QStringLiteral("https://login.chinacloudapi.cn"), QStringLiteral("https://management.chinacloudapi.cn"),
                QStringLiteral("https://portal.azure.cn"),        false};
    case AzureCloud::Germany:
        return {QStringLiteral("Azure Germany (closed 2021-10-29)"),
                QStringLiteral("AzureGermanCloud"),
                QStringLiteral("https://login.microsoftonline.de"),
                QStringLiteral("https://management.microsoftazure.de"),
                QString(),
                true};
    }
    return {};
}

static QString portalLink(AzureCloud cloud, const char *fragment)
{
    const AzureCloudInfo info = azureCloudInfo(cloud);
    return info.portal.isEmpty() ? QString() : info.portal + QLatin1String(fragment);
}

QString azurePortalAppRegistrationsUrl(AzureCloud cloud)
{
    return portalLink(cloud, "/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade");
}

QString azurePortalSubscriptionsUrl(AzureCloud cloud)
{
    return portalLink(cloud, "/#view/Microsoft_Azure_Billing/SubscriptionsBlade");
}

QString azurePortalDirectoryPropertiesUrl(AzureCloud cloud)
{
    return portalLink(cloud, "/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Properties");
}

} // namespace cc
