#pragma once
// Where each AWS service is reached and which region signs for it, per partition and region
// (docs/api-reference.md), unless the profile overrides it in endpoints.*.
#include "Profile.h"

#include <QByteArray>
#include <QUrl>

namespace cc {

enum class AwsService { Sts, Iam, Ec2, S3 };

struct AwsEndpoint {
    QUrl url;
    QByteArray signingRegion;
    QByteArray service; // SigV4 service name: sts, iam, ec2, s3
    bool overridden = false;
};

// `region` is the region the call is about (the profile's region; for S3 the bucket's region).
AwsEndpoint awsEndpoint(const Profile &p, AwsService service, const QString &region);
QString awsDnsSuffix(AwsPartition p); // amazonaws.com or amazonaws.com.cn

} // namespace cc
