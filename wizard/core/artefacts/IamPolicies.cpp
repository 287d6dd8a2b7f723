#include "IamPolicies.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc {
namespace {

QJsonObject allow(const QJsonValue &actions, const char *sid = nullptr)
{
    QJsonObject s{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                  {QStringLiteral("Action"), actions},
                  {QStringLiteral("Resource"), QStringLiteral("*")}};
    if (sid)
        s.insert(QStringLiteral("Sid"), QLatin1String(sid));
    return s;
}

QJsonArray list(std::initializer_list<const char *> items)
{
    QJsonArray a;
    for (const char *i : items)
        a.append(QLatin1String(i));
    return a;
}

} // namespace

QString awsArnPartition(AwsPartition p)
{
    return toString(p);
}

QString awsHomeRegion(AwsPartition p)
{
    switch (p) {
    case AwsPartition::AwsUsGov: return QStringLiteral("us-gov-west-1");
    case AwsPartition::AwsCn: return QStringLiteral("cn-north-1");
    case AwsPartition::Aws: break;
    }
    return QStringLiteral("us-east-1");
}

QJsonObject scalrMinimumPolicy()
{
    // Seed 001 lists these five statements (its text lost the braces and commas); this is the
    // complete document they describe. The last one grants everything outside IAM.
    QJsonObject notIam{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                       {QStringLiteral("NotAction"), QStringLiteral("iam:*")},
                       {QStringLiteral("Resource"), QStringLiteral("*")}};
    return QJsonObject{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                       {QStringLiteral("Statement"),
                        QJsonArray{allow(QStringLiteral("iam:GetUser")), allow(QStringLiteral("iam:ListInstanceProfiles")),
                                   allow(QStringLiteral("iam:ListServerCertificates")), allow(QStringLiteral("iam:PassRole")), notIam}}};
}

QStringList scalrRequiredActions()
{
    return {QStringLiteral("iam:GetUser"),
            QStringLiteral("iam:ListInstanceProfiles"),
            QStringLiteral("iam:ListServerCertificates"),
            QStringLiteral("iam:PassRole"),
            QStringLiteral("ec2:DescribeInstances"),
            QStringLiteral("ec2:RunInstances"),
            QStringLiteral("ec2:TerminateInstances"),
            QStringLiteral("ec2:DescribeVpcs")};
}

QJsonObject spotTrustPolicy(AwsPartition partition, const QString &externalId)
{
    // Only Spot's own AWS account, and only when it presents this account's external id, may
    // assume the role: no other Spot customer can use it (the confused-deputy guard).
    const QString principal = QStringLiteral("arn:%1:iam::%2:root").arg(awsArnPartition(partition), QLatin1String(kSpotAwsAccountId));
    return QJsonObject{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                       {QStringLiteral("Statement"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("Effect"), QStringLiteral("Allow")},
                            {QStringLiteral("Principal"), QJsonObject{{QStringLiteral("AWS"), principal}}},
                            {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")},
                            {QStringLiteral("Condition"), QJsonObject{{QStringLiteral("StringEquals"),
                                                                       QJsonObject{{QStringLiteral("sts:ExternalId"), externalId}}}}}}}}};
}

QJsonObject spotPermissionPolicy()
{
    // What Spot needs to run and replace instances for Elastigroup/Ocean: EC2 instance lifecycle
    // (including spot requests and launch templates), load-balancer registration, read access to
    // Auto Scaling and CloudWatch for sizing, and passing instance profiles to the instances it
    // launches. Nothing that reads data, and no IAM writes beyond the service-linked role for
    // spot instances.
    return QJsonObject{
        {QStringLiteral("Version"), QStringLiteral("2012-10-17")},
        {QStringLiteral("Statement"),
         QJsonArray{allow(list({"ec2:Describe*",
                                "ec2:RunInstances",
                                "ec2:StartInstances",
                                "ec2:StopInstances",
                                "ec2:TerminateInstances",
                                "ec2:RebootInstances",
                                "ec2:RequestSpotInstances",
                                "ec2:CancelSpotInstanceRequests",
                                "ec2:CreateTags",
                                "ec2:DeleteTags",
                                "ec2:CreateLaunchTemplate",
                                "ec2:CreateLaunchTemplateVersion",
                                "ec2:DeleteLaunchTemplate",
                                "ec2:ModifyLaunchTemplate",
                                "ec2:CreateVolume",
                                "ec2:AttachVolume",
                                "ec2:DetachVolume",
                                "ec2:DeleteVolume",
                                "ec2:CreateSnapshot",
                                "ec2:DeleteSnapshot",
                                "ec2:CreateImage",
                                "ec2:DeregisterImage",
                                "ec2:RegisterImage",
                                "ec2:CreateNetworkInterface",
                                "ec2:AttachNetworkInterface",
                                "ec2:DetachNetworkInterface",
                                "ec2:DeleteNetworkInterface",
                                "ec2:ModifyNetworkInterfaceAttribute",
                                "ec2:ModifyInstanceAttribute",
                                "ec2:AssociateAddress",
                                "ec2:DisassociateAddress",
                                "ec2:MonitorInstances",
                                "ec2:UnmonitorInstances"}),
                          "SpotInstanceLifecycle"),
                    allow(list({"elasticloadbalancing:Describe*", "elasticloadbalancing:RegisterTargets",
                                "elasticloadbalancing:DeregisterTargets", "elasticloadbalancing:RegisterInstancesWithLoadBalancer",
                                "elasticloadbalancing:DeregisterInstancesFromLoadBalancer"}),
                          "LoadBalancerRegistration"),
                    allow(list({"autoscaling:Describe*", "cloudwatch:DescribeAlarms", "cloudwatch:GetMetricData",
                                "cloudwatch:GetMetricStatistics", "cloudwatch:ListMetrics"}),
                          "SizingReadOnly"),
                    allow(list({"iam:PassRole", "iam:ListInstanceProfiles", "iam:ListInstanceProfilesForRole", "iam:GetInstanceProfile",
                                "iam:ListRoles"}),
                          "InstanceProfiles"),
                    QJsonObject{{QStringLiteral("Sid"), QStringLiteral("SpotServiceLinkedRole")},
                                {QStringLiteral("Effect"), QStringLiteral("Allow")},
                                {QStringLiteral("Action"), QStringLiteral("iam:CreateServiceLinkedRole")},
                                {QStringLiteral("Resource"), QStringLiteral("*")},
                                {QStringLiteral("Condition"),
                                 QJsonObject{{QStringLiteral("StringEquals"), QJsonObject{{QStringLiteral("iam:AWSServiceName"),
                                                                                           QStringLiteral("spot.amazonaws.com")}}}}}}}}};
}

QStringList spotRequiredActions()
{
    return {QStringLiteral("ec2:RunInstances"),
            QStringLiteral("ec2:RequestSpotInstances"),
            QStringLiteral("ec2:TerminateInstances"),
            QStringLiteral("ec2:DescribeInstances"),
            QStringLiteral("iam:PassRole"),
            QStringLiteral("elasticloadbalancing:RegisterTargets"),
            QStringLiteral("cloudwatch:GetMetricStatistics")};
}

QString policyText(const QJsonObject &policy)
{
    return QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Indented));
}

} // namespace cc
