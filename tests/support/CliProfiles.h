#pragma once
// The Scalr + AWS test profile pointed at this run's test servers (AWS endpoints, Scalr, the run's
// CA), `edit` changing it further, written to `path`. Shared by the command-line tests.
#include "TestTls.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace cc::test {

inline QString writeScalrAwsProfile(const QString &path, const QString &awsBase, const QString &scalrBase,
                                    const std::function<void(QJsonObject &)> &edit = {})
{
    QFile in(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/scalr-aws.json"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    o[QStringLiteral("endpoints")] = QJsonObject{{QStringLiteral("sts"), awsBase},
                                                 {QStringLiteral("iam"), awsBase},
                                                 {QStringLiteral("ec2"), awsBase},
                                                 {QStringLiteral("s3"), awsBase}};
    o[QStringLiteral("tls")] = QJsonObject{{QStringLiteral("caBundle"), TestTls::shared().caPath}};
    QJsonObject platform = o.value(QStringLiteral("platform")).toObject();
    platform[QStringLiteral("endpoint")] = scalrBase;
    o[QStringLiteral("platform")] = platform;
    if (edit)
        edit(o);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(o).toJson());
    return path;
}

} // namespace cc::test
