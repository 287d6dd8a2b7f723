#pragma once
// Where the credentials live on each platform: Spot's setup routes per cloud, Scalr's
// cloud-credentials collection per scope (with the older account route scalr-ctl falls back to).
#include "Profile.h"

#include <QString>
#include <QStringList>

namespace cc {

QString spotCredentialsPath(CloudKind cloud); // /setup/credentials/aws or /azure/setup/credentials
// Collections to create in: one for the Scalr and account scopes, one per environment for the
// environment scope.
QStringList scalrCredentialsPaths(const Profile &p);
QString scalrLegacyAccountPath(); // /api/v1beta0/account/cloud-credentials/
// [I] linking account credentials to an environment (api-reference.md: see the server's spec).
QString scalrEnvironmentCloudsPath(const Profile &p, const QString &environmentId);

} // namespace cc
