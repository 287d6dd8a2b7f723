#include "AwsCliCommands.h"

#include "IamPolicies.h"
#include "ShellQuote.h"

#include <QRegularExpression>

namespace cc {

QString scalrIamUserName(const Profile &p)
{
    // IAM user names: 1–64 of letters, digits and + = , . @ _ -
    QString base = p.name.isEmpty() ? QStringLiteral("scalr") : QStringLiteral("scalr-") + p.name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9+=,.@_-]+")), QStringLiteral("-"));
    return base.left(64);
}

QString scalrIamCommands(const Profile &p)
{
    const QString user = shellQuote(scalrIamUserName(p));
    // IAM is global within a partition, but the CLI must be pointed at a region of that
    // partition, or it signs for the commercial one.
    const QString region = QStringLiteral(" --region ") + shellQuote(awsHomeRegion(p.aws.partition));
    QString s;
    s += QStringLiteral("# AWS CLI, partition %1. Save the minimum policy as scalr-minimum-policy.json first.\n")
             .arg(awsArnPartition(p.aws.partition));
    s += QStringLiteral("aws iam create-user%1 --user-name %2\n").arg(region, user);
    s += QStringLiteral("aws iam put-user-policy%1 --user-name %2 \\\n  --policy-name ScalrMinimumPolicy \\\n"
                        "  --policy-document file://scalr-minimum-policy.json\n")
             .arg(region, user);
    s += QStringLiteral("# Prints AccessKeyId and SecretAccessKey once: enter both on the Credentials page.\n");
    s += QStringLiteral("aws iam create-access-key%1 --user-name %2\n").arg(region, user);
    return s;
}

} // namespace cc
