#include "ProfileRules.h"

#include <algorithm>

#include <QFileInfo>

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProfileRules)
};
} // namespace

namespace cc::rules {
namespace {

bool matches(const QString &v, const char *pattern)
{
    // Patterns are anchored here so no caller can forget it; compiled once per pattern.
    static thread_local QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(QLatin1String(pattern))));
    return it->match(v).hasMatch();
}

QString required(const QString &v)
{
    return v.isEmpty() ? Tr::tr("required") : QString();
}

bool hasOuterWhitespace(const QString &v)
{
    return !v.isEmpty() && (v.front().isSpace() || v.back().isSpace());
}

} // namespace

QString profileName(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: a name for this onboarding, e.g. prod-aws");
    if (v.size() > 64)
        return Tr::tr("at most 64 characters");
    if (!matches(v, "[A-Za-z0-9][A-Za-z0-9._ -]*"))
        return Tr::tr("letters, digits, '.', '_', '-' and spaces only, starting with a letter or digit");
    return {};
}

bool isLoopbackHost(const QString &host)
{
    // QtCore only (no QtNetwork in this layer): QUrl normalises IPv6 literals, so ::1 in any
    // spelling comes back as "::1"; IPv4 loopback is the whole 127.0.0.0/8.
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    if (matches(h, "127(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}"))
        return true;
    if (h.contains(u':')) {
        QUrl u;
        u.setHost(h, QUrl::StrictMode);
        return u.isValid() && u.host() == QLatin1String("::1");
    }
    return false;
}

QString caBundleFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Tr::tr("the CA bundle %1 does not exist on this computer").arg(path);
    if (!info.isFile())
        return Tr::tr("the CA bundle %1 is not a regular file (a device, FIFO or directory is refused)").arg(path);
    if (info.size() > kMaxCaBundleBytes)
        return Tr::tr("the CA bundle %1 is larger than 4 MiB; a PEM CA bundle is far smaller").arg(path);
    if (!info.isReadable())
        return Tr::tr("the CA bundle %1 cannot be read").arg(path);
    return {};
}

