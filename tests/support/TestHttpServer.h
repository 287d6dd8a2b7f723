#pragma once
// A real HTTP/1.1 server on loopback for network tests, plain or TLS (certificates of TestTls).
// Each request goes to `handler`, which answers, answers late, resets the connection or never
// answers. Every request received is kept for assertions.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <functional>

struct TestRequest {
    QByteArray method;
    QByteArray target; // as on the request line
    QByteArray path;
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent
    QByteArray body;
    bool tls = false;

    QByteArray header(const QByteArray &name) const;   // case-insensitive, first occurrence
    QList<QPair<QByteArray, QByteArray>> form() const; // body as application/x-www-form-urlencoded
    QByteArray formValue(const QByteArray &name) const;
};

struct TestResponse {
    // Truncate: the status line and headers, then the connection closes mid-body (a lost answer).
    enum class Action { Answer, Reset, Hang, Truncate };
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    Action action = Action::Answer;

    static TestResponse xml(int status, const QByteArray &body);
};

class TestHttpServer : public QTcpServer {
    Q_OBJECT
public:
    enum class Tls { None, Trusted, Untrusted };
    explicit TestHttpServer(Tls tls, QObject *parent = nullptr);

    bool start();              // listens on 127.0.0.1, any free port
    QString baseUrl() const;   // scheme://127.0.0.1:port
    int dateOffsetSeconds = 0; // shifts the Date header (clock-skew tests)

    std::function<TestResponse(const TestRequest &)> handler;
    QList<TestRequest> received;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onData(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const TestRequest &req, const TestResponse &resp);
    Tls m_tls;
};
