#include "AwsPermissionProbes.h"

#include "artefacts/IamPolicies.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AwsChecks)
};
} // namespace

namespace cc {

namespace {

const QString kPermissions = QStringLiteral("aws.permissions");

// IAM Query API [botocore data/iam/2010-05-08/service-2.json]: POST / on the IAM endpoint,
// Action=…&Version=2010-05-08, SigV4 service "iam". Reads only.
AwsProbe iamRead(const char *action, const char *apiAction, AwsParams params = {})
{
    return {QLatin1String(action), AwsService::Iam, apiAction, "2010-05-08", std::move(params)};
}

// EC2 Query API [botocore data/ec2/2016-11-15/service-2.json]. DryRun=true is EC2's common
// parameter [EC2 API reference, "DryRun"]: the permission is checked and nothing is done; the
// answer is the error DryRunOperation (HTTP 412) when allowed, UnauthorizedOperation (403) when not.
AwsProbe ec2DryRun(const char *action, const char *apiAction, AwsParams params = {})
{
    params.prepend({"DryRun", "true"});
    return {QLatin1String(action), AwsService::Ec2, apiAction, "2016-11-15", std::move(params)};
}

// Values that are well-formed but name nothing of the user's: a DryRun never acts on them.
// (The ids are the EC2 API reference's own examples.)
constexpr const char *kProbeImage = "ami-0abcdef1234567890";
constexpr const char *kProbeInstance = "i-1234567890abcdef0";

} // namespace

QList<AwsProbe> scalrPermissionProbes(const QString &vpcId)
{
    QList<AwsProbe> probes;
    // GetUser without UserName describes the caller [service-2.json GetUserRequest: UserName optional].
    probes << iamRead("iam:GetUser", "GetUser");
    // ListInstanceProfiles / ListServerCertificates: MaxItems 1..1000 [service-2.json maxItemsType].
    probes << iamRead("iam:ListInstanceProfiles", "ListInstanceProfiles", {{"MaxItems", "1"}});
    probes << iamRead("iam:ListServerCertificates", "ListServerCertificates", {{"MaxItems", "1"}});
    // DescribeInstances / DescribeVpcs take DryRun and MaxResults 5..1000 [service-2.json].
    probes << ec2DryRun("ec2:DescribeInstances", "DescribeInstances", {{"MaxResults", "5"}});
    probes << ec2DryRun("ec2:DescribeVpcs", "DescribeVpcs", {{"MaxResults", "5"}});
    // RunInstances requires MinCount and MaxCount [service-2.json RunInstancesRequest].
    probes << ec2DryRun("ec2:RunInstances", "RunInstances",
                        {{"ImageId", kProbeImage}, {"InstanceType", "t3.micro"}, {"MinCount", "1"}, {"MaxCount", "1"}});
    // TerminateInstances: InstanceIds serialised as InstanceId.N [service-2.json, locationName InstanceId].
    probes << ec2DryRun("ec2:TerminateInstances", "TerminateInstances", {{"InstanceId.1", kProbeInstance}});
    // CreateSecurityGroup requires GroupName and GroupDescription; VpcId optional (default VPC).
    AwsParams group{{"GroupName", "cloudconnect-permission-probe"},
                    {"GroupDescription", "Cloud Connect permission check (DryRun, never created)"}};
    if (!vpcId.isEmpty())
        group.append({"VpcId", vpcId.toLatin1()});
    probes << ec2DryRun("ec2:CreateSecurityGroup", "CreateSecurityGroup", group);
    return probes;
}

QStringList scalrUnprovableActions()
{
    QStringList out;
    QStringList probed;
    for (const AwsProbe &p : scalrPermissionProbes({}))
        probed << p.action;
    for (const QString &a : scalrRequiredActions())
        if (!probed.contains(a))
            out << a;
    return out; // iam:PassRole: only an action that hands a role over proves it
}

ProbeVerdict probeVerdict(const AwsProbe &probe, const AwsAnswer &a)
{
    if (!a.http.answered() || a.http.status == 429 || a.http.status >= 500)
        return ProbeVerdict::Failed;
    const QString &code = a.errorCode;
    if (probe.service == AwsService::Ec2) {
        if (code == QLatin1String("DryRunOperation"))
            return ProbeVerdict::Allowed;
        if (code == QLatin1String("UnauthorizedOperation"))
            return ProbeVerdict::Denied;
        if (a.ok())
            return ProbeVerdict::Allowed; // a read that ignored DryRun still answered
        // The key itself refused (AuthFailure, a signature, the clock): not about this action.
        static const QStringList keyErrors{QStringLiteral("AuthFailure"),
                                           QStringLiteral("SignatureDoesNotMatch"),
                                           QStringLiteral("InvalidClientTokenId"),
                                           QStringLiteral("RequestExpired"),
                                           QStringLiteral("IncompleteSignature"),
                                           QStringLiteral("OptInRequired"),
                                           QStringLiteral("MissingAuthenticationToken")};
        if (code.isEmpty() || keyErrors.contains(code))
            return ProbeVerdict::Failed;
        return ProbeVerdict::Unproven; // e.g. InvalidAMIID.NotFound: validated before authorised
    }
    if (a.ok())
        return ProbeVerdict::Allowed;
    if (code == QLatin1String("AccessDenied"))
        return ProbeVerdict::Denied;
    return ProbeVerdict::Failed;
}

CheckResult probeResult(const QString &principal, const ProbeOutcomes &o)
{
    const QStringList unprovable = scalrUnprovableActions();
    CheckResult r;
    r.id = kPermissions;
    // details are data and stay English in every locale; the message is the same note in words.
    const QString note = QStringLiteral("%1 cannot be proven without side effects").arg(unprovable.join(QStringLiteral(", ")));
    const QString noteText = Tr::tr("%1 cannot be proven without side effects").arg(unprovable.join(QStringLiteral(", ")));
    r.details = QJsonObject{{QStringLiteral("principal"), principal},
                            {QStringLiteral("method"), QStringLiteral("probes")},
                            {QStringLiteral("allowed"), QJsonArray::fromStringList(o.allowed)},
                            {QStringLiteral("denied"), QJsonArray::fromStringList(o.denied)},
                            {QStringLiteral("unproven"), QJsonArray::fromStringList(o.unproven + unprovable)},
                            {QStringLiteral("note"), QString(note + QLatin1Char('.'))}};
    if (!o.denied.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.message = Tr::tr("%1 may not perform: %2.").arg(principal, o.denied.join(QStringLiteral(", ")));
        r.fix = Tr::tr("Attach Scalr's minimum policy (scalr-minimum-policy.json) to the user; an explicit "
                       "Deny in another policy or a permissions boundary also blocks these.");
        return r;
    }
    if (!o.unproven.isEmpty()) {
        r.status = CheckStatus::Warn;
        r.message = Tr::tr("%1 may perform %2 of the actions the platform needs; AWS did not say for %3, and %4.")
                        .arg(principal)
                        .arg(o.allowed.size())
                        .arg(o.unproven.join(QStringLiteral(", ")), noteText);
        r.fix = Tr::tr("Check in the IAM console that Scalr's minimum policy (scalr-minimum-policy.json) is "
                       "attached to the user.");
        return r;
    }
    r.status = CheckStatus::Pass;
    r.message = Tr::tr("%1 may perform the %2 actions the platform needs that can be tried without changing "
                       "anything (IAM reads, EC2 DryRun; iam:SimulatePrincipalPolicy is not allowed for it); %3.")
                    .arg(principal)
                    .arg(o.allowed.size())
                    .arg(noteText);
    return r;
}

} // namespace cc
