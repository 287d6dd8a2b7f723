#pragma once
// Signed calls to AWS: the Query protocol (STS, IAM, EC2: form-encoded POST, XML answer) and an
// S3 HEAD. Each call is re-signed on every attempt; errors come back parsed.
#include "AwsEndpoints.h"
#include "HttpTypes.h"
#include "SigV4.h"
#include "XmlTree.h"

#include <QObject>
#include <functional>
#include <optional>

namespace cc {

class HttpClient;
class HttpJob;

struct AwsAnswer {
    HttpResponse http;
    std::optional<XmlNode> xml; // the parsed body, when it is XML
    QString errorCode;          // from <Error><Code>, e.g. InvalidClientTokenId
    QString errorMessage;
    QString awsRequestId;

    bool ok() const { return http.success() && errorCode.isEmpty(); }
};

// An answer's body picked apart as every call does (the XML, <Error> of either shape, the
// request id); public for tests/fuzz.
AwsAnswer parseAwsAnswer(const HttpResponse &resp);

using AwsParams = QList<QPair<QByteArray, QByteArray>>;

class AwsClient : public QObject {
    Q_OBJECT
public:
    AwsClient(HttpClient *http, const SigV4Credentials &credentials, QObject *parent = nullptr);
    ~AwsClient() override;

    // POST Action=…&Version=… (plus params) to the endpoint; `done` runs once.
    HttpJob *query(const AwsEndpoint &endpoint, const QByteArray &action, const QByteArray &version, const AwsParams &params,
                   std::function<void(const AwsAnswer &)> done);
    // GET /<bucket>?list-type=2&max-keys=1 (path style): ListObjectsV2 for one key. Unlike a
    // HEAD, its error body says why (NoSuchBucket, AccessDenied, a wrong region or signature).
    HttpJob *listBucket(const AwsEndpoint &endpoint, const QString &bucket, std::function<void(const AwsAnswer &)> done);

    // The Host header for a URL as the client sends it (port only when not the default).
    static QByteArray hostHeader(const QUrl &url);
    static QByteArray formEncode(const AwsParams &params);

private:
    HttpJob *signedCall(const AwsEndpoint &endpoint, const QByteArray &method, const QByteArray &path, const HeaderList &query,
                        const QByteArray &contentType, const QByteArray &body, bool s3, std::function<void(const AwsAnswer &)> done);
    HttpClient *m_http;
    SigV4Credentials m_credentials;
};

} // namespace cc
