#pragma once
// Entra ID authority and Azure Resource Manager for the profile's national cloud
// (api-reference.md), unless endpoints.azureAuthority / azureResourceManager override them.
#include "Profile.h"

#include <QUrl>

namespace cc {

struct AzureEndpoints {
    QUrl authority;       // e.g. https://login.microsoftonline.com
    QUrl resourceManager; // e.g. https://management.azure.com
    // The token's scope: always the cloud's own Resource Manager, also when the address is
    // overridden (a proxy or private endpoint still serves that audience).
    QString scope;
    bool retired = false; // AzureGermanCloud
};

AzureEndpoints azureEndpoints(const Profile &p);

} // namespace cc
