#pragma once
// Every non-secret answer of an onboarding: the in-memory form of a profile file
// (docs/profile-format.md). Plain data; the rules live in ProfileRules, the JSON in ProfileJson.
#include "ProfileEnums.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cc {

inline constexpr int kProfileSchemaVersion = 1;
inline constexpr auto kSpotDefaultEndpoint = "https://api.spotinst.io";
// Spot's own AWS account, which the Spot role must trust (api-reference.md).
inline constexpr auto kSpotAwsAccountId = "922761411349";

struct PlatformSettings {
    PlatformKind kind = PlatformKind::Scalr;
    QString endpoint;
    ScalrScope scope = ScalrScope::Account; // Scalr only
    QString accountId;                      // Scalr: digits; Spot: act-xxxxxxxx
    QStringList environmentIds;             // Scalr only
    QString apiKeyId;                       // Scalr only
    QString credentialsName;                // name of the credentials object on the platform
};

struct AwsBilling {
    bool enabled = false;
    QString bucket;
    QString region;
};

struct AwsSettings {
    AwsPartition partition = AwsPartition::Aws;
    QString region;
    QString vpcId;
    AwsAuth auth = AwsAuth::AccessKey;
    QString accessKeyId;
    QString roleArn;
    QString externalId;
    QString roleName; // Spot: the IAM role the generated template creates
    AwsBilling billing;
};

struct AzureBilling {
    bool enabled = false;
    QStringList tagFilters;
};

struct AzureSettings {
    AzureCloud cloud = AzureCloud::Public;
    QString tenantId;
    QString tenantName;
    QString clientId;
    QString subscriptionId;
    QString appName;
    QString signOnUrl;
    QString appIdUri;
    QDateTime secretExpiresAt; // UTC; invalid when unknown
    QString resourceGroup;
    QString vnetName; // a name, or a full resource id
    AzureBilling billing;
};

struct Endpoints {
    QString sts, iam, ec2, s3, azureAuthority, azureResourceManager;
    bool operator==(const Endpoints &o) const;
};

struct ChecklistEntry {
    bool done = false;
    QDateTime at; // UTC, when it was ticked
    bool operator==(const ChecklistEntry &o) const { return done == o.done && at == o.at; }
};

struct Profile {
    QString name;
    QString description;
    PlatformSettings platform;
    CloudKind cloud = CloudKind::Aws;
    ConnectionPolicy connectionPolicy = ConnectionPolicy::Auto;
    LocalRoute localRoute = LocalRoute::None;
    AwsSettings aws;
    AzureSettings azure;
    Endpoints endpoints;
    QString caBundle;
    QMap<QString, ChecklistEntry> checklist;
    QString resumePage; // page key (Journey.h pageKey) the wizard was on when saved; "" = start

    // A fresh profile with the defaults a new onboarding starts from.
    static Profile defaults();
};

} // namespace cc
