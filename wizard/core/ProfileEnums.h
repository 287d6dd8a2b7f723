#pragma once
// The closed sets of choices in a profile, and their spelling in profile files (profile-format.md).
#include <QString>
#include <QStringList>
#include <optional>

namespace cc {

enum class PlatformKind { Scalr, Spot };
enum class CloudKind { Aws, Azure };
enum class ScalrScope { Scalr, Account, Environment };
enum class ConnectionPolicy { Auto, Public, Local };
enum class LocalRoute { None, SameNetwork, Peering, Vpn };
enum class AwsPartition { Aws, AwsUsGov, AwsCn };
enum class AwsAuth { AccessKey, IamRole };
enum class AzureCloud { Public, UsGovernment, China, Germany };

QString toString(PlatformKind v);
QString toString(CloudKind v);
QString toString(ScalrScope v);
QString toString(ConnectionPolicy v);
QString toString(LocalRoute v); // None → ""
QString toString(AwsPartition v);
QString toString(AwsAuth v);
QString toString(AzureCloud v);

std::optional<PlatformKind> platformKindFromString(const QString &s);
std::optional<CloudKind> cloudKindFromString(const QString &s);
std::optional<ScalrScope> scalrScopeFromString(const QString &s);
std::optional<ConnectionPolicy> connectionPolicyFromString(const QString &s);
std::optional<LocalRoute> localRouteFromString(const QString &s);
std::optional<AwsPartition> awsPartitionFromString(const QString &s);
std::optional<AwsAuth> awsAuthFromString(const QString &s);
std::optional<AzureCloud> azureCloudFromString(const QString &s);

// Scalr's accountType for an AWS partition: regular / govcloud / china.
QString scalrAccountType(AwsPartition p);

} // namespace cc
