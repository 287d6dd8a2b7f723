#include "AzureClient.h"

#include "Crypto.h"
#include "HttpClient.h"
#include "HttpJob.h"
#include "JsonLimits.h"
#include "SigV4.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace cc {

namespace {

QByteArray formValue(const QString &v)
{
    return sigv4UriEncode(v.toUtf8(), false);
}

} // namespace

AccessToken decodeAccessToken(const QByteArray &jwt)
{
    AccessToken t;
    t.token = jwt;
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3 || parts[1].size() > 64 * 1024)
        return t;
    const QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!checkJsonLimits(payload, JsonLimits{64 * 1024, 8, 16 * 1024}).isEmpty())
        return t;
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    t.objectId = claims.value(QStringLiteral("oid")).toString().left(64);
    t.tenantId = claims.value(QStringLiteral("tid")).toString().left(64);
    return t;
}

AzureClient::AzureClient(HttpClient *http, QObject *parent) : QObject(parent), m_http(http)
{
}

AzureAnswer AzureClient::parse(const HttpResponse &r)
{
    AzureAnswer a;
    a.http = r;
    if (!r.answered() || r.body.isEmpty())
        return a;
    if (!checkJsonLimits(r.body, JsonLimits{r.body.size(), 32, 256 * 1024}).isEmpty())
        return a;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (!doc.isObject())
        return a;
    a.json = doc.object();
    const QJsonValue err = a.json.value(QStringLiteral("error"));
    if (err.isString()) { // Entra ID
        a.error = err.toString().left(100);
        a.errorMessage = a.json.value(QStringLiteral("error_description")).toString().left(2000);
        for (const QJsonValue &c : a.json.value(QStringLiteral("error_codes")).toArray()) {
            if (a.aadCodes.size() < 10)
                a.aadCodes << c.toInteger();
        }
        a.traceId = a.json.value(QStringLiteral("trace_id")).toString().left(64);
        a.correlationId = a.json.value(QStringLiteral("correlation_id")).toString().left(64);
    } else if (err.isObject()) { // Resource Manager
        a.error = err.toObject().value(QStringLiteral("code")).toString().left(100);
        a.errorMessage = err.toObject().value(QStringLiteral("message")).toString().left(2000);
    }
    if (a.correlationId.isEmpty())
        a.correlationId = QString::fromLatin1(r.header("x-ms-correlation-request-id")).left(64);
    return a;
}

HttpJob *AzureClient::requestToken(const QUrl &authority, const QString &tenant, const QString &clientId, const SecretString &secret,
                                   const QString &scope, std::function<void(const AzureAnswer &)> done)
{
    QUrl url = authority;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(tenant)) + QStringLiteral("/oauth2/v2.0/token"),
                QUrl::StrictMode);
    // The secret stays in a buffer of our own (shared by pointer with the retries of this call);
    // each attempt's body is built from it, and our encodings of it are cleansed. The body itself
    // is the copy Qt's network layer keeps (SecretValues.h).
    const QByteArray before = "client_id=" + formValue(clientId) + "&client_secret=";
    const QByteArray after = "&scope=" + formValue(scope) + "&grant_type=client_credentials";
    HttpJob *job = m_http->send([url, before, after, secret = std::make_shared<const SecretString>(secret)] {
        HttpRequest r;
        r.method = "POST";
        r.url = url;
        r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
        QByteArray utf8 = secret->toUtf8();
        QByteArray encoded = sigv4UriEncode(utf8, false);
        r.body = before + encoded + after;
        cleanseBytes(encoded);
        cleanseBytes(utf8);
        r.retryable = true; // asking for a token twice changes nothing
        return r;
    });
    connect(job, &HttpJob::finished, this, [done = std::move(done)](const HttpResponse &r) { done(parse(r)); });
    return job;
}

HttpJob *AzureClient::armGet(const QUrl &url, const QByteArray &bearer, std::function<void(const AzureAnswer &)> done)
{
    HttpJob *job = m_http->send([url, bearer] {
        HttpRequest r;
        r.url = url;
        r.headers = {{"Authorization", "Bearer " + bearer}, {"Accept", "application/json"}};
        return r;
    });
    connect(job, &HttpJob::finished, this, [done = std::move(done)](const HttpResponse &r) { done(parse(r)); });
    return job;
}

} // namespace cc
