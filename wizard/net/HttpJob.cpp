#include "HttpJob.h"
#include "Logging.h"

#include "HttpClient.h"
#include "RetryPolicy.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUuid>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Network)
};
} // namespace

Q_LOGGING_CATEGORY(lcNet, "cloudconnect.net", QtWarningMsg)

namespace cc {

namespace {

NetFailure failureOf(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError: return NetFailure::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError: return NetFailure::ConnectionReset;
    case QNetworkReply::HostNotFoundError: return NetFailure::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError: return NetFailure::Tls;
    case QNetworkReply::TimeoutError: return NetFailure::Timeout;
    default: return NetFailure::Network;
    }
}

} // namespace

HttpJob::HttpJob(HttpClient *client, std::function<HttpRequest()> build) : QObject(client), m_client(client), m_build(std::move(build))
{
    m_response.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Started from the event loop, so the caller can connect to finished() first.
    QTimer::singleShot(0, this, &HttpJob::startAttempt);
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::cancel()
{
    if (m_done)
        return;
    if (m_reply) {
        m_abort = Abort::Cancelled;
        m_reply->abort(); // onFinished reports it
        return;
    }
    fail(NetFailure::Cancelled, Tr::tr("Cancelled."));
}

void HttpJob::startAttempt()
{
    if (m_done)
        return;
    ++m_response.attempts;
    m_request = m_build();
    m_response.url = m_request.url;
    const QUrl &url = m_request.url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        fail(NetFailure::InsecureUrl, Tr::tr("The address %1 is not an http(s) URL.").arg(url.toDisplayString()));
        return;
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        fail(NetFailure::InsecureUrl,
             Tr::tr("Refused to send to %1 without TLS: plain http:// is only allowed to this computer.").arg(url.host()));
        return;
    }

    QNetworkRequest req(url);
    for (const auto &h : m_request.headers)
        req.setRawHeader(h.first, h.second);
    req.setRawHeader("X-Request-Id", m_response.requestId.toLatin1());
    req.setRawHeader("User-Agent", "CloudConnect/" CC_VERSION);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Answers uncompressed: the body limit then bounds what is held, and no compressed answer can
    // unpack into more than was received. (Set by us, so Qt adds no gzip/deflate of its own.)
    if (!req.hasRawHeader("Accept-Encoding"))
        req.setRawHeader("Accept-Encoding", "identity");
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (scheme == QLatin1String("https")) {
        QString caError;
        const QList<QSslCertificate> extra = m_client->extraCaCertificates(&caError);
        if (!caError.isEmpty()) {
            fail(NetFailure::CaBundle, caError);
            return;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!extra.isEmpty())
            tls.addCaCertificates(extra);
        req.setSslConfiguration(tls);
    }

    m_body.clear();
    m_tlsErrors.clear();
    m_abort = Abort::None;
    QNetworkAccessManager *nam = m_client->manager();
    if (m_request.method == "HEAD")
        m_reply = nam->head(req);
    else if (m_request.method == "GET")
        m_reply = nam->get(req);
    else
        m_reply = nam->sendCustomRequest(req, m_request.method, m_request.body);
    qCDebug(lcNet) << m_request.method << url.toDisplayString(QUrl::RemoveQuery) << "attempt" << m_response.attempts << "request id"
                   << m_response.requestId;

    connect(m_reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        m_tlsErrors = texts.join(QStringLiteral("; "));
    });
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &HttpJob::onTimeout);
    }
    m_timer->start(m_client->settings().timeoutMs);
}

void HttpJob::onReadyRead()
{
    if (!m_reply)
        return;
    const qint64 limit = m_client->settings().maxBodyBytes;
    const QByteArray chunk = m_reply->read(limit + 1 - m_body.size());
    m_body += chunk;
    if (m_body.size() > limit) {
        m_abort = Abort::TooLarge;
        m_reply->abort();
    }
}

void HttpJob::onTimeout()
{
    if (m_reply) {
        m_abort = Abort::Timeout;
        m_reply->abort();
    }
}

void HttpJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timer->stop();
    m_reply = nullptr;
    reply->deleteLater();
    if (m_abort == Abort::None && reply->bytesAvailable() > 0)
        m_body += reply->read(m_client->settings().maxBodyBytes + 1 - m_body.size());
    if (m_abort == Abort::None && m_body.size() > m_client->settings().maxBodyBytes)
        m_abort = Abort::TooLarge;

    HttpResponse r = m_response;
    const QString host = m_request.url.host();
    switch (m_abort) {
    case Abort::Cancelled: fail(NetFailure::Cancelled, Tr::tr("Cancelled.")); return;
    case Abort::Timeout:
        fail(NetFailure::Timeout,
             Tr::tr("%1 did not answer within %2 s.").arg(host).arg(m_client->settings().timeoutMs / 1000.0, 0, 'g', 3));
        return;
    case Abort::TooLarge:
        fail(NetFailure::TooLarge, Tr::tr("%1 sent an answer larger than %2 KiB, which no check expects.")
                                       .arg(host)
                                       .arg(m_client->settings().maxBodyBytes / 1024));
        return;
    case Abort::None: break;
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        r.status = status.toInt();
        r.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        for (const auto &h : reply->rawHeaderPairs())
            r.headers.append({h.first.toLower(), h.second});
        r.body = m_body;
        // Qt reports a body cut short by a closed connection as complete: compare with the length
        // the server announced, so a lost answer is never taken for a whole one.
        bool lengthOk = false;
        const qint64 announced = r.header("content-length").toLongLong(&lengthOk);
        if (m_request.method != "HEAD" && lengthOk && announced > r.body.size()) {
            r.failure = NetFailure::ConnectionReset;
            r.failureText = Tr::tr("%1 closed the connection before the whole answer arrived (%2 of %3 bytes).")
                                .arg(host)
                                .arg(r.body.size())
                                .arg(announced);
            r.status = 0;
            r.body.clear();
        }
        for (const char *name : {"x-amzn-requestid", "x-amz-request-id", "x-ms-request-id", "x-request-id"}) {
            const QByteArray v = r.header(name);
            if (!v.isEmpty() && v.size() < 200) {
                r.serverRequestId = QString::fromLatin1(v);
                break;
            }
        }
    } else {
        r.failure = failureOf(reply->error());
        switch (r.failure) {
        case NetFailure::Tls:
            r.failureText =
                Tr::tr("The TLS connection to %1 was refused: %2.").arg(host, m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors);
            break;
        case NetFailure::HostNotFound: r.failureText = Tr::tr("The host name %1 could not be resolved.").arg(host); break;
        case NetFailure::ConnectionRefused: r.failureText = Tr::tr("%1 refused the connection.").arg(m_request.url.authority()); break;
        case NetFailure::ConnectionReset: r.failureText = Tr::tr("%1 closed the connection before answering.").arg(host); break;
        default: r.failureText = Tr::tr("The request to %1 failed: %2.").arg(host, reply->errorString()); break;
        }
    }

    const RetryDecision d = decideRetry(m_request, r, r.attempts, m_client->settings(), QDateTime::currentDateTimeUtc(),
                                        QRandomGenerator::global()->generateDouble());
    if (d.retry) {
        m_response.attempts = r.attempts;
        const QString why = r.answered() ? QStringLiteral("HTTP %1").arg(r.status) : r.failureText;
        Q_EMIT retrying(r.attempts + 1, d.delayMs, why);
        if (!m_backoff) {
            m_backoff = new QTimer(this);
            m_backoff->setSingleShot(true);
            connect(m_backoff, &QTimer::timeout, this, &HttpJob::startAttempt);
        }
        m_backoff->start(int(d.delayMs));
        return;
    }
    if (!d.gaveUp.isEmpty()) {
        if (r.answered())
            r.failureText = Tr::tr("HTTP %1 from %2, %3.").arg(r.status).arg(host, d.gaveUp);
        else
            r.failureText += QLatin1Char(' ') + d.gaveUp.left(1).toUpper() + d.gaveUp.mid(1) + QLatin1Char('.');
    }
    finish(r);
}

void HttpJob::fail(NetFailure f, const QString &text)
{
    HttpResponse r = m_response;
    r.failure = f;
    r.failureText = text;
    finish(r);
}

void HttpJob::finish(HttpResponse r)
{
    if (m_done)
        return;
    m_done = true;
    if (m_timer)
        m_timer->stop();
    if (m_backoff)
        m_backoff->stop();
    // Method, host, path, status and attempts: never a query, a header or a body.
    qCDebug(logNet).nospace().noquote() << m_request.method.constData() << " " << r.url.host() << r.url.path() << " -> "
                                        << (r.answered() ? QString::number(r.status) : QStringLiteral("no answer (%1)").arg(int(r.failure)))
                                        << " after " << r.attempts << " attempt(s), request " << r.requestId;
    Q_EMIT finished(r);
    deleteLater();
}

} // namespace cc
