#include "AwsClient.h"

#include "HttpClient.h"
#include "HttpJob.h"

#include <QByteArrayList>

namespace cc {

AwsClient::AwsClient(HttpClient *http, const SigV4Credentials &credentials, QObject *parent)
    : QObject(parent), m_http(http), m_credentials(credentials)
{
}

AwsClient::~AwsClient()
{
    m_credentials.secretAccessKey.fill('\0');
    m_credentials.sessionToken.fill('\0');
}

QByteArray AwsClient::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("http") ? 80 : 443;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QByteArray AwsClient::formEncode(const AwsParams &params)
{
    QByteArrayList parts;
    for (const auto &kv : params)
        parts << sigv4UriEncode(kv.first, false) + '=' + sigv4UriEncode(kv.second, false);
    return parts.join('&');
}

HttpJob *AwsClient::query(const AwsEndpoint &endpoint, const QByteArray &action, const QByteArray &version, const AwsParams &params,
                          std::function<void(const AwsAnswer &)> done)
{
    AwsParams all{{"Action", action}, {"Version", version}};
    all += params;
    return signedCall(endpoint, "POST", "/", {}, "application/x-www-form-urlencoded; charset=utf-8", formEncode(all), false,
                      std::move(done));
}

HttpJob *AwsClient::listBucket(const AwsEndpoint &endpoint, const QString &bucket, std::function<void(const AwsAnswer &)> done)
{
    QByteArray path = endpoint.url.path(QUrl::FullyEncoded).toLatin1();
    if (!path.endsWith('/'))
        path += '/';
    path += sigv4UriEncode(bucket.toUtf8(), false);
    return signedCall(endpoint, "GET", path, {{"list-type", "2"}, {"max-keys", "1"}}, {}, {}, true, std::move(done));
}

HttpJob *AwsClient::signedCall(const AwsEndpoint &endpoint, const QByteArray &method, const QByteArray &path, const HeaderList &query,
                               const QByteArray &contentType, const QByteArray &body, bool s3, std::function<void(const AwsAnswer &)> done)
{
    const SigV4Credentials creds = m_credentials;
    auto build = [endpoint, method, path, query, contentType, body, s3, creds]() {
        SigV4Request sr;
        sr.method = method;
        sr.path = path;
        sr.query = query;
        sr.body = body;
        sr.headers.append({"Host", hostHeader(endpoint.url)});
        if (!contentType.isEmpty())
            sr.headers.append({"Content-Type", contentType});
        SigV4Options options;
        options.s3 = s3;
        sigv4Sign(sr, creds, {endpoint.signingRegion, endpoint.service, QDateTime::currentDateTimeUtc()}, options);
        HttpRequest r;
        r.method = method;
        r.url = endpoint.url;
        r.url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
        // The query exactly as signed: same encoding, same order.
        if (!query.isEmpty())
            r.url.setQuery(QString::fromLatin1(sigv4CanonicalQuery(query)), QUrl::StrictMode);
        r.headers = sr.headers;
        r.body = body;
        r.retryable = true; // every AWS call made here only reads
        return r;
    };
    HttpJob *job = m_http->send(build);
    connect(job, &HttpJob::finished, this, [done = std::move(done)](const HttpResponse &resp) { done(parseAwsAnswer(resp)); });
    return job;
}

AwsAnswer parseAwsAnswer(const HttpResponse &resp)
{
    AwsAnswer a;
    a.http = resp;
    a.awsRequestId = resp.serverRequestId;
    if (resp.answered() && !resp.body.isEmpty()) {
        a.xml = parseXml(resp.body);
        if (a.xml) {
            // Query protocol: <ErrorResponse><Error>…; EC2: <Response><Errors><Error>…
            if (const XmlNode *err = a.xml->name == QLatin1String("Error") ? &*a.xml : a.xml->find(QStringLiteral("Error"))) {
                a.errorCode = err->textAt(QStringLiteral("Code")).left(200);
                a.errorMessage = err->textAt(QStringLiteral("Message")).left(1000);
            }
            const QString rid = a.xml->textAt(QStringLiteral("RequestId"));
            const QString rid2 = a.xml->textAt(QStringLiteral("RequestID"));
            if (!rid.isEmpty() || !rid2.isEmpty())
                a.awsRequestId = (rid.isEmpty() ? rid2 : rid).left(200);
        }
    }
    return a;
}

} // namespace cc
