#include "Checklist.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Checklist)
};
} // namespace

namespace cc {
namespace {

ChecklistStep step(const char *id, const QString &title, const QString &detail)
{
    return {QLatin1String(id), title, detail};
}

QList<ChecklistStep> networkSteps(const Profile &p)
{
    if (p.cloud == CloudKind::Aws)
        return {step("aws.vpc.ready", Tr::tr("A VPC for the managed instances exists in this region"),
                     Tr::tr("Every AWS account can still see the EC2-Classic network, but it is shared with all "
                            "other customers in the region and is not acceptable for most uses. Create a VPC "
                            "(see the Amazon VPC documentation) and use its id here."))};
    return {step("azure.vnet.ready", Tr::tr("A virtual network for the managed instances exists"),
                 Tr::tr("Create or choose the Azure Virtual Network the instances will use (see the Azure Virtual "
                        "Network documentation)."))};
}

QList<ChecklistStep> policySteps(const Profile &p)
{
    if (p.connectionPolicy == ConnectionPolicy::Auto)
        return {};
    return {step("scalr.policy.merged", Tr::tr("The entry is merged into /etc/scalr-server/scalr-server.rb"),
                 Tr::tr("Merged with the entries already inside app[:configuration] = { … }, not added as a "
                        "second app[:configuration].")),
            step("scalr.policy.reconfigured", Tr::tr("Scalr was reconfigured"),
                 Tr::tr("On the Scalr server: sudo scalr-server-ctl reconfigure. The policy has no effect until then."))};
}

QList<ChecklistStep> awsScalrIdentity()
{
    return {step("aws.iam.userCreated", Tr::tr("An IAM user for Scalr exists"),
                 Tr::tr("AWS Management Console → IAM → Users. Use a dedicated user so the key can be revoked "
                        "without affecting anything else.")),
            step("aws.iam.policyAttached", Tr::tr("The minimum policy is attached to the user"),
                 Tr::tr("iam:GetUser, iam:ListInstanceProfiles, iam:ListServerCertificates, iam:PassRole, and "
                        "every action outside IAM (NotAction iam:*), each on Resource \"*\".")),
            step("aws.iam.accessKeyCreated", Tr::tr("An access key was created and both parts copied"),
                 Tr::tr("IAM → Users → the user → Security credentials tab → Create access key. Copy the Access "
                        "Key ID and the Secret Access Key: the secret is shown only once."))};
}

QList<ChecklistStep> awsSpotIdentity()
{
    return {step("aws.spot.externalIdObtained", Tr::tr("Spot issued the external id for this account"),
                 Tr::tr("The role trusts Spot's AWS account (922761411349) only when Spot presents this id, so "
                        "no other Spot customer can assume it.")),
            step("aws.spot.roleCreated", Tr::tr("The IAM role exists"),
                 Tr::tr("Deploy the generated CloudFormation template (or create the role by hand with the trust "
                        "and permission policies shown).")),
            step("aws.spot.roleArnCopied", Tr::tr("The role's ARN was copied"),
                 Tr::tr("From the stack's Outputs, or IAM → Roles → the role → ARN."))};
}

QList<ChecklistStep> azureIdentity(const Profile &p)
{
    const bool scalr = p.platform.kind == PlatformKind::Scalr;
    QList<ChecklistStep> s;
    s << step("azure.app.registered", Tr::tr("An app registration (service principal) was created"),
              scalr ? Tr::tr("Azure Active Directory (Microsoft Entra ID) → App registrations → New registration, "
                             "in your Default directory. Name: “Scalr”; sign-on URL: the address of your Scalr "
                             "web UI (routing[:endpoint_host] in scalr-server.rb).")
                    : Tr::tr("Azure Active Directory (Microsoft Entra ID) → App registrations → New registration. "
                             "Give it a name; copy the Application (client) ID."));
    if (scalr)
        s << step("azure.app.appIdUri", Tr::tr("The Application ID URI is set"),
                  Tr::tr("App → Expose an API → Application ID URI: https://<your directory's domain>/<app>, "
                         "the domain from Domains in the same directory."));
    s << step("azure.app.secretCreated", Tr::tr("A client secret was created and its value copied"),
              scalr ? Tr::tr("Certificates & secrets → New client secret, with the expiry you chose. The value is "
                             "shown only once. It MUST NOT contain “+” or “/”: those cause API errors in Scalr — "
                             "generate a new one until it has neither.")
                    : Tr::tr("Certificates & secrets → New client secret. The value is shown only once; note the "
                             "expiry date, Spot asks for it."));
    if (scalr) {
        s << step("azure.permissions.directory", Tr::tr("Windows Azure Active Directory permissions added"),
                  Tr::tr("API permissions → Add → Windows Azure Active Directory. Delegated: “Sign in and read "
                         "user profile” and “Access the directory as the signed-in user”. Application: “Read "
                         "directory data” and “Read and write directory data”. Missing permissions lead to "
                         "unexpected behaviour."));
        s << step("azure.permissions.serviceManagement", Tr::tr("Windows Azure Service Management API permission added"),
                  Tr::tr("API permissions → Add → Windows Azure Service Management API → Delegated: “Access "
                         "Azure Service Management” (as organization users)."));
        s << step("azure.grantPermissions", Tr::tr("“Grant permissions” (admin consent) was clicked"),
                  Tr::tr("Without it the permissions are not active. It can take up to 15 minutes to take effect "
                         "and for the subscription to become selectable in Scalr."));
    } else {
        s << step("azure.tenant.copied", Tr::tr("The Directory (tenant) ID was copied"),
                  Tr::tr("Azure Active Directory (Microsoft Entra ID) → Properties → Directory ID (Tenant ID)."));
    }
    s << step("azure.role.contributor", Tr::tr("The app has the Contributor role on the subscription"),
              Tr::tr("Subscriptions → your subscription → Access control (IAM) → Add role assignment → "
                     "Contributor → select the app (if it does not appear in the list, type its name anyway) → Save."));
    if (!scalr)
        s << step("azure.subscription.copied", Tr::tr("The Subscription ID was copied"),
                  Tr::tr("The subscription's Overview page shows it."));
    return s;
}

QList<ChecklistStep> billingSteps(const Profile &p)
{
    if (p.cloud == CloudKind::Aws) {
        if (!p.aws.billing.enabled)
            return {};
        return {step("aws.billing.receiveReports", Tr::tr("“Receive Billing Reports” is checked"),
                     Tr::tr("AWS Console → profile menu (top right) → My Billing Dashboard → Preferences. Even if "
                            "detailed billing is already on, follow these steps so the reports have the format "
                            "Scalr needs.")),
                step("aws.billing.bucketVerified", Tr::tr("The S3 bucket is entered and “Verify” passed"),
                     Tr::tr("Same page: the bucket name below, then Verify, which checks that the bucket exists "
                            "and has the right permissions.")),
                step("aws.billing.detailedReport",
                     Tr::tr("“Detailed billing report with resources and tags” is "
                            "checked and preferences saved"),
                     Tr::tr("Then Save preferences.")),
                step("aws.billing.scalrMetaTag", Tr::tr("The scalr-meta report tag is Active"),
                     Tr::tr("Manage report tags → scalr-meta → Active → Save. If scalr-meta is not listed, launch at "
                            "least one Farm Role first so Scalr creates the tag; the first processing then takes "
                            "8–10 hours."))};
    }
    if (!p.azure.billing.enabled)
        return {};
    return {step("azure.billing.enabledInScalr", Tr::tr("“Enable Detailed Billing” is on in Scalr's credentials"),
                 Tr::tr("In the cloud credentials dialog in Scalr, turn on Enable Detailed Billing and select the "
                        "tags below for Cost Manager filters. Costs may take a few hours to appear."))};
}

QList<ChecklistStep> doneSteps(const Profile &p)
{
    if (p.platform.kind != PlatformKind::Scalr || p.cloud != CloudKind::Azure)
        return {};
    // Scalr's API refuses Azure credentials (OAuth only), so the last steps are in its web UI.
    return {step("scalr.azure.webFlow", Tr::tr("The credentials were added in Scalr's web UI"),
                 Tr::tr("Scalr → Cloud credentials (Scalr or Account scope) → Add Credentials → Azure: paste the "
                        "tenant name, Continue, sign in to the Azure portal, choose the subscription, Save.")),
            step("scalr.azure.linked", Tr::tr("The credentials are linked to the environments"),
                 Tr::tr("Account scope → Environments → the environment → Azure → the new credentials."))};
}

} // namespace

QList<ChecklistStep> checklistSteps(const Profile &p, PageId page)
{
    const bool scalr = p.platform.kind == PlatformKind::Scalr;
    switch (page) {
    case PageId::Network: return networkSteps(p);
    case PageId::ConnectionPolicy: return scalr ? policySteps(p) : QList<ChecklistStep>{};
    case PageId::Identity:
        if (p.cloud == CloudKind::Azure)
            return azureIdentity(p);
        return scalr ? awsScalrIdentity() : awsSpotIdentity();
    case PageId::Billing: return scalr ? billingSteps(p) : QList<ChecklistStep>{};
    case PageId::Done: return doneSteps(p);
    default: return {};
    }
}

QStringList allChecklistStepIds()
{
    QStringList ids;
    for (PlatformKind platform : {PlatformKind::Scalr, PlatformKind::Spot})
        for (CloudKind cloud : {CloudKind::Aws, CloudKind::Azure}) {
            Profile p = Profile::defaults();
            p.platform.kind = platform;
            p.cloud = cloud;
            p.connectionPolicy = ConnectionPolicy::Local;
            p.aws.billing.enabled = p.azure.billing.enabled = true;
            for (PageId page : journeyPages(Journey::of(p)))
                for (const ChecklistStep &s : checklistSteps(p, page))
                    if (!ids.contains(s.id))
                        ids << s.id;
        }
    return ids;
}

} // namespace cc
