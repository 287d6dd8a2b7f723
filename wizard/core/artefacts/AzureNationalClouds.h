#pragma once
// Endpoints and portal of each Azure national cloud (api-reference.md), and portal deep links.
#include "ProfileEnums.h"

#include <QString>

namespace cc {

struct AzureCloudInfo {
    QString displayName;
    QString azCloudName; // for `az cloud set --name`
    QString authority;
    QString resourceManager;
    QString portal; // empty for a retired cloud
    bool retired = false;
};

AzureCloudInfo azureCloudInfo(AzureCloud cloud);
QString azurePortalAppRegistrationsUrl(AzureCloud cloud);
QString azurePortalSubscriptionsUrl(AzureCloud cloud);
QString azurePortalDirectoryPropertiesUrl(AzureCloud cloud);

} // namespace cc
