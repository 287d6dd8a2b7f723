#include "CloudFormationTemplate.h"

#include "IamPolicies.h"
#include "ShellQuote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cc {

QString spotRoleTemplate(const Profile &p)
{
    const QString roleName = p.aws.roleName.isEmpty() ? QStringLiteral("SpotRole") : p.aws.roleName;
    // The trust policy's principal uses ${AWS::Partition}, so the template is correct in whichever
    // partition it is deployed; the external id is a parameter so one template serves re-runs.
    QJsonObject trust = spotTrustPolicy(p.aws.partition, QString());
    QJsonArray statements = trust.value(QStringLiteral("Statement")).toArray();
    QJsonObject statement = statements.at(0).toObject();
    statement.insert(
        QStringLiteral("Principal"),
        QJsonObject{{QStringLiteral("AWS"),
                     QJsonObject{{QStringLiteral("Fn::Sub"),
                                  QStringLiteral("arn:${AWS::Partition}:iam::%1:root").arg(QLatin1String(kSpotAwsAccountId))}}}});
    statement.insert(
        QStringLiteral("Condition"),
        QJsonObject{{QStringLiteral("StringEquals"),
                     QJsonObject{{QStringLiteral("sts:ExternalId"), QJsonObject{{QStringLiteral("Ref"), QStringLiteral("ExternalId")}}}}}});
    statements[0] = statement;
    trust.insert(QStringLiteral("Statement"), statements);

    const QJsonObject role{
        {QStringLiteral("Type"), QStringLiteral("AWS::IAM::Role")},
        {QStringLiteral("Properties"),
         QJsonObject{
             {QStringLiteral("RoleName"), QJsonObject{{QStringLiteral("Ref"), QStringLiteral("RoleName")}}},
             {QStringLiteral("Description"), QStringLiteral("Lets Spot manage instances in this account (created by Cloud Connect)")},
             {QStringLiteral("AssumeRolePolicyDocument"), trust},
             {QStringLiteral("Policies"), QJsonArray{QJsonObject{{QStringLiteral("PolicyName"), QStringLiteral("SpotPolicy")},
                                                                 {QStringLiteral("PolicyDocument"), spotPermissionPolicy()}}}}}}};
    const QJsonObject templ{
        {QStringLiteral("AWSTemplateFormatVersion"), QStringLiteral("2010-09-09")},
        {QStringLiteral("Description"), QStringLiteral("IAM role that Spot assumes to manage instances in this account")},
        {QStringLiteral("Parameters"),
         QJsonObject{{QStringLiteral("ExternalId"),
                      QJsonObject{{QStringLiteral("Type"), QStringLiteral("String")},
                                  {QStringLiteral("Description"), QStringLiteral("The external id Spot issued for your Spot account")},
                                  {QStringLiteral("Default"), p.aws.externalId},
                                  {QStringLiteral("MinLength"), 2},
                                  {QStringLiteral("MaxLength"), 1224}}},
                     {QStringLiteral("RoleName"), QJsonObject{{QStringLiteral("Type"), QStringLiteral("String")},
                                                              {QStringLiteral("Description"), QStringLiteral("Name of the role")},
                                                              {QStringLiteral("Default"), roleName}}}}},
        {QStringLiteral("Resources"), QJsonObject{{QStringLiteral("SpotRole"), role}}},
        {QStringLiteral("Outputs"),
         QJsonObject{
             {QStringLiteral("RoleArn"),
              QJsonObject{{QStringLiteral("Description"), QStringLiteral("Paste this ARN into Cloud Connect")},
                          {QStringLiteral("Value"),
                           QJsonObject{{QStringLiteral("Fn::GetAtt"), QJsonArray{QStringLiteral("SpotRole"), QStringLiteral("Arn")}}}}}}}}};
    return QString::fromUtf8(QJsonDocument(templ).toJson(QJsonDocument::Indented));
}

QString spotStackName(const Profile &p)
{
    // Stack names: letters, digits and hyphens, starting with a letter.
    QString base = p.name.isEmpty() ? QStringLiteral("onboarding") : p.name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]+")), QStringLiteral("-"));
    return QStringLiteral("cloudconnect-spot-role-") + base.left(80);
}

QString spotDeployCommands(const Profile &p)
{
    const QString region = p.aws.region.isEmpty() ? awsHomeRegion(p.aws.partition) : p.aws.region;
    const QString stack = shellQuote(spotStackName(p));
    const QString roleName = p.aws.roleName.isEmpty() ? QStringLiteral("SpotRole") : p.aws.roleName;
    QString s;
    s +=
        QStringLiteral("# Deploy the role template (saved as spot-role.cfn.json) in partition %1.\n").arg(awsArnPartition(p.aws.partition));
    s += QStringLiteral("aws cloudformation deploy \\\n  --region %1 \\\n  --stack-name %2 \\\n  --template-file spot-role.cfn.json \\\n"
                        "  --capabilities CAPABILITY_NAMED_IAM \\\n  --parameter-overrides %3 %4\n")
             .arg(shellQuote(region), stack, shellQuote(QStringLiteral("ExternalId=") + p.aws.externalId),
                  shellQuote(QStringLiteral("RoleName=") + roleName));
    s += QStringLiteral("\n# The role's ARN, to paste into Cloud Connect:\n");
    s += QStringLiteral("aws cloudformation describe-stacks \\\n  --region %1 \\\n  --stack-name %2 \\\n"
                        "  --query \"Stacks[0].Outputs[?OutputKey=='RoleArn'].OutputValue\" --output text\n")
             .arg(shellQuote(region), stack);
    return s;
}

} // namespace cc
