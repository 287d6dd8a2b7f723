#pragma once
// Field rules of a profile as pure functions. Each returns an empty string when the value is
// acceptable, otherwise the reason in words an administrator understands (shown beside the field
// in the wizard and after the JSON pointer in `cloudconnect check`).
#include "ProfileEnums.h"

#include <QString>

namespace cc::rules {

QString profileName(const QString &v);
// Absolute URL; https, or http only for loopback hosts (localhost, 127.0.0.0/8, ::1).
QString endpointUrl(const QString &v);
bool isLoopbackHost(const QString &host);
// tls.caBundle: an existing regular file of at most kMaxCaBundleBytes (looks at the file system).
inline constexpr qint64 kMaxCaBundleBytes = 4 * 1024 * 1024;
QString caBundleFile(const QString &path);
QString scalrAccountId(const QString &v);
QString scalrEnvironmentId(const QString &v);
QString scalrApiKeyId(const QString &v);
QString spotAccountId(const QString &v);
QString credentialsName(const QString &v);
QString awsAccessKeyId(const QString &v);
QString awsSecretAccessKey(const QString &v);
QString awsRegion(const QString &v, AwsPartition partition);
QString awsVpcId(const QString &v);
QString awsRoleArn(const QString &v, AwsPartition partition);
QString awsRoleName(const QString &v);
QString awsExternalId(const QString &v);
QString s3BucketName(const QString &v);
QString guid(const QString &v);
QString domainName(const QString &v);
QString azureTenant(const QString &v); // GUID or domain
QString azureClientSecret(const QString &v, PlatformKind platform);
QString azureResourceGroup(const QString &v);
QString azureVnet(const QString &v); // a name or a full resource id
QString azureTagName(const QString &v);
QString azureAppName(const QString &v);
QString scalrSecretKey(const QString &v);
QString spotToken(const QString &v);
QString isoDateTime(const QString &v);

} // namespace cc::rules
