#include "ProfileValidator.h"

#include "ProfileChoices.h"

#include <QFileInfo>

#include "JsonLimits.h"
#include "ProfileJson.h"
#include "ProfileRules.h"
#include "ProfileSchema.h"
#include "SecretKeyScan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <functional>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)
};
} // namespace

namespace cc {
namespace {

using Rule = std::function<QString(const QString &)>;

class RuleRunner {
public:
    explicit RuleRunner(ProfileProblems &out) : m_out(out) {}

    // Applies `rule` to obj[key] when present (an absent optional field is not wrong).
    void field(const QJsonObject &obj, const QString &pointer, const char *key, const Rule &rule)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (!v.isString())
            return;
        add(pointer + u'/' + QLatin1String(key), rule(v.toString()));
    }
    void add(const QString &pointer, const QString &reason)
    {
        if (!reason.isEmpty())
            m_out.append({pointer, reason});
    }

private:
    ProfileProblems &m_out;
};

void platformRules(RuleRunner &r, const QJsonObject &root, PlatformKind kind)
{
    const QJsonObject pl = root.value(QLatin1String("platform")).toObject();
    const QString p = QStringLiteral("/platform");
    r.field(pl, p, "endpoint", rules::endpointUrl);
    r.field(pl, p, "credentialsName", rules::credentialsName);
    if (kind == PlatformKind::Scalr) {
        r.field(pl, p, "accountId", rules::scalrAccountId);
        r.field(pl, p, "apiKeyId", rules::scalrApiKeyId);
        const QJsonArray envs = pl.value(QLatin1String("environmentIds")).toArray();
        for (qsizetype i = 0; i < envs.size(); ++i)
            r.add(p + QStringLiteral("/environmentIds/") + QString::number(i), rules::scalrEnvironmentId(envs.at(i).toString()));
        return;
    }
    r.field(pl, p, "accountId", rules::spotAccountId);
    for (const char *scalrOnly : {"scope", "environmentIds", "apiKeyId"})
        if (pl.contains(QLatin1String(scalrOnly)))
            r.add(p + u'/' + QLatin1String(scalrOnly), Tr::tr("only used with Scalr; remove it for Spot"));
}

void awsRules(RuleRunner &r, const QJsonObject &root, PlatformKind kind)
{
    const QJsonObject a = root.value(QLatin1String("aws")).toObject();
    const QString p = QStringLiteral("/aws");
    const AwsPartition partition = awsPartitionFromString(a.value(QLatin1String("partition")).toString()).value_or(AwsPartition::Aws);
    r.field(a, p, "region", [&](const QString &v) { return rules::awsRegion(v, partition); });
    r.field(a, p, "vpcId", rules::awsVpcId);
    r.field(a, p, "accessKeyId", rules::awsAccessKeyId);
    r.field(a, p, "roleArn", [&](const QString &v) { return rules::awsRoleArn(v, partition); });
    r.field(a, p, "roleName", rules::awsRoleName);
    r.field(a, p, "externalId", rules::awsExternalId);
    if (const std::optional<AwsAuth> auth = awsAuthFromString(a.value(QLatin1String("auth")).toString()))
        r.add(p + QStringLiteral("/auth"), choices::awsAuthProblem(kind, *auth));
    const QJsonObject b = a.value(QLatin1String("billing")).toObject();
    r.field(b, p + QStringLiteral("/billing"), "bucket", rules::s3BucketName);
    r.field(b, p + QStringLiteral("/billing"), "region", [&](const QString &v) { return rules::awsRegion(v, partition); });
}

void azureRules(RuleRunner &r, const QJsonObject &root, PlatformKind kind)
{
    const QJsonObject z = root.value(QLatin1String("azure")).toObject();
    const QString p = QStringLiteral("/azure");
    r.field(z, p, "tenantId", rules::guid);
    r.field(z, p, "tenantName", rules::domainName);
    r.field(z, p, "clientId", rules::guid);
    r.field(z, p, "subscriptionId", rules::guid);
    r.field(z, p, "appName", rules::azureAppName);
    r.field(z, p, "signOnUrl", rules::endpointUrl);
    r.field(z, p, "appIdUri", rules::endpointUrl);
    r.field(z, p, "secretExpiresAt", rules::isoDateTime);
    r.field(z, p, "resourceGroup", rules::azureResourceGroup);
    r.field(z, p, "vnetName", rules::azureVnet);
    const QJsonArray tags = z.value(QLatin1String("billing")).toObject().value(QLatin1String("tagFilters")).toArray();
    for (qsizetype i = 0; i < tags.size(); ++i)
        r.add(p + QStringLiteral("/billing/tagFilters/") + QString::number(i), rules::azureTagName(tags.at(i).toString()));
    Q_UNUSED(kind);
}

} // namespace

