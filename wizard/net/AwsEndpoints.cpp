#include "AwsEndpoints.h"

#include "artefacts/IamPolicies.h"

namespace cc {

QString awsDnsSuffix(AwsPartition p)
{
    return p == AwsPartition::AwsCn ? QStringLiteral("amazonaws.com.cn") : QStringLiteral("amazonaws.com");
}

AwsEndpoint awsEndpoint(const Profile &p, AwsService service, const QString &region)
{
    const AwsPartition part = p.aws.partition;
    const QString home = awsHomeRegion(part);
    const QString r = region.isEmpty() ? home : region;
    const QString dns = awsDnsSuffix(part);
    AwsEndpoint e;
    QString override;
    switch (service) {
    case AwsService::Sts:
        e.service = "sts";
        override = p.endpoints.sts;
        // The global endpoint exists only in the commercial partition; elsewhere, and whenever a
        // region is known, the regional one answers closer and keeps working in opt-in regions.
        if (part == AwsPartition::Aws && region.isEmpty()) {
            e.url = QUrl(QStringLiteral("https://sts.amazonaws.com"));
            e.signingRegion = "us-east-1";
        } else {
            e.url = QUrl(QStringLiteral("https://sts.%1.%2").arg(r, dns));
            e.signingRegion = r.toLatin1();
        }
        break;
    case AwsService::Iam:
        e.service = "iam";
        override = p.endpoints.iam;
        e.signingRegion = home.toLatin1();
        // IAM is global per partition.
        if (part == AwsPartition::AwsUsGov)
            e.url = QUrl(QStringLiteral("https://iam.us-gov.amazonaws.com"));
        else if (part == AwsPartition::AwsCn)
            e.url = QUrl(QStringLiteral("https://iam.cn-north-1.amazonaws.com.cn"));
        else
            e.url = QUrl(QStringLiteral("https://iam.amazonaws.com"));
        break;
    case AwsService::Ec2:
        e.service = "ec2";
        override = p.endpoints.ec2;
        e.url = QUrl(QStringLiteral("https://ec2.%1.%2").arg(r, dns));
        e.signingRegion = r.toLatin1();
        break;
    case AwsService::S3:
        e.service = "s3";
        override = p.endpoints.s3;
        e.url = QUrl(QStringLiteral("https://s3.%1.%2").arg(r, dns));
        e.signingRegion = r.toLatin1();
        break;
    }
    if (!override.isEmpty()) {
        e.url = QUrl(override);
        e.overridden = true;
    }
    return e;
}

} // namespace cc
