#pragma once
// Everything a whole journey talks to, on loopback with this run's CA: AWS (STS/IAM/EC2/S3),
// Entra ID + ARM, Spot and Scalr, set up so that the test profiles' answers pass every live
// check; and the test profiles rewritten to point at them. Shared by the CLI and GUI journeys so
// that both run the same checks against the same servers.
#include "AwsTestServer.h"
#include "AzureTestServer.h"
#include "PlatformTestServers.h"

#include <QJsonObject>
#include <QObject>

class JourneyServers : public QObject {
    Q_OBJECT
public:
    explicit JourneyServers(QObject *parent = nullptr);
    bool start();

    // tests/data/profiles/<file> with every endpoint on these servers, the run's CA bundle and
    // `extra` merged at the top level (an object value replaces that object). Written into `dir`;
    // "" on failure.
    QString writeProfile(const QString &file, const QString &dir, const QJsonObject &extra = {}) const;

    AwsTestServer aws{TestHttpServer::Tls::Trusted};
    AzureTestServer azure{TestHttpServer::Tls::Trusted};
    SpotTestServer spot{TestHttpServer::Tls::Trusted};
    ScalrTestServer scalr{TestHttpServer::Tls::Trusted};
};
