#pragma once
// The CloudFormation template that creates Spot's role (trust + permission policy) and outputs
// its ARN, and the commands that deploy it and read the ARN back.
#include "Profile.h"

#include <QString>

namespace cc {

QString spotRoleTemplate(const Profile &p);
QString spotStackName(const Profile &p);
QString spotDeployCommands(const Profile &p);

} // namespace cc
