#pragma once
// aws.permissions without iam:SimulatePrincipalPolicy. Scalr's minimum policy (seed 001) does not
// allow simulation, so for such a key each needed action is tried with a call that changes
// nothing: IAM reads for the IAM actions, EC2's DryRun for the others. iam:PassRole has no such
// call and is reported as unproven, never as allowed. Pure data and pure verdicts: AwsChecks
// sends the calls.
#include "AwsClient.h"
#include "AwsEndpoints.h"
#include "CheckResult.h"

#include <QStringList>

namespace cc {

struct AwsProbe {
    QString action; // the IAM action it proves, e.g. ec2:RunInstances
    AwsService service = AwsService::Iam;
    QByteArray apiAction; // the Query API action sent, e.g. RunInstances
    QByteArray version;
    AwsParams params;
};

// One probe per action the platform needs that can be tried without side effects; `vpcId` (may
// be empty) scopes the security-group probe to the profile's VPC.
QList<AwsProbe> scalrPermissionProbes(const QString &vpcId);
// Actions the platform needs that no side-effect-free call proves (iam:PassRole).
QStringList scalrUnprovableActions();

enum class ProbeVerdict {
    Allowed,  // the read answered, or EC2 said DryRunOperation
    Denied,   // AccessDenied / UnauthorizedOperation
    Unproven, // EC2 refused the request for another reason before deciding on the permission
    Failed,   // no answer, the key refused, AWS failing: diagnose the answer
};
ProbeVerdict probeVerdict(const AwsProbe &probe, const AwsAnswer &a);

struct ProbeOutcomes {
    QStringList allowed;  // actions
    QStringList denied;   // "action (code)"
    QStringList unproven; // "action (why)"
};
// The aws.permissions result once every probe has answered (none Failed).
CheckResult probeResult(const QString &principal, const ProbeOutcomes &o);

} // namespace cc
