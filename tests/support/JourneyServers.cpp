#include "JourneyServers.h"

#include "TestTls.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

JourneyServers::JourneyServers(QObject *parent) : QObject(parent)
{
    aws.buckets.insert("my-billing-reports", AwsTestServer::Bucket{"us-east-1", true});
    azure.vnets.insert(QStringLiteral("network-rg/spot-vnet"), azure.vnets.value(QStringLiteral("network-rg/scalr-vnet")));
    scalr.validAwsKeys.insert(QLatin1String(AwsTestServer::kAccessKey), QLatin1String(AwsTestServer::kSecret));
    spot.validAzureSecret = QLatin1String(AzureTestServer::kSecret);
}

bool JourneyServers::start()
{
    return aws.start() && azure.start() && spot.start() && scalr.start();
}

QString JourneyServers::writeProfile(const QString &file, const QString &dir, const QJsonObject &extra) const
{
    QFile in(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    o[QStringLiteral("endpoints")] = QJsonObject{{QStringLiteral("sts"), aws.baseUrl()},
                                                 {QStringLiteral("iam"), aws.baseUrl()},
                                                 {QStringLiteral("ec2"), aws.baseUrl()},
                                                 {QStringLiteral("s3"), aws.baseUrl()},
                                                 {QStringLiteral("azureAuthority"), azure.baseUrl()},
                                                 {QStringLiteral("azureResourceManager"), azure.baseUrl()}};
    o[QStringLiteral("tls")] = QJsonObject{{QStringLiteral("caBundle"), TestTls::shared().caPath}};
    o.remove(QStringLiteral("checklist"));
    QJsonObject platform = o.value(QStringLiteral("platform")).toObject();
    const bool isSpot = platform.value(QStringLiteral("kind")).toString() == QLatin1String("spot");
    platform[QStringLiteral("endpoint")] = isSpot ? spot.baseUrl() : scalr.baseUrl();
    if (isSpot)
        platform[QStringLiteral("accountId")] = QLatin1String(SpotTestServer::kAccount);
    o[QStringLiteral("platform")] = platform;
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        o[it.key()] = it.value();
    const QString path = QDir(dir).filePath(file);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(o).toJson());
    return path;
}
