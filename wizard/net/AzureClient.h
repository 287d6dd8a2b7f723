#pragma once
// Entra ID (client-credentials token) and Azure Resource Manager (GET with a bearer token), JSON
// answers parsed with bounds, errors in both of Microsoft's shapes picked apart.
#include "HttpTypes.h"

#include <QJsonObject>
#include "SecretString.h"

#include <QObject>
#include <functional>

namespace cc {

class HttpClient;
class HttpJob;

struct AzureAnswer {
    HttpResponse http;
    QJsonObject json;       // the body, when it is a JSON object within the bounds
    QString error;          // Entra ID: "error" (invalid_client…); ARM: error.code
    QString errorMessage;   // Entra ID: error_description; ARM: error.message
    QList<qint64> aadCodes; // Entra ID: error_codes (7000215…)
    QString traceId, correlationId;

    bool ok() const { return http.success() && error.isEmpty() && !json.isEmpty(); }
};

struct AccessToken {
    QByteArray token;
    QString objectId; // oid: the service principal
    QString tenantId; // tid
};

// Reads oid and tid from a JWT's payload. No signature check: the token came straight from Entra
// ID over verified TLS and is only used to learn which principal we are, never to trust a claim
// from elsewhere.
AccessToken decodeAccessToken(const QByteArray &jwt);

class AzureClient : public QObject {
    Q_OBJECT
public:
    explicit AzureClient(HttpClient *http, QObject *parent = nullptr);

    HttpJob *requestToken(const QUrl &authority, const QString &tenant, const QString &clientId, const SecretString &secret,
                          const QString &scope, std::function<void(const AzureAnswer &)> done);
    // `url` absolute (a nextLink) or a path with query below Resource Manager.
    HttpJob *armGet(const QUrl &url, const QByteArray &bearer, std::function<void(const AzureAnswer &)> done);

    static AzureAnswer parse(const HttpResponse &r);

private:
    HttpClient *m_http;
};

} // namespace cc
