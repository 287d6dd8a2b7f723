#pragma once
// Stand-ins for Spot and Scalr API v2 on loopback that answer as the published definitions say
// (docs/api-reference.md, with the sources named beside each behaviour in the .cpp), with state
// so that duplicates, links and replacements show. Spot checks the bearer token, accountId and
// JSON bodies, answers in its request/response envelope and shows Azure secrets masked. Scalr
// recomputes every X-Scalr-Signature with Qt's own HMAC (independent of the product's signer),
// enforces the ±300 s date window, lists summaries only, refuses PATCHes of create-only
// properties, links environments through …/environments/{envId}/clouds/{cloud}/, and can play a
// 5.11 server (account routes without {accountId}, no global scope).
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
    static constexpr const char *kOtherAccount = "act-9f8e7d6c"; // in the token's organization too
    QString awsRole;                                             // "" = none set
    QJsonObject azure;                                           // clientId, tenantId, subscriptionId, expirationDate ({} = none)
    QString azureSecret;                                         // the client secret Spot holds (never shown in full)
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
    QSet<QString> accounts{QStringLiteral("1")};
    QSet<QString> environments{QStringLiteral("5"), QStringLiteral("7")};
    // collection path (always the newer spelling, e.g. /api/v1beta0/account/1/cloud-credentials/)
    // → the full credentials objects (no secrets)
    QMap<QString, QList<QJsonObject>> collections;
    QMap<QString, QString> linked;                                       // environment id → credentials id it uses for ec2
    QSet<QString> environmentsInUse;                                     // their current credentials are used by servers: 409 on relink
    QString inUseMessage = QStringLiteral("Cloud Credentials are used"); // the 409's text (a hostile server's, in tests)
    bool scalr511 = false; // a 5.11 server: account routes without {accountId}, no global scope
    int pageSize = 100;    // lists are paged (pageNum, maxResults)
    int created = 0;
    int patches = 0;
    int linkPosts = 0;
    int clockOffsetSeconds = 0;
    QStringList signatureFailures;
    QList<PlatformFault> faults;

    static QString accountCollection(const QString &account = QStringLiteral("1"));

private:
    TestResponse handle(const TestRequest &req);
    TestResponse credentials(const TestRequest &req, const QString &collection, const QString &rest);
    TestResponse clouds(const TestRequest &req, const QString &env, const QString &cloud);
    TestResponse error(int status, const char *code, const QString &message) const;
    TestResponse data(int status, const QJsonValue &value, const QJsonValue &pagination = QJsonValue()) const;
    QString authenticate(const TestRequest &req, QByteArray *code) const;
    QString verifyAwsKeys(const QJsonObject &body, const QJsonObject &stored) const;
    const QJsonObject *findCredentials(const QString &id) const;
    int m_nextId = 100;
};
