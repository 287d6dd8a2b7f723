#include "AzureEndpoints.h"

#include "artefacts/AzureNationalClouds.h"

namespace cc {

AzureEndpoints azureEndpoints(const Profile &p)
{
    const AzureCloudInfo info = azureCloudInfo(p.azure.cloud);
    AzureEndpoints e;
    e.retired = info.retired;
    e.authority = QUrl(p.endpoints.azureAuthority.isEmpty() ? info.authority : p.endpoints.azureAuthority);
    e.resourceManager = QUrl(p.endpoints.azureResourceManager.isEmpty() ? info.resourceManager : p.endpoints.azureResourceManager);
    QString rm = info.resourceManager;
    while (rm.endsWith(QLatin1Char('/')))
        rm.chop(1);
    e.scope = rm + QStringLiteral("/.default");
    return e;
}

} // namespace cc
