#include "ProfileJson.h"

#include "ProfileChoices.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc {
namespace {

void putString(QJsonObject &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonArray toArray(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a)
        out.append(e.toString());
    return out;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject platformToJson(const PlatformSettings &s)
{
    QJsonObject o;
    o.insert(QLatin1String("kind"), toString(s.kind));
    putString(o, "endpoint", s.endpoint);
    if (s.kind == PlatformKind::Scalr) {
        o.insert(QLatin1String("scope"), toString(s.scope));
        putString(o, "accountId", s.accountId);
        if (!s.environmentIds.isEmpty())
            o.insert(QLatin1String("environmentIds"), toArray(s.environmentIds));
        putString(o, "apiKeyId", s.apiKeyId);
    } else {
        putString(o, "accountId", s.accountId);
    }
    putString(o, "credentialsName", s.credentialsName);
    return o;
}

QJsonObject awsToJson(const AwsSettings &s)
{
    QJsonObject o;
    o.insert(QLatin1String("partition"), toString(s.partition));
    putString(o, "region", s.region);
    putString(o, "vpcId", s.vpcId);
    o.insert(QLatin1String("auth"), toString(s.auth));
    putString(o, "accessKeyId", s.accessKeyId);
    if (s.auth == AwsAuth::IamRole) {
        putString(o, "roleArn", s.roleArn);
        putString(o, "roleName", s.roleName);
        putString(o, "externalId", s.externalId);
    }
    QJsonObject billing{{QLatin1String("enabled"), s.billing.enabled}};
    putString(billing, "bucket", s.billing.bucket);
    putString(billing, "region", s.billing.region);
    o.insert(QLatin1String("billing"), billing);
    return o;
}

QJsonObject azureToJson(const AzureSettings &s)
{
    QJsonObject o;
    o.insert(QLatin1String("cloud"), toString(s.cloud));
    putString(o, "tenantId", s.tenantId);
    putString(o, "tenantName", s.tenantName);
    putString(o, "clientId", s.clientId);
    putString(o, "subscriptionId", s.subscriptionId);
    putString(o, "appName", s.appName);
    putString(o, "signOnUrl", s.signOnUrl);
    putString(o, "appIdUri", s.appIdUri);
    if (s.secretExpiresAt.isValid())
        o.insert(QLatin1String("secretExpiresAt"), isoUtc(s.secretExpiresAt));
    putString(o, "resourceGroup", s.resourceGroup);
    putString(o, "vnetName", s.vnetName);
    QJsonObject billing{{QLatin1String("enabled"), s.billing.enabled}};
    if (!s.billing.tagFilters.isEmpty())
        billing.insert(QLatin1String("tagFilters"), toArray(s.billing.tagFilters));
    o.insert(QLatin1String("billing"), billing);
    return o;
}

QJsonObject endpointsToJson(const Endpoints &e)
{
    QJsonObject o;
    putString(o, "sts", e.sts);
    putString(o, "iam", e.iam);
    putString(o, "ec2", e.ec2);
    putString(o, "s3", e.s3);
    putString(o, "azureAuthority", e.azureAuthority);
    putString(o, "azureResourceManager", e.azureResourceManager);
    return o;
}

} // namespace

QJsonObject profileToJson(const Profile &p)
{
    QJsonObject o;
    o.insert(QLatin1String("schemaVersion"), kProfileSchemaVersion);
    o.insert(QLatin1String("name"), p.name);
    putString(o, "description", p.description);
    o.insert(QLatin1String("platform"), platformToJson(p.platform));
    o.insert(QLatin1String("cloud"), toString(p.cloud));
    if (choices::hasConnectionPolicy(p.platform.kind)) {
        o.insert(QLatin1String("connectionPolicy"), toString(p.connectionPolicy));
        if (p.connectionPolicy == ConnectionPolicy::Local && p.localRoute != LocalRoute::None)
            o.insert(QLatin1String("localRoute"), toString(p.localRoute));
    }
    if (p.cloud == CloudKind::Aws)
        o.insert(QLatin1String("aws"), awsToJson(p.aws));
    else
        o.insert(QLatin1String("azure"), azureToJson(p.azure));
    const QJsonObject endpoints = endpointsToJson(p.endpoints);
    if (!endpoints.isEmpty())
        o.insert(QLatin1String("endpoints"), endpoints);
    if (!p.caBundle.isEmpty())
        o.insert(QLatin1String("tls"), QJsonObject{{QLatin1String("caBundle"), p.caBundle}});
    putString(o, "resumePage", p.resumePage);
    if (!p.checklist.isEmpty()) {
        QJsonObject c;
        for (auto it = p.checklist.cbegin(); it != p.checklist.cend(); ++it) {
            QJsonObject e{{QLatin1String("done"), it->done}};
            if (it->at.isValid())
                e.insert(QLatin1String("at"), isoUtc(it->at));
            c.insert(it.key(), e);
        }
        o.insert(QLatin1String("checklist"), c);
    }
    return o;
}

Profile profileFromJson(const QJsonObject &o)
{
    Profile p = Profile::defaults();
    p.name = str(o, "name");
    p.description = str(o, "description");

    const QJsonObject pl = o.value(QLatin1String("platform")).toObject();
    p.platform.kind = platformKindFromString(str(pl, "kind")).value_or(PlatformKind::Scalr);
    p.platform.endpoint = str(pl, "endpoint");
    p.platform.scope = scalrScopeFromString(str(pl, "scope")).value_or(ScalrScope::Account);
    p.platform.accountId = str(pl, "accountId");
    p.platform.environmentIds = toStringList(pl.value(QLatin1String("environmentIds")));
    p.platform.apiKeyId = str(pl, "apiKeyId");
    p.platform.credentialsName = str(pl, "credentialsName");

    p.cloud = cloudKindFromString(str(o, "cloud")).value_or(CloudKind::Aws);
    p.connectionPolicy = connectionPolicyFromString(str(o, "connectionPolicy")).value_or(ConnectionPolicy::Auto);
    p.localRoute = localRouteFromString(str(o, "localRoute")).value_or(LocalRoute::None);

    if (o.contains(QLatin1String("aws"))) {
        const QJsonObject a = o.value(QLatin1String("aws")).toObject();
        p.aws.partition = awsPartitionFromString(str(a, "partition")).value_or(AwsPartition::Aws);
        p.aws.region = str(a, "region");
        p.aws.vpcId = str(a, "vpcId");
        p.aws.auth = awsAuthFromString(str(a, "auth")).value_or(choices::awsAuthFor(p.platform.kind));
        p.aws.accessKeyId = str(a, "accessKeyId");
        p.aws.roleArn = str(a, "roleArn");
        if (a.contains(QLatin1String("roleName")))
            p.aws.roleName = str(a, "roleName");
        p.aws.externalId = str(a, "externalId");
        const QJsonObject b = a.value(QLatin1String("billing")).toObject();
        p.aws.billing.enabled = b.value(QLatin1String("enabled")).toBool();
        p.aws.billing.bucket = str(b, "bucket");
        p.aws.billing.region = str(b, "region");
    } else {
        p.aws.auth = choices::awsAuthFor(p.platform.kind);
    }

    if (o.contains(QLatin1String("azure"))) {
        const QJsonObject z = o.value(QLatin1String("azure")).toObject();
        p.azure.cloud = azureCloudFromString(str(z, "cloud")).value_or(AzureCloud::Public);
        p.azure.tenantId = str(z, "tenantId");
        p.azure.tenantName = str(z, "tenantName");
        p.azure.clientId = str(z, "clientId");
        p.azure.subscriptionId = str(z, "subscriptionId");
        if (z.contains(QLatin1String("appName")))
            p.azure.appName = str(z, "appName");
        p.azure.signOnUrl = str(z, "signOnUrl");
        p.azure.appIdUri = str(z, "appIdUri");
        const QString expires = str(z, "secretExpiresAt");
        if (!expires.isEmpty())
            p.azure.secretExpiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs).toUTC();
        p.azure.resourceGroup = str(z, "resourceGroup");
        p.azure.vnetName = str(z, "vnetName");
        const QJsonObject b = z.value(QLatin1String("billing")).toObject();
        p.azure.billing.enabled = b.value(QLatin1String("enabled")).toBool();
        p.azure.billing.tagFilters = toStringList(b.value(QLatin1String("tagFilters")));
    }

    const QJsonObject e = o.value(QLatin1String("endpoints")).toObject();
    p.endpoints.sts = str(e, "sts");
    p.endpoints.iam = str(e, "iam");
    p.endpoints.ec2 = str(e, "ec2");
    p.endpoints.s3 = str(e, "s3");
    p.endpoints.azureAuthority = str(e, "azureAuthority");
    p.endpoints.azureResourceManager = str(e, "azureResourceManager");
    p.caBundle = o.value(QLatin1String("tls")).toObject().value(QLatin1String("caBundle")).toString();

    p.resumePage = str(o, "resumePage");
    const QJsonObject c = o.value(QLatin1String("checklist")).toObject();
    for (auto it = c.constBegin(); it != c.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        ChecklistEntry ce;
        ce.done = entry.value(QLatin1String("done")).toBool();
        const QString at = entry.value(QLatin1String("at")).toString();
        if (!at.isEmpty())
            ce.at = QDateTime::fromString(at, Qt::ISODateWithMs).toUTC();
        p.checklist.insert(it.key(), ce);
    }
    return p;
}

QByteArray serializeProfile(const Profile &p)
{
    return QJsonDocument(profileToJson(p)).toJson(QJsonDocument::Indented);
}

} // namespace cc
