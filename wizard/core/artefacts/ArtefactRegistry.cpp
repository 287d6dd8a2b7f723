#include "ArtefactRegistry.h"

#include "AwsCliCommands.h"
#include "AzureCliCommands.h"
#include "CloudFormationTemplate.h"
#include "IamPolicies.h"
#include "ScalrServerConfig.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Artefacts)
};
} // namespace

namespace cc {

QList<Artefact> artefactsFor(const Profile &p)
{
    QList<Artefact> out;
    const bool scalr = p.platform.kind == PlatformKind::Scalr;
    if (p.cloud == CloudKind::Aws && scalr) {
        out.append({QStringLiteral("iam-policy"), Tr::tr("Minimum IAM policy for Scalr"),
                    Tr::tr("Attach this policy to the IAM user Scalr uses: it can read users, instance profiles and "
                           "server certificates, pass roles, and do everything outside IAM."),
                    QStringLiteral("scalr-minimum-policy.json"), policyText(scalrMinimumPolicy())});
        out.append({QStringLiteral("aws-cli"), Tr::tr("AWS CLI commands"),
                    Tr::tr("The same as the console steps: create the user, attach the policy, create its access key."),
                    QStringLiteral("scalr-iam-user.sh"), scalrIamCommands(p)});
    }
    if (p.cloud == CloudKind::Aws && !scalr) {
        QString trustNote =
            Tr::tr("Only Spot's AWS account (%1), presenting your external id, can assume the role.").arg(QLatin1String(kSpotAwsAccountId));
        if (p.aws.partition != AwsPartition::Aws)
            trustNote += Tr::tr(" Spot's account is in the commercial partition; confirm with Spot that it serves %1 before "
                                "relying on this role.")
                             .arg(awsArnPartition(p.aws.partition));
        out.append({QStringLiteral("trust-policy"), Tr::tr("Role trust policy"), trustNote, QStringLiteral("spot-trust-policy.json"),
                    policyText(spotTrustPolicy(p.aws.partition, p.aws.externalId))});
        out.append({QStringLiteral("role-policy"), Tr::tr("Role permission policy"),
                    Tr::tr("What Spot may do with the role: run and replace instances, register them with load balancers, "
                           "read sizing metrics, and pass instance profiles."),
                    QStringLiteral("spot-role-policy.json"), policyText(spotPermissionPolicy())});
        out.append({QStringLiteral("cloudformation"), Tr::tr("CloudFormation template"),
                    Tr::tr("Creates the role with both policies and outputs its ARN."), QStringLiteral("spot-role.cfn.json"),
                    spotRoleTemplate(p)});
        out.append({QStringLiteral("cloudformation-deploy"), Tr::tr("Deploy commands"),
                    Tr::tr("Deploys the template and prints the role's ARN."), QStringLiteral("deploy-spot-role.sh"),
                    spotDeployCommands(p)});
    }
    if (p.cloud == CloudKind::Azure && p.azure.cloud != AzureCloud::Germany) {
        out.append({QStringLiteral("az-cli"), Tr::tr("Azure CLI commands"),
                    scalr ? Tr::tr("The portal steps as commands: app registration, client secret without + or /, API "
                                   "permissions, admin consent, Contributor role.")
                          : Tr::tr("The portal steps as commands: app registration, client secret, Contributor role."),
                    QStringLiteral("azure-app-registration.sh"), azureCliScript(p)});
    }
    if (scalr) {
        const PolicyEntry entry = scalrServerPolicyEntry(p);
        if (!entry.text.isEmpty())
            out.append({QStringLiteral("scalr-server-entry"), Tr::tr("scalr-server.rb entry"), entry.explanation,
                        QStringLiteral("scalr-server-entry.rb"), entry.text});
    }
    return out;
}

std::optional<Artefact> artefactByName(const Profile &p, const QString &name)
{
    for (const Artefact &a : artefactsFor(p))
        if (a.name == name)
            return a;
    return std::nullopt;
}

} // namespace cc
