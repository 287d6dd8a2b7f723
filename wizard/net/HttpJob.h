#pragma once
// One HTTP call with its retries: timeout per attempt, back-off between attempts, body limit,
// cancellation. Created by HttpClient::send.
#include "HttpTypes.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkReply;
class QTimer;

namespace cc {

class HttpClient;

class HttpJob : public QObject {
    Q_OBJECT
public:
    HttpJob(HttpClient *client, std::function<HttpRequest()> build);
    ~HttpJob() override;

    QString requestId() const { return m_response.requestId; }
    // Stops the call; finished() reports NetFailure::Cancelled. Safe to call at any time.
    void cancel();

Q_SIGNALS:
    void finished(const cc::HttpResponse &response);
    void retrying(int attempt, qint64 delayMs, const QString &why);

private:
    void startAttempt();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void finish(HttpResponse r);
    void fail(NetFailure f, const QString &text);

    HttpClient *m_client;
    std::function<HttpRequest()> m_build;
    HttpRequest m_request;
    HttpResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QTimer *m_backoff = nullptr;
    QByteArray m_body;
    QString m_tlsErrors;
    enum class Abort { None, Timeout, TooLarge, Cancelled } m_abort = Abort::None;
    bool m_done = false;
};

} // namespace cc
