#include "SubmissionBody.h"

#include "ProfileEnums.h"

namespace cc {

QString maskedSecret()
{
    return QStringLiteral("••••••••");
}

QString scalrCredentialsName(const Profile &p)
{
    return p.platform.credentialsName.isEmpty() ? p.name : p.platform.credentialsName;
}

QString spotExpirationDate(const Profile &p)
{
    return p.azure.secretExpiresAt.isValid() ? p.azure.secretExpiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"))
                                             : QString();
}

QJsonObject submissionBody(const Profile &p, const SecretValues *secrets)
{
    // The request body is JSON, a Qt copy of the secret (SecretValues.h); previews get the mask.
    auto secret = [secrets](SecretString SecretValues::*member) { return secrets ? (secrets->*member).toString() : maskedSecret(); };
    if (p.platform.kind == PlatformKind::Spot) {
        // Spot OpenAPI setCloudCredentialsForAWS.yaml: the AWS body is wrapped in "credentials".
        if (p.cloud == CloudKind::Aws)
            return QJsonObject{{QStringLiteral("credentials"), QJsonObject{{QStringLiteral("iamRole"), p.aws.roleArn}}}};
        // Spot OpenAPI setCloudCredentialsForAzure.yaml: flat, all five required.
        return QJsonObject{{QStringLiteral("clientId"), p.azure.clientId},
                           {QStringLiteral("clientSecret"), secret(&SecretValues::azureClientSecret)},
                           {QStringLiteral("tenantId"), p.azure.tenantId},
                           {QStringLiteral("subscriptionId"), p.azure.subscriptionId},
                           {QStringLiteral("expirationDate"), spotExpirationDate(p)}};
    }
    if (p.cloud == CloudKind::Aws)
        // Scalr 5.11 api/v1beta0/user.yaml, definition AwsCloudCredentials.
        return QJsonObject{{QStringLiteral("name"), scalrCredentialsName(p)},
                           {QStringLiteral("description"), QStringLiteral("Added by Cloud Connect")},
                           {QStringLiteral("cloudCredentialsType"), QStringLiteral("AwsCloudCredentials")},
                           {QStringLiteral("accountType"), scalrAccountType(p.aws.partition)},
                           {QStringLiteral("accessKey"), p.aws.accessKeyId},
                           {QStringLiteral("secretKey"), secret(&SecretValues::awsSecretAccessKey)}};
    return QJsonObject{{QStringLiteral("handedOver"), QStringLiteral("Scalr's web flow")},
                       {QStringLiteral("tenantName"), p.azure.tenantName},
                       {QStringLiteral("subscription"), p.azure.subscriptionId}};
}

QJsonObject scalrAlterableProperties(const QJsonObject &createBody)
{
    // Scalr 5.11 CloudCredentials.php modifyAction: a PATCH may set name, description,
    // accountType, accessKey, secretKey (and billing); anything else, cloudCredentialsType
    // included, is 400 InvalidStructure "… either is not alterable or does not exist".
    QJsonObject out;
    for (const char *key : {"name", "description", "accountType", "accessKey", "secretKey"})
        if (createBody.contains(QLatin1String(key)))
            out.insert(QLatin1String(key), createBody.value(QLatin1String(key)));
    return out;
}

} // namespace cc
