#pragma once
// The one way this program talks HTTP: a QNetworkAccessManager created on first use, TLS always
// verified (system CAs plus an optional extra bundle), no automatic redirects, plain HTTP only
// to loopback, loopback never through a proxy, the system proxy otherwise.
#include "HttpTypes.h"
#include "NetSettings.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <functional>

class QNetworkAccessManager;

namespace cc {

class HttpJob;

class HttpClient : public QObject {
    Q_OBJECT
public:
    explicit HttpClient(const NetSettings &settings, QObject *parent = nullptr);
    ~HttpClient() override;

    const NetSettings &settings() const { return m_settings; }

    // Starts a call. `build` is asked for the request before every attempt, so a signed request
    // is signed afresh (with the current time) when it is retried. The job reports once through
    // HttpJob::finished and deletes itself afterwards.
    HttpJob *send(std::function<HttpRequest()> build);

    QNetworkAccessManager *manager();
    // The extra CA certificates; an error text when the bundle cannot be used.
    QList<QSslCertificate> extraCaCertificates(QString *error);

private:
    NetSettings m_settings;
    QNetworkAccessManager *m_manager = nullptr;
    bool m_caLoaded = false;
    QList<QSslCertificate> m_extraCa;
    QString m_caError;
};

} // namespace cc
