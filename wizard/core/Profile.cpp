#include "Profile.h"

namespace cc {

bool Endpoints::operator==(const Endpoints &o) const
{
    return sts == o.sts && iam == o.iam && ec2 == o.ec2 && s3 == o.s3 && azureAuthority == o.azureAuthority
           && azureResourceManager == o.azureResourceManager;
}

Profile Profile::defaults()
{
    Profile p;
    p.aws.region = QStringLiteral("us-east-1");
    p.aws.roleName = QStringLiteral("SpotRole");
    p.azure.appName = QStringLiteral("Scalr");
    return p;
}

} // namespace cc
