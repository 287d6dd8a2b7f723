#include "ProfileEnums.h"

#include <array>
#include <utility>

namespace cc {
namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char16_t *>, N> &table, E v)
{
    for (const auto &[e, name] : table)
        if (e == v)
            return QString::fromUtf16(name);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table, const QString &s)
{
    for (const auto &[e, name] : table)
        if (s == QString::fromUtf16(name))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<PlatformKind, const char16_t *>, 2> kPlatform{
    {{PlatformKind::Scalr, u"scalr"}, {PlatformKind::Spot, u"spot"}}};
constexpr std::array<std::pair<CloudKind, const char16_t *>, 2> kCloud{{{CloudKind::Aws, u"aws"}, {CloudKind::Azure, u"azure"}}};
constexpr std::array<std::pair<ScalrScope, const char16_t *>, 3> kScope{
    {{ScalrScope::Scalr, u"scalr"}, {ScalrScope::Account, u"account"}, {ScalrScope::Environment, u"environment"}}};
constexpr std::array<std::pair<ConnectionPolicy, const char16_t *>, 3> kPolicy{
    {{ConnectionPolicy::Auto, u"auto"}, {ConnectionPolicy::Public, u"public"}, {ConnectionPolicy::Local, u"local"}}};
constexpr std::array<std::pair<LocalRoute, const char16_t *>, 3> kRoute{
    {{LocalRoute::SameNetwork, u"same-network"}, {LocalRoute::Peering, u"peering"}, {LocalRoute::Vpn, u"vpn"}}};
constexpr std::array<std::pair<AwsPartition, const char16_t *>, 3> kPartition{
    {{AwsPartition::Aws, u"aws"}, {AwsPartition::AwsUsGov, u"aws-us-gov"}, {AwsPartition::AwsCn, u"aws-cn"}}};
constexpr std::array<std::pair<AwsAuth, const char16_t *>, 2> kAuth{{{AwsAuth::AccessKey, u"access-key"}, {AwsAuth::IamRole, u"iam-role"}}};
constexpr std::array<std::pair<AzureCloud, const char16_t *>, 4> kAzure{{{AzureCloud::Public, u"AzureCloud"},
                                                                         {AzureCloud::UsGovernment, u"AzureUSGovernment"},
                                                                         {AzureCloud::China, u"AzureChinaCloud"},
                                                                         {AzureCloud::Germany, u"AzureGermanCloud"}}};

} // namespace

QString toString(PlatformKind v)
{
    return nameOf(kPlatform, v);
}
QString toString(CloudKind v)
{
    return nameOf(kCloud, v);
}
QString toString(ScalrScope v)
{
    return nameOf(kScope, v);
}
QString toString(ConnectionPolicy v)
{
    return nameOf(kPolicy, v);
}
QString toString(LocalRoute v)
{
    return nameOf(kRoute, v);
}
QString toString(AwsPartition v)
{
    return nameOf(kPartition, v);
}
QString toString(AwsAuth v)
{
    return nameOf(kAuth, v);
}
QString toString(AzureCloud v)
{
    return nameOf(kAzure, v);
}

std::optional<PlatformKind> platformKindFromString(const QString &s)
{
    return valueOf(kPlatform, s);
}
std::optional<CloudKind> cloudKindFromString(const QString &s)
{
    return valueOf(kCloud, s);
}
std::optional<ScalrScope> scalrScopeFromString(const QString &s)
{
    return valueOf(kScope, s);
}
std::optional<ConnectionPolicy> connectionPolicyFromString(const QString &s)
{
    return valueOf(kPolicy, s);
}
std::optional<LocalRoute> localRouteFromString(const QString &s)
{
    return valueOf(kRoute, s);
}
std::optional<AwsPartition> awsPartitionFromString(const QString &s)
{
    return valueOf(kPartition, s);
}
std::optional<AwsAuth> awsAuthFromString(const QString &s)
{
    return valueOf(kAuth, s);
}
std::optional<AzureCloud> azureCloudFromString(const QString &s)
{
    return valueOf(kAzure, s);
}

QString scalrAccountType(AwsPartition p)
{
    switch (p) {
    case AwsPartition::Aws: return QStringLiteral("regular");
    case AwsPartition::AwsUsGov: return QStringLiteral("govcloud");
    case AwsPartition::AwsCn: return QStringLiteral("china");
    }
    return {};
}

} // namespace cc
