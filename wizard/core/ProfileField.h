#pragma once
// The profile's free-text answers by name, so the wizard's model can offer one typed setter for
// them (and say which one changed) instead of handing out the whole profile to be edited.
#include "Profile.h"

#include <QMetaType>
#include <QString>

namespace cc {

enum class ProfileField {
    Name,
    Description,
    PlatformEndpoint,
    PlatformApiKeyId,
    PlatformAccountId,
    PlatformCredentialsName,
    AwsRegion,
    AwsVpcId,
    AwsAccessKeyId,
    AwsRoleArn,
    AwsRoleName,
    AwsExternalId,
    AwsBillingBucket,
    AwsBillingRegion,
    AzureTenantId,
    AzureTenantName,
    AzureClientId,
    AzureSubscriptionId,
    AzureAppName,
    AzureSignOnUrl,
    AzureAppIdUri,
    AzureResourceGroup,
    AzureVnetName,
};

// The member holding the field's text.
QString &textOf(Profile &p, ProfileField f);
const QString &textOf(const Profile &p, ProfileField f);
// Its JSON pointer in the profile format (profile-format.md), e.g. "/aws/region".
QString pointerOf(ProfileField f);

} // namespace cc

Q_DECLARE_METATYPE(cc::ProfileField)
