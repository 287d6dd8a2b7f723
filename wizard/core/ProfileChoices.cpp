#include "ProfileChoices.h"

#include "ProfileRules.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProfileRules)
};
} // namespace

namespace cc::choices {

AwsAuth awsAuthFor(PlatformKind platform)
{
    return platform == PlatformKind::Spot ? AwsAuth::IamRole : AwsAuth::AccessKey;
}

QString awsAuthProblem(PlatformKind platform, AwsAuth auth)
{
    if (auth == awsAuthFor(platform))
        return {};
    return platform == PlatformKind::Scalr ? Tr::tr("Scalr connects with an access key: use \"access-key\"")
                                           : Tr::tr("Spot connects through an IAM role: use \"iam-role\"");
}

bool hasConnectionPolicy(PlatformKind platform)
{
    return platform == PlatformKind::Scalr;
}

QString defaultEndpoint(PlatformKind platform)
{
    return platform == PlatformKind::Spot ? QString::fromLatin1(kSpotDefaultEndpoint) : QString();
}

QString defaultRegion(AwsPartition partition)
{
    switch (partition) {
    case AwsPartition::AwsUsGov: return QStringLiteral("us-gov-west-1");
    case AwsPartition::AwsCn: return QStringLiteral("cn-north-1");
    case AwsPartition::Aws: break;
    }
    return QStringLiteral("us-east-1");
}

QString regionWithin(AwsPartition partition, const QString &region)
{
    if (region.isEmpty() || rules::awsRegion(region, partition).isEmpty())
        return region;
    // Only a region of another partition is replaced; text that is no region name at all stays,
    // and the field's rule says what is wrong with it.
    for (AwsPartition other : {AwsPartition::Aws, AwsPartition::AwsUsGov, AwsPartition::AwsCn})
        if (rules::awsRegion(region, other).isEmpty())
            return defaultRegion(partition);
    return region;
}

void choosePlatform(Profile &p, PlatformKind platform)
{
    p.platform.kind = platform;
    p.aws.auth = awsAuthFor(platform);
    if (!hasConnectionPolicy(platform)) {
        p.connectionPolicy = ConnectionPolicy::Auto;
        p.localRoute = LocalRoute::None;
    }
}

void chooseAwsPartition(Profile &p, AwsPartition partition)
{
    p.aws.partition = partition;
    p.aws.region = regionWithin(partition, p.aws.region);
    p.aws.billing.region = regionWithin(partition, p.aws.billing.region);
}

void chooseAwsBilling(Profile &p, bool enabled)
{
    p.aws.billing.enabled = enabled;
    if (enabled && p.aws.billing.region.isEmpty())
        p.aws.billing.region = p.aws.region;
}

} // namespace cc::choices
