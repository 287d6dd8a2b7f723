#include "PlatformRoutes.h"

namespace cc {

QUrl spotEndpoint(const Profile &p)
{
    return QUrl(p.platform.endpoint.isEmpty() ? QString::fromLatin1(kSpotDefaultEndpoint) : p.platform.endpoint);
}

QString spotCredentialsPath(CloudKind cloud)
{
    return cloud == CloudKind::Aws ? QStringLiteral("/setup/credentials/aws") : QStringLiteral("/azure/setup/credentials");
}

QStringList scalrCredentialsPaths(const Profile &p)
{
    switch (p.platform.scope) {
    case ScalrScope::Scalr: return {QStringLiteral("/api/v1beta0/global/cloud-credentials/")};
    case ScalrScope::Account: return {QStringLiteral("/api/v1beta0/account/%1/cloud-credentials/").arg(p.platform.accountId)};
    case ScalrScope::Environment: {
        QStringList out;
        for (const QString &env : p.platform.environmentIds)
            out << QStringLiteral("/api/v1beta0/user/%1/cloud-credentials/").arg(env);
        return out;
    }
    }
    return {};
}

QString scalrLegacyAccountPath()
{
    return QStringLiteral("/api/v1beta0/account/cloud-credentials/");
}

QString scalrEnvironmentCloudsPath(const QString &accountId, const QString &environmentId)
{
    return QStringLiteral("/api/v1beta0/account/%1/environments/%2/clouds/").arg(accountId, environmentId);
}

QString scalrLegacyEnvironmentCloudsPath(const QString &environmentId)
{
    return QStringLiteral("/api/v1beta0/account/environments/%1/clouds/").arg(environmentId);
}

} // namespace cc
