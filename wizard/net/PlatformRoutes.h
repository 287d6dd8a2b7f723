#pragma once
// Where the credentials live on each platform: Spot's setup routes per cloud, Scalr's
// cloud-credentials collection per scope (with the 5.11 account route), and Scalr's route that
// links credentials to an environment.
#include "Profile.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace cc {

// platform.endpoint, or Spot's default https://api.spotinst.io.
QUrl spotEndpoint(const Profile &p);
QString spotCredentialsPath(CloudKind cloud); // /setup/credentials/aws or /azure/setup/credentials
// Collections to create in: one for the Scalr and account scopes, one per environment for the
// environment scope.
QStringList scalrCredentialsPaths(const Profile &p);
QString scalrLegacyAccountPath(); // /api/v1beta0/account/cloud-credentials/ (Scalr 5.11)
// An environment's clouds: GET lists them, POST …/clouds/ec2/ links credentials (Scalr 5.11
// api/v1beta0/account.yaml "/environments/{envId}/clouds/{cloud}/"; newer servers put the
// account id after /account/, 5.11 servers do not).
QString scalrEnvironmentCloudsPath(const QString &accountId, const QString &environmentId);
QString scalrLegacyEnvironmentCloudsPath(const QString &environmentId);

} // namespace cc
