#pragma once
// What a job sends and what comes back. A response is either an HTTP answer (any status) or a
// failure to get one (timeout, TLS, refused…), described in words a user can act on.
#include "SigV4.h" // HeaderList

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace cc {

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    // Safe to send again after a 429, a 5xx or a dropped connection: reads, and calls the
    // server cannot have applied. POSTs that create something set this to false.
    bool retryable = true;
};

enum class NetFailure {
    None,
    InsecureUrl, // http:// to a host that is not loopback, or not http(s) at all
    CaBundle,    // the extra CA bundle could not be read
    Timeout,
    Tls, // certificate not trusted, wrong host name, handshake failed
    HostNotFound,
    ConnectionRefused,
    ConnectionReset,
    Network,  // any other transport error
    TooLarge, // the body went over the limit
    Cancelled,
};

struct HttpResponse {
    int status = 0; // 0 when there is no HTTP answer (see failure)
    QByteArray reason;
    HeaderList headers; // names lower-case
    QByteArray body;
    NetFailure failure = NetFailure::None;
    QString failureText; // cause, in words; empty when there was an answer
    QString requestId;   // ours (X-Request-Id), one per call
    QString serverRequestId;
    int attempts = 0;
    QUrl url;

    bool answered() const { return failure == NetFailure::None; }
    bool success() const { return answered() && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &lowerName) const;
    QDateTime serverDate() const; // from the Date header; invalid when missing
};

// True for hosts a plain-HTTP request may go to: localhost, 127.0.0.0/8, ::1.
bool isLoopbackHost(const QString &host);
// What a user can do about a failure, e.g. "Check the network connection or proxy settings."
QString failureFix(NetFailure f);
// Parses an HTTP date (RFC 7231 IMF-fixdate, and the obsolete RFC 850 / asctime forms).
QDateTime parseHttpDate(const QByteArray &value);

} // namespace cc

#include <QMetaType>
Q_DECLARE_METATYPE(cc::HttpResponse)
