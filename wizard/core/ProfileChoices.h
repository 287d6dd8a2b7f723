#pragma once
// What one choice implies for the rest of a profile, as pure functions: the platform decides how
// the AWS account is reached and whether the connection policy exists; the partition decides the
// regions. The wizard's model applies them when the admin chooses, ProfileJson fills what a file
// leaves out with them, and the validator refuses a file that contradicts them — one set of rules
// for the GUI and the command line.
#include "Profile.h"

#include <QString>

namespace cc::choices {

// Scalr connects with an access key; Spot through an IAM role it assumes (seeds, api-reference).
AwsAuth awsAuthFor(PlatformKind platform);
// "" when `auth` is what the platform uses, otherwise why not and what to write instead.
QString awsAuthProblem(PlatformKind platform, AwsAuth auth);

// The instance connection policy (and so the local route) is a Scalr setting.
bool hasConnectionPolicy(PlatformKind platform);

// The endpoint a platform is reached at when the profile names none ("" = the admin must say).
QString defaultEndpoint(PlatformKind platform);

// The region offered first in each partition.
QString defaultRegion(AwsPartition partition);
// `region` when it lies in `partition` (or is not yet entered), otherwise the partition's first.
QString regionWithin(AwsPartition partition, const QString &region);

// Each changes the choice and everything it implies, nothing else.
void choosePlatform(Profile &p, PlatformKind platform);
void chooseAwsPartition(Profile &p, AwsPartition partition);
// Turning detailed billing on fills an empty bucket region with the account's region.
void chooseAwsBilling(Profile &p, bool enabled);

} // namespace cc::choices
