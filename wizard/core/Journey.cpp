#include "Journey.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Journey)
};
} // namespace

namespace cc {

QString journeyTitle(const Journey &j)
{
    return QStringLiteral("%1 + %2").arg(j.platform == PlatformKind::Scalr ? QStringLiteral("Scalr") : QStringLiteral("Spot"),
                                         j.cloud == CloudKind::Aws ? QStringLiteral("AWS") : QStringLiteral("Azure"));
}

QString pageKey(PageId id)
{
    switch (id) {
    case PageId::Start: return QStringLiteral("start");
    case PageId::Platform: return QStringLiteral("platform");
    case PageId::Cloud: return QStringLiteral("cloud");
    case PageId::Network: return QStringLiteral("network");
    case PageId::ConnectionPolicy: return QStringLiteral("connection-policy");
    case PageId::Identity: return QStringLiteral("identity");
    case PageId::Credentials: return QStringLiteral("credentials");
    case PageId::Billing: return QStringLiteral("billing");
    case PageId::Verify: return QStringLiteral("verify");
    case PageId::Review: return QStringLiteral("review");
    case PageId::Done: return QStringLiteral("done");
    }
    return {};
}

QList<PageId> journeyPages(const Journey &j)
{
    QList<PageId> pages{PageId::Start, PageId::Platform, PageId::Cloud, PageId::Network};
    // The instance connection policy and detailed billing are Scalr settings (seeds 000, 001);
    // Spot's documents have neither, so those pages are skipped rather than shown empty.
    if (j.platform == PlatformKind::Scalr)
        pages << PageId::ConnectionPolicy;
    pages << PageId::Identity << PageId::Credentials;
    if (j.platform == PlatformKind::Scalr)
        pages << PageId::Billing;
    pages << PageId::Verify << PageId::Review << PageId::Done;
    return pages;
}

std::optional<PageId> nextPage(const Journey &j, PageId current)
{
    const QList<PageId> pages = journeyPages(j);
    for (PageId p : pages)
        if (static_cast<int>(p) > static_cast<int>(current))
            return p;
    return std::nullopt;
}

QList<LiveCheck> liveChecks(const Profile &p)
{
    const bool aws = p.cloud == CloudKind::Aws;
    const bool spotRole = aws && p.platform.kind == PlatformKind::Spot;
    const QString notAws = Tr::tr("this journey connects Azure, not AWS");
    const QString notAzure = Tr::tr("this journey connects AWS, not Azure");
    // Titles are marked for lupdate here and translated once, in check().
    auto check = [](const char *id, const char *title, bool applies, const QString &why) {
        return LiveCheck{QLatin1String(id), Tr::tr(title), applies, applies ? QString() : why};
    };
    QList<LiveCheck> out;
    out << check("platform.auth", QT_TRANSLATE_NOOP("Journey", "The platform accepts your API credentials"), true, {});
    // For Spot the access key is optional: it only lets us confirm which account the role is in.
    const bool haveKey = !p.aws.accessKeyId.isEmpty();
    out << check("aws.identity", QT_TRANSLATE_NOOP("Journey", "AWS accepts the access key (STS GetCallerIdentity)"),
                 aws && (!spotRole || haveKey),
                 aws ? Tr::tr("no access key was given for the account that holds the Spot role (optional)") : notAws);
    const QString noKey = Tr::tr("needs an access key of the account that holds the Spot role (optional; none was given)");
    out << check("aws.permissions",
                 spotRole
                     ? QT_TRANSLATE_NOOP("Journey", "The Spot role has the permissions Spot needs (IAM SimulatePrincipalPolicy)")
                     : QT_TRANSLATE_NOOP(
                         "Journey", "The identity has the permissions the platform needs (IAM simulation, or read-only and DryRun calls)"),
                 aws && (!spotRole || haveKey), aws ? noKey : notAws);
    out << check("aws.network", QT_TRANSLATE_NOOP("Journey", "The VPC exists in the region (EC2 DescribeVpcs)"),
                 aws && (!spotRole || haveKey), aws ? noKey : notAws);
    out << check(
        "aws.billing", QT_TRANSLATE_NOOP("Journey", "The billing bucket exists and answers"), aws && p.aws.billing.enabled && !spotRole,
        aws ? (spotRole ? Tr::tr("Spot reads billing itself; no bucket is set up in this journey") : Tr::tr("detailed billing is off"))
            : notAws);
    out << check("aws.clock", QT_TRANSLATE_NOOP("Journey", "This computer's clock is within 5 minutes of AWS"), aws, notAws);
    out << check("azure.token", QT_TRANSLATE_NOOP("Journey", "Entra ID issues a token for the app (client credentials)"), !aws, notAzure);
    out << check("azure.subscription", QT_TRANSLATE_NOOP("Journey", "The subscription exists and is enabled"), !aws, notAzure);
    out << check("azure.role", QT_TRANSLATE_NOOP("Journey", "The app is Contributor (or Owner) on the subscription"), !aws, notAzure);
    out << check("azure.network", QT_TRANSLATE_NOOP("Journey", "The virtual network exists in the resource group"), !aws, notAzure);
    return out;
}

} // namespace cc

namespace cc {

QList<SecretString SecretValues::*> journeySecrets(const Profile &p)
{
    QList<SecretString SecretValues::*> out;
    out << (p.platform.kind == PlatformKind::Scalr ? &SecretValues::scalrSecretKey : &SecretValues::spotToken);
    if (p.cloud == CloudKind::Aws && (p.platform.kind == PlatformKind::Scalr || !p.aws.accessKeyId.isEmpty()))
        out << &SecretValues::awsSecretAccessKey;
    if (p.cloud == CloudKind::Azure)
        out << &SecretValues::azureClientSecret;
    return out;
}

SecretValues onlyJourneySecrets(const SecretValues &all, const Profile &p)
{
    SecretValues out;
    for (SecretString SecretValues::*member : journeySecrets(p))
        out.*member = all.*member;
    return out;
}

} // namespace cc
