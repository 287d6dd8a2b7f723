#pragma once
// IAM policy documents: Scalr's minimum user policy (seed 001) and the role Spot assumes.
#include "Profile.h"

#include <QJsonObject>
#include <QStringList>

namespace cc {

QString awsArnPartition(AwsPartition p); // "aws", "aws-us-gov", "aws-cn"
// A region in the partition for partition-wide services (IAM, CloudFormation commands).
QString awsHomeRegion(AwsPartition p);

QJsonObject scalrMinimumPolicy();
// The actions to verify with SimulatePrincipalPolicy for Scalr (from the minimum policy; the
// NotAction statement is represented by EC2 actions Scalr uses daily).
QStringList scalrRequiredActions();

QJsonObject spotTrustPolicy(AwsPartition partition, const QString &externalId);
QJsonObject spotPermissionPolicy();
QStringList spotRequiredActions();

// Pretty-printed with a trailing newline, as saved and shown.
QString policyText(const QJsonObject &policy);

} // namespace cc
