#pragma once
// The `aws iam` commands that do what the console steps for Scalr's IAM user do.
#include "Profile.h"

#include <QString>

namespace cc {

QString scalrIamUserName(const Profile &p);
QString scalrIamCommands(const Profile &p);

} // namespace cc