QString endpointUrl(const QString &v)
{
    if (v.isEmpty())
        return required(v);
    if (v.size() > 2048)
        return Tr::tr("too long for a URL (at most 2048 characters)");
    if (hasOuterWhitespace(v) || v.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Tr::tr("must not contain spaces");
    const QUrl url(v, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Tr::tr("not an absolute URL such as https://scalr.example.com");
    if (!url.userInfo().isEmpty())
        return Tr::tr("must not contain a user name or password");
    if (url.hasQuery() || url.hasFragment())
        return Tr::tr("must not contain a query or fragment");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return Tr::tr("must use https (plain http is accepted for localhost / 127.0.0.1 / ::1 only)");
    }
    return Tr::tr("must be an https:// URL");
}

QString scalrAccountId(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the Scalr account's number");
    if (!matches(v, "[1-9][0-9]{0,9}"))
        return Tr::tr("a Scalr account id is a number, e.g. 1");
    return {};
}

QString scalrEnvironmentId(const QString &v)
{
    if (!matches(v, "[1-9][0-9]{0,9}"))
        return Tr::tr("an environment id is a number, e.g. 5");
    return {};
}

QString scalrApiKeyId(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the API key id from Scalr's API keys page");
    if (!matches(v, "[A-Za-z0-9]{8,64}"))
        return Tr::tr("an API key id is 8–64 letters and digits (the id, not the secret key)");
    return {};
}

QString spotAccountId(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the Spot account id, act- followed by 8 hex digits");
    if (!matches(v, "act-[0-9a-f]{8}"))
        return Tr::tr("a Spot account id is act- followed by 8 lowercase hex digits, e.g. act-1a2b3c4d");
    return {};
}

QString credentialsName(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the name the credentials get on the platform");
    if (v.size() > 64)
        return Tr::tr("at most 64 characters");
    if (!matches(v, "[A-Za-z0-9][A-Za-z0-9._ -]*"))
        return Tr::tr("letters, digits, '.', '_', '-' and spaces only, starting with a letter or digit");
    return {};
}

QString awsAccessKeyId(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the access key id, e.g. AKIAIOSFODNN7EXAMPLE");
    if (hasOuterWhitespace(v))
        return Tr::tr("remove the spaces around the key id (copy/paste)");
    if (v.size() != 20)
        return Tr::tr("an access key id is 20 characters (%1 entered)").arg(v.size());
    if (!matches(v, "(AKIA|ASIA)[A-Z2-7]{16}"))
        return Tr::tr("an access key id starts with AKIA (or ASIA for temporary keys) followed by 16 of A–Z, 2–7");
    return {};
}

QString awsSecretAccessKey(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the secret access key shown once when the key was created");
    if (hasOuterWhitespace(v))
        return Tr::tr("remove the spaces around the secret (copy/paste)");
    if (v.size() != 40)
        return Tr::tr("a secret access key is 40 characters (%1 entered)").arg(v.size());
    if (!matches(v, "[A-Za-z0-9/+]{40}"))
        return Tr::tr("a secret access key has only letters, digits, '+' and '/'");
    return {};
}

QString awsRegion(const QString &v, AwsPartition partition)
{
    if (v.isEmpty())
        return Tr::tr("required: the region, e.g. us-east-1");
    if (!matches(v, "[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]"))
        return Tr::tr("not a region name such as us-east-1");
    const bool gov = v.startsWith(QLatin1String("us-gov-"));
    const bool cn = v.startsWith(QLatin1String("cn-"));
    switch (partition) {
    case AwsPartition::Aws:
        if (gov || cn)
            return Tr::tr("%1 is not in the commercial partition; choose GovCloud or China on the Cloud page").arg(v);
        break;
    case AwsPartition::AwsUsGov:
        if (!gov)
            return Tr::tr("GovCloud regions are us-gov-west-1 and us-gov-east-1");
        break;
    case AwsPartition::AwsCn:
        if (!cn)
            return Tr::tr("China regions are cn-north-1 and cn-northwest-1");
        break;
    }
    return {};
}

QString awsVpcId(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the VPC id, e.g. vpc-0a1b2c3d4e5f60718");
    if (hasOuterWhitespace(v))
        return Tr::tr("remove the spaces around the id");
    if (!matches(v, "vpc-([0-9a-f]{8}|[0-9a-f]{17})"))
        return Tr::tr("a VPC id is vpc- followed by 8 or 17 lowercase hex digits");
    return {};
}

QString awsRoleArn(const QString &v, AwsPartition partition)
{
    if (v.isEmpty())
        return Tr::tr("required: the role's ARN, e.g. arn:%1:iam::123456789012:role/SpotRole").arg(toString(partition));
    if (!matches(v, "arn:aws(-us-gov|-cn)?:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}"))
        return Tr::tr("not an IAM role ARN such as arn:%1:iam::123456789012:role/SpotRole").arg(toString(partition));
    const QString prefix = QStringLiteral("arn:%1:").arg(toString(partition));
    if (!v.startsWith(prefix))
        return Tr::tr("the ARN must be in the %1 partition (starts with %2)").arg(toString(partition), prefix);
    return {};
}

QString awsRoleName(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: a name for the role, e.g. SpotRole");
    if (!matches(v, "[A-Za-z0-9+=,.@_-]{1,64}"))
        return Tr::tr("1–64 letters, digits and + = , . @ _ -");
    return {};
}

QString awsExternalId(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the external id Spot issued for this account");
    if (!matches(v, "[A-Za-z0-9+=,.@:/_-]{2,1224}"))
        return Tr::tr("an external id is 2–1224 letters, digits and + = , . @ : / _ -");
    return {};
}

QString s3BucketName(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the S3 bucket that receives the billing reports");
    if (v.size() < 3 || v.size() > 63)
        return Tr::tr("a bucket name is 3–63 characters");
    if (!matches(v, "[a-z0-9][a-z0-9.-]*[a-z0-9]"))
        return Tr::tr("lowercase letters, digits, '.' and '-', starting and ending with a letter or digit");
    if (v.contains(QLatin1String("..")) || v.contains(QLatin1String(".-")) || v.contains(QLatin1String("-.")))
        return Tr::tr("dots may not be next to each other or to a hyphen");
    if (matches(v, "[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+"))
        return Tr::tr("a bucket name may not look like an IP address");
    return {};
}

QString guid(const QString &v)
{
    if (v.isEmpty())
        return required(v);
    if (hasOuterWhitespace(v))
        return Tr::tr("remove the spaces around the id");
    if (!matches(v, "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"))
        return Tr::tr("not a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47");
    return {};
}

QString domainName(const QString &v)
{
    if (v.isEmpty())
        return required(v);
    if (v.size() > 253)
        return Tr::tr("a domain name is at most 253 characters");
    if (!matches(v, "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}"))
        return Tr::tr("not a domain name such as contoso.onmicrosoft.com");
    return {};
}

QString azureTenant(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the Directory (tenant) ID from Entra ID → Properties");
    if (guid(v).isEmpty() || domainName(v).isEmpty())
        return {};
    return Tr::tr("not a GUID or domain");
}

QString azureClientSecret(const QString &v, PlatformKind platform)
{
    if (v.isEmpty())
        return Tr::tr("required: the client secret value (shown once when it was created)");
    if (hasOuterWhitespace(v))
        return Tr::tr("remove the spaces around the secret (copy/paste)");
    if (v.size() > 1024)
        return Tr::tr("too long for a client secret");
    for (const QChar c : v)
        if (c.category() == QChar::Other_Control)
            return Tr::tr("contains a control character; copy the secret value again");
    if (platform == PlatformKind::Scalr && (v.contains(u'+') || v.contains(u'/')))
        return Tr::tr("Scalr cannot use a secret containing '+' or '/': these cause API errors. "
                      "Generate a new secret in the app registration until one has neither, and use that one.");
    return {};
}

QString azureResourceGroup(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the resource group of the virtual network");
    if (v.size() > 90)
        return Tr::tr("a resource group name is at most 90 characters");
    if (!matches(v, "[-\\w._()]+") || v.endsWith(u'.'))
        return Tr::tr("letters, digits, '-', '_', '.', '(' and ')' only, not ending with '.'");
    return {};
}

QString azureVnet(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the virtual network's name or resource id");
    if (v.startsWith(u'/')) {
        if (!matches(v, "/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/"
                        "Microsoft\\.Network/virtualNetworks/[A-Za-z0-9][A-Za-z0-9._-]{0,62}[A-Za-z0-9_]?"))
            return Tr::tr("not a virtual network resource id such as "
                          "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<name>");
        return {};
    }
    if (v.size() < 2 || v.size() > 64)
        return Tr::tr("a virtual network name is 2–64 characters");
    if (!matches(v, "[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9_]"))
        return Tr::tr("letters, digits, '.', '_' and '-', starting with a letter or digit and ending with a letter, digit or '_'");
    return {};
}

QString azureTagName(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("a tag name cannot be empty");
    if (v.size() > 512)
        return Tr::tr("a tag name is at most 512 characters");
    if (v.contains(QRegularExpression(QStringLiteral("[<>%&\\\\?/]"))))
        return Tr::tr("a tag name may not contain < > % & \\ ? /");
    return {};
}

QString azureAppName(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the app registration's name, e.g. Scalr");
    if (v.size() > 120)
        return Tr::tr("at most 120 characters");
    if (hasOuterWhitespace(v))
        return Tr::tr("remove the spaces around the name");
    // The generated script passes the name to `az ad app create --display-name`, and the Azure CLI
    // reads an argument starting with '@' as the contents of the file it names.
    if (v.startsWith(u'@'))
        return Tr::tr("must not start with @ (the Azure CLI would read it as a file name)");
    if (std::any_of(v.cbegin(), v.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return Tr::tr("must not contain control characters (tabs, line breaks, escapes)");
    return {};
}

QString scalrSecretKey(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: the API secret key shown when the API key was generated");
    if (v.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Tr::tr("must not contain spaces or line breaks (copy/paste)");
    if (v.size() > 1024)
        return Tr::tr("too long for an API secret key");
    return {};
}

QString spotToken(const QString &v)
{
    if (v.isEmpty())
        return Tr::tr("required: a Spot API token (Settings → API → Generate token)");
    if (v.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Tr::tr("must not contain spaces or line breaks (copy/paste)");
    if (v.size() > 4096)
        return Tr::tr("too long for an API token");
    return {};
}

QString isoDateTime(const QString &v)
{
    if (v.isEmpty())
        return required(v);
    if (!matches(v, "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})"))
        return Tr::tr("not a date and time such as 2027-11-22T00:00:00Z");
    if (!QDateTime::fromString(v, Qt::ISODateWithMs).isValid())
        return Tr::tr("not a valid date");
    return {};
}

} // namespace cc::rules