ProfileProblems fieldRuleProblems(const QJsonObject &root)
{
    ProfileProblems out;
    RuleRunner r(out);
    r.field(root, QString(), "name", rules::profileName);
    const PlatformKind kind =
        platformKindFromString(root.value(QLatin1String("platform")).toObject().value(QLatin1String("kind")).toString())
            .value_or(PlatformKind::Scalr);
    platformRules(r, root, kind);

    const QString cloud = root.value(QLatin1String("cloud")).toString();
    const bool aws = cloud == QLatin1String("aws");
    const QString mine = aws ? QStringLiteral("aws") : QStringLiteral("azure");
    const QString other = aws ? QStringLiteral("azure") : QStringLiteral("aws");
    if (!root.contains(mine))
        r.add(u'/' + mine, Tr::tr("required because \"cloud\" is \"%1\"").arg(cloud));
    if (root.contains(other))
        r.add(u'/' + other, Tr::tr("not allowed because \"cloud\" is \"%1\"; remove it").arg(cloud));
    if (aws)
        awsRules(r, root, kind);
    else
        azureRules(r, root, kind);

    const QString policy = root.value(QLatin1String("connectionPolicy")).toString();
    if (!choices::hasConnectionPolicy(kind) && root.contains(QLatin1String("connectionPolicy")) && policy != QLatin1String("auto"))
        r.add(QStringLiteral("/connectionPolicy"), Tr::tr("the instance connection policy is a Scalr setting; remove it for Spot"));
    if (policy == QLatin1String("local") && !root.contains(QLatin1String("localRoute")))
        r.add(QStringLiteral("/localRoute"), Tr::tr("required when connectionPolicy is \"local\": say how Scalr reaches the private IPs "
                                                    "(\"same-network\", \"peering\" or \"vpn\")"));
    if (root.contains(QLatin1String("localRoute")) && policy != QLatin1String("local"))
        r.add(QStringLiteral("/localRoute"), Tr::tr("only used when connectionPolicy is \"local\""));

    const QJsonObject endpoints = root.value(QLatin1String("endpoints")).toObject();
    for (auto it = endpoints.constBegin(); it != endpoints.constEnd(); ++it)
        r.add(QStringLiteral("/endpoints/") + pointerToken(it.key()), rules::endpointUrl(it.value().toString()));

    const QJsonObject checklist = root.value(QLatin1String("checklist")).toObject();
    static const QRegularExpression stepId(QStringLiteral("\\A[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+\\z"));
    for (auto it = checklist.constBegin(); it != checklist.constEnd(); ++it) {
        const QString pointer = QStringLiteral("/checklist/") + pointerToken(it.key());
        if (!stepId.match(it.key()).hasMatch())
            r.add(pointer, Tr::tr("not a checklist step id such as aws.vpc.ready (see README)"));
        r.field(it.value().toObject(), pointer, "at", rules::isoDateTime);
    }
    return out;
}

