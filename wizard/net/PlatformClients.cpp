#include "PlatformClients.h"

#include "Crypto.h"
#include "HttpClient.h"
#include "HttpJob.h"
#include "JsonLimits.h"
#include "ScalrSigner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc {

namespace {

PlatformAnswer parseAnswer(const HttpResponse &r, bool spot)
{
    PlatformAnswer a;
    a.http = r;
    if (r.answered() && !r.body.isEmpty() && checkJsonLimits(r.body, JsonLimits{r.body.size(), 32, 256 * 1024}).isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (doc.isObject())
            a.json = doc.object();
    }
    const QJsonArray errors = spot ? a.json.value(QStringLiteral("response")).toObject().value(QStringLiteral("errors")).toArray()
                                   : a.json.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &e : errors) {
        if (a.errors.size() >= 20)
            break;
        const QJsonObject o = e.toObject();
        a.errors.append({o.value(QStringLiteral("code")).toString().left(100), o.value(QStringLiteral("message")).toString().left(1000),
                         o.value(QStringLiteral("field")).toString().left(100)});
    }
    // Any other status is an error too, even without an errors list.
    if (r.answered() && !r.success() && a.errors.isEmpty())
        a.errors.append({QStringLiteral("HTTP %1").arg(r.status), QString::fromLatin1(r.reason).left(200), {}});
    return a;
}

QUrl below(const QUrl &endpoint, const QString &path)
{
    QUrl url = endpoint;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

} // namespace

PlatformAnswer parsePlatformAnswer(const HttpResponse &r, bool spot)
{
    return parseAnswer(r, spot);
}

QString PlatformAnswer::errorText() const
{
    if (!http.answered())
        return http.failureText;
    if (errors.isEmpty())
        return {};
    const PlatformError &e = errors.first();
    return e.message.isEmpty() ? e.code : QStringLiteral("%1: %2").arg(e.code, e.message);
}

SpotClient::SpotClient(HttpClient *http, const QUrl &endpoint, const QString &accountId, const SecretString &token, QObject *parent)
    : QObject(parent), m_http(http), m_endpoint(endpoint), m_accountId(accountId), m_token(std::make_shared<const SecretString>(token))
{
}

SpotClient::~SpotClient() = default; // the token's buffer is overwritten when the last request goes

QJsonArray SpotClient::items(const PlatformAnswer &a)
{
    return a.json.value(QStringLiteral("response")).toObject().value(QStringLiteral("items")).toArray();
}

HttpJob *SpotClient::call(const QByteArray &method, const QString &path, const QJsonObject &body, bool retryable,
                          std::function<void(const PlatformAnswer &)> done)
{
    QUrl url = below(m_endpoint, path);
    url.setQuery(QStringLiteral("accountId=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_accountId))));
    // No body at all when there is nothing to send: Spot's SDKs send none for the external-id
    // request (spotinst-sdk-go service/account/providers/aws CreateAWSAccountExternalId).
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    HttpJob *job = m_http->send([url, method, payload, token = m_token, retryable] {
        HttpRequest r;
        r.method = method;
        r.url = url;
        // The header is a copy Qt's network layer keeps (SecretValues.h); ours is cleansed.
        QByteArray bearer = "Bearer " + token->toUtf8();
        r.headers = {{"Authorization", bearer}, {"Accept", "application/json"}};
        cleanseBytes(bearer);
        if (!payload.isEmpty())
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        r.body = method == "GET" ? QByteArray() : payload;
        r.retryable = retryable;
        return r;
    });
    connect(job, &HttpJob::finished, this, [done = std::move(done)](const HttpResponse &r) { done(parseAnswer(r, true)); });
    return job;
}

ScalrClient::ScalrClient(HttpClient *http, const QUrl &endpoint, const QString &keyId, const SecretString &secretKey, QObject *parent)
    : QObject(parent), m_http(http), m_endpoint(endpoint), m_keyId(keyId.toLatin1()),
      m_secret(std::make_shared<const SecretString>(secretKey))
{
}

ScalrClient::~ScalrClient() = default; // the secret's buffer is overwritten when the last request goes

HttpJob *ScalrClient::call(const QByteArray &method, const QString &path, const HeaderList &query, const QJsonObject &body, bool retryable,
                           std::function<void(const PlatformAnswer &)> done)
{
    QUrl url = below(m_endpoint, path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(sigv4CanonicalQuery(query)), QUrl::StrictMode);
    const QByteArray signedPath = url.path(QUrl::FullyEncoded).toLatin1();
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray keyId = m_keyId;
    HttpJob *job = m_http->send([=, secret = m_secret] {
        // Signed afresh on every attempt: the date is part of the signature and of its window.
        const QByteArray date = scalrDate(QDateTime::currentDateTimeUtc());
        QByteArray key = secret->toUtf8();
        const QByteArray signature = scalrSignature(key, scalrStringToSign(method, date, signedPath, query, payload));
        cleanseBytes(key);
        HttpRequest r;
        r.method = method;
        r.url = url;
        r.headers = {{"X-Scalr-Key-Id", keyId},
                     {"X-Scalr-Date", date},
                     {"X-Scalr-Signature", signature},
                     {"Accept", "application/json"},
                     {"Content-Type", "application/json; charset=utf-8"}};
        r.body = payload;
        r.retryable = retryable;
        return r;
    });
    connect(job, &HttpJob::finished, this, [done = std::move(done)](const HttpResponse &r) { done(parseAnswer(r, false)); });
    return job;
}

} // namespace cc
