#pragma once
// The two platforms' APIs: Spot (bearer token, ?accountId=, the request/response envelope) and
// Scalr API v2 (HMAC-signed, data/errors envelope). Answers come back with the envelope's error
// picked apart; nothing here decides what a call means.
#include "HttpTypes.h"
#include "SecretString.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <functional>
#include <memory>

namespace cc {

class HttpClient;
class HttpJob;

struct PlatformError {
    QString code;
    QString message;
    QString field; // Spot: the field the error is about
};

struct PlatformAnswer {
    HttpResponse http;
    QJsonObject json;
    QList<PlatformError> errors;
    bool ok() const { return http.success() && errors.isEmpty(); }
    // The first error as "CODE: message", or the HTTP status and reason when there is none.
    QString errorText() const;
};

// The answer's envelope picked apart (Spot's when `spot`, else Scalr's), as both clients do; public for tests/fuzz.
PlatformAnswer parsePlatformAnswer(const HttpResponse &r, bool spot);

class SpotClient : public QObject {
    Q_OBJECT
public:
    SpotClient(HttpClient *http, const QUrl &endpoint, const QString &accountId, const SecretString &token, QObject *parent = nullptr);
    ~SpotClient() override;
    // `retryable`: false for calls that change something (never sent twice blindly).
    HttpJob *call(const QByteArray &method, const QString &path, const QJsonObject &body, bool retryable,
                  std::function<void(const PlatformAnswer &)> done);
    static QJsonArray items(const PlatformAnswer &a);

private:
    HttpClient *m_http;
    QUrl m_endpoint;
    QString m_accountId;
    // One buffer of our own, shared by pointer with the requests still to be (re)sent.
    std::shared_ptr<const SecretString> m_token;
};

class ScalrClient : public QObject {
    Q_OBJECT
public:
    ScalrClient(HttpClient *http, const QUrl &endpoint, const QString &keyId, const SecretString &secretKey, QObject *parent = nullptr);
    ~ScalrClient() override;
    // `path` below the server root, e.g. /api/v1beta0/global/cloud-credentials/
    HttpJob *call(const QByteArray &method, const QString &path, const HeaderList &query, const QJsonObject &body, bool retryable,
                  std::function<void(const PlatformAnswer &)> done);

private:
    HttpClient *m_http;
    QUrl m_endpoint;
    QByteArray m_keyId;
    std::shared_ptr<const SecretString> m_secret; // as SpotClient's token
};

} // namespace cc