ProfileProblems completenessProblems(const Profile &p)
{
    ProfileProblems out;
    RuleRunner r(out);
    auto need = [&](const char *pointer, const QString &value, const QString &reason) {
        if (value.isEmpty())
            r.add(QLatin1String(pointer), reason);
    };
    // tls.caBundle must be a regular file of at most 4 MiB: a device (/dev/zero), FIFO or directory
    // would be read without end when the first request is made. A path that does not exist here
    // (a colleague's file) is said when the first request needs it.
    if (!p.caBundle.isEmpty() && QFileInfo::exists(p.caBundle))
        r.add(QStringLiteral("/tls/caBundle"), rules::caBundleFile(p.caBundle));
    const bool scalr = p.platform.kind == PlatformKind::Scalr;
    if (scalr) {
        need("/platform/endpoint", p.platform.endpoint, Tr::tr("the Scalr server's URL is needed"));
        need("/platform/apiKeyId", p.platform.apiKeyId, Tr::tr("the Scalr API key id is needed"));
        need("/platform/credentialsName", p.platform.credentialsName, Tr::tr("a name for the credentials in Scalr is needed"));
        if (p.platform.scope == ScalrScope::Account)
            need("/platform/accountId", p.platform.accountId, Tr::tr("the Scalr account id is needed for account scope"));
        if (p.platform.scope == ScalrScope::Environment && p.platform.environmentIds.isEmpty())
            r.add(QStringLiteral("/platform/environmentIds"), Tr::tr("environment scope needs at least one environment id"));
    } else {
        need("/platform/accountId", p.platform.accountId, Tr::tr("the Spot account id (act-…) is needed"));
    }
    if (p.connectionPolicy == ConnectionPolicy::Local && p.localRoute == LocalRoute::None)
        r.add(QStringLiteral("/localRoute"), Tr::tr("say how Scalr reaches the private IPs"));

    if (p.cloud == CloudKind::Aws) {
        need("/aws/region", p.aws.region, Tr::tr("the region is needed"));
        need("/aws/vpcId", p.aws.vpcId, Tr::tr("the VPC id is needed (EC2-Classic is not acceptable)"));
        if (p.aws.auth == AwsAuth::AccessKey)
            need("/aws/accessKeyId", p.aws.accessKeyId, Tr::tr("the access key id is needed"));
        else {
            need("/aws/externalId", p.aws.externalId, Tr::tr("the external id from Spot is needed"));
            need("/aws/roleArn", p.aws.roleArn, Tr::tr("the ARN of the role you created is needed"));
        }
        if (p.aws.billing.enabled) {
            need("/aws/billing/bucket", p.aws.billing.bucket, Tr::tr("detailed billing needs the S3 bucket"));
            need("/aws/billing/region", p.aws.billing.region, Tr::tr("detailed billing needs the bucket's region"));
        }
    } else {
        if (p.azure.cloud == AzureCloud::Germany)
            r.add(QStringLiteral("/azure/cloud"), Tr::tr("Microsoft Cloud Deutschland (AzureGermanCloud) was closed on 2021-10-29; choose "
                                                         "AzureCloud, AzureUSGovernment or AzureChinaCloud"));
        need("/azure/tenantId", p.azure.tenantId, Tr::tr("the tenant (directory) id is needed"));
        need("/azure/clientId", p.azure.clientId, Tr::tr("the application (client) id is needed"));
        need("/azure/subscriptionId", p.azure.subscriptionId, Tr::tr("the subscription id is needed"));
        need("/azure/resourceGroup", p.azure.resourceGroup, Tr::tr("the virtual network's resource group is needed"));
        need("/azure/vnetName", p.azure.vnetName, Tr::tr("the virtual network is needed"));
        if (scalr)
            need("/azure/tenantName", p.azure.tenantName, Tr::tr("Scalr asks for the tenant name (e.g. contoso.onmicrosoft.com)"));
        else if (!p.azure.secretExpiresAt.isValid())
            r.add(QStringLiteral("/azure/secretExpiresAt"), Tr::tr("Spot needs the client secret's expiry date"));
    }
    return out;
}

ProfileParseResult parseProfile(const QByteArray &bytes)
{
    ProfileParseResult result;
    const QString limit = checkJsonLimits(bytes);
    if (!limit.isEmpty()) {
        result.problems.append({QString(), limit});
        return result;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        result.problems.append({QString(), Tr::tr("not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)});
        return result;
    }
    if (!doc.isObject()) {
        result.problems.append({QString(), Tr::tr("a profile is a JSON object ({ … })")});
        return result;
    }
    const QJsonObject raw = doc.object();
    const QJsonValue version = raw.value(QLatin1String("schemaVersion"));
    if (version.isDouble() && version.toDouble() > kProfileSchemaVersion) {
        result.problems.append(
            {QStringLiteral("/schemaVersion"), Tr::tr("this file has schemaVersion %1, but this version of Cloud Connect reads "
                                                      "schemaVersion %2 only; use a newer Cloud Connect")
                                                   .arg(version.toVariant().toString())
                                                   .arg(kProfileSchemaVersion)});
        return result;
    }
    QJsonObject cleaned;
    result.problems = findSecretKeys(raw, &cleaned);
    const ProfileProblems structural = validateAgainstProfileSchema(cleaned);
    result.problems += structural;
    if (structural.isEmpty())
        result.problems += fieldRuleProblems(cleaned);
    if (!result.problems.isEmpty())
        return result;
    Profile p = profileFromJson(cleaned);
    if (p.platform.endpoint.isEmpty())
        p.platform.endpoint = choices::defaultEndpoint(p.platform.kind);
    result.incomplete = completenessProblems(p);
    result.profile = std::move(p);
    return result;
}

ProfileParseResult readProfileFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ProfileParseResult r;
        r.problems.append({QString(), Tr::tr("cannot read %1: %2").arg(path, f.errorString())});
        return r;
    }
    return parseProfile(f.read(JsonLimits{}.maxBytes + 1));
}

} // namespace cc
