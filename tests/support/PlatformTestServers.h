#pragma once
// Stand-ins for Spot and Scalr API v2 on loopback, with state so that duplicates show. Spot
// checks the bearer token, accountId and JSON bodies and answers in its request/response
// envelope; Scalr recomputes every X-Scalr-Signature with Qt's own HMAC (independent of the
// product's signer), enforces the ±300 s date window, and answers with data/errors envelopes.
#include "TestHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

struct PlatformFault {
    QByteArray match; // "METHOD /path" prefix, "" = any
    TestResponse response;
    int times = 1;
    bool afterApplying = false; // apply the request, then answer with `response` (a lost answer)
};

class SpotTestServer : public TestHttpServer {
    Q_OBJECT
public:
    explicit SpotTestServer(Tls tls, QObject *parent = nullptr);
    static constexpr const char *kToken = "spot-token-0123456789abcdef0123456789abcdef";
    static constexpr const char *kAccount = "act-1a2b3c4d";
    QString awsRole;          // "" = none set
    QJsonObject azure;        // clientId, tenantId, subscriptionId, expirationDate ({} = none)
    QString validAzureSecret = QStringLiteral("Q~8Q~azureTestSecretValue_0123456789abc");
    QString externalId = QStringLiteral("spot-ext-7c1e0f42");
    int credentialWrites = 0; // POSTs that changed credentials
    QList<PlatformFault> faults;

private:
    TestResponse handle(const TestRequest &req);
    TestResponse envelope(const TestRequest &req, int status, const QJsonArray &items, const QJsonArray &errors = {}) const;
};

class ScalrTestServer : public TestHttpServer {
    Q_OBJECT
public:
    explicit ScalrTestServer(Tls tls, QObject *parent = nullptr);
    static constexpr const char *kKeyId = "APIKEYID0123456789AB";
    static constexpr const char *kSecretKey = "scalr-secret-key-0123456789";
    // AWS keys Scalr's own verification accepts (access key → secret).
    QMap<QString, QString> validAwsKeys;
    QMap<QString, QList<QJsonObject>> collections; // collection path → credentials (no secrets)
    QSet<QString> links;                            // "env/credId"
    bool legacyAccountRouteOnly = false;
    bool linkingSupported = true;
    int created = 0;
    int clockOffsetSeconds = 0;
    QStringList signatureFailures;
    QList<PlatformFault> faults;

private:
    TestResponse handle(const TestRequest &req);
    TestResponse error(int status, const char *code, const QString &message) const;
    TestResponse data(int status, const QJsonValue &value) const;
    QString authenticate(const TestRequest &req, QByteArray *code) const;
    int m_nextId = 100;
};
