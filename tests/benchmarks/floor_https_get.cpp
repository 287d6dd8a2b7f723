// The network floor of `validate --only aws.identity` (docs/benchmarks.md): one HTTPS request
// with QNetworkAccessManager, Qt Core and Qt Network only, configured as cloudconnect configures
// its own (wizard/net/HttpJob.cpp: the CA file added to the default TLS configuration of the
// request, peers verified, HTTP/1.1, no redirects followed, the answer uncompressed), ended with
// std::_Exit once its output is flushed, as app/main.cpp ends cloudconnect.
//   floor_https_get URL CA_PEM            GET URL, trusting CA_PEM; prints the HTTP status
//   floor_https_get URL CA_PEM --sts      POST sts:GetCallerIdentity to URL instead, shaped like
//                                         cloudconnect's (form body, SigV4 with AWS_ACCESS_KEY_ID
//                                         and AWS_SECRET_ACCESS_KEY from the environment, region
//                                         us-east-1); signed with Qt Core's own HMAC
// Exit status: 0 when an HTTP status came back (whatever it is), 1 when the request failed (no
// answer, TLS refused…), 2 on a usage error. Nothing else is printed on stdout.
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// AWS Signature Version 4 of a POST with a form body to the service's root path: the headers
// Content-Type, Host and X-Amz-Date are signed.
void signStsPost(QNetworkRequest &req, const QByteArray &body, const QByteArray &accessKey, const QByteArray &secret)
{
    const QUrl url = req.url();
    QByteArray host = url.host().toLatin1();
    if (url.port() != -1 && url.port() != 443)
        host += ':' + QByteArray::number(url.port());
    const QByteArray amzDate = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray day = amzDate.left(8);
    const QByteArray region = "us-east-1", service = "sts";
    const QByteArray contentType = "application/x-www-form-urlencoded; charset=utf-8";
    const QByteArray signedHeaders = "content-type;host;x-amz-date";
    const QByteArray canonical = "POST\n/\n\ncontent-type:" + contentType + "\nhost:" + host + "\nx-amz-date:" + amzDate + "\n\n"
                                 + signedHeaders + '\n' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const QByteArray scope = day + '/' + region + '/' + service + "/aws4_request";
    const QByteArray toSign =
        "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    QByteArray key = hmac("AWS4" + secret, day);
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    req.setRawHeader("Content-Type", contentType);
    req.setRawHeader("Host", host);
    req.setRawHeader("X-Amz-Date", amzDate);
    req.setRawHeader("Authorization", "AWS4-HMAC-SHA256 Credential=" + accessKey + '/' + scope + ", SignedHeaders=" + signedHeaders
                                          + ", Signature=" + hmac(key, toSign).toHex());
}

[[noreturn]] void finish(int status)
{
    std::fflush(nullptr);
    std::_Exit(status);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool sts = args.removeAll(QStringLiteral("--sts")) > 0;
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: floor_https_get URL CA_PEM [--sts]\n");
        finish(2);
    }
    const QUrl url(args[0]);
    QFile caFile(args[1]);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !caFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "floor_https_get: needs an https:// URL and a readable CA file\n");
        finish(2);
    }
    const QList<QSslCertificate> ca = QSslCertificate::fromData(caFile.readAll(), QSsl::Pem);
    if (ca.isEmpty()) {
        std::fprintf(stderr, "floor_https_get: %s holds no PEM certificate\n", qPrintable(args[1]));
        finish(2);
    }

    QNetworkRequest req(url);
    req.setRawHeader("User-Agent", "floor_https_get");
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setRawHeader("Accept-Encoding", "identity");
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.addCaCertificates(ca);
    req.setSslConfiguration(tls);

    QNetworkAccessManager nam;
    QNetworkReply *reply = nullptr;
    if (sts) {
        const QByteArray body = "Action=GetCallerIdentity&Version=2011-06-15";
        signStsPost(req, body, qgetenv("AWS_ACCESS_KEY_ID"), qgetenv("AWS_SECRET_ACCESS_KEY"));
        reply = nam.post(req, body);
    } else {
        reply = nam.get(req);
    }
    QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        reply->readAll();
        if (!status.isValid()) {
            std::fprintf(stderr, "floor_https_get: %s\n", qPrintable(reply->errorString()));
            finish(1);
        }
        std::printf("%d\n", status.toInt());
        finish(0);
    });
    return app.exec();
}
