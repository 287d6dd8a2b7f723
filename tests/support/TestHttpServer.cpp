#include "TestHttpServer.h"

#include "TestTls.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace {
constexpr int kMaxRequestBytes = 1024 * 1024;
}

QByteArray TestRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QList<QPair<QByteArray, QByteArray>> TestRequest::form() const
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        QByteArray k = eq < 0 ? pair : pair.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        out.append({QByteArray::fromPercentEncoding(k.replace('+', ' ')), QByteArray::fromPercentEncoding(v.replace('+', ' '))});
    }
    return out;
}

QByteArray TestRequest::formValue(const QByteArray &name) const
{
    for (const auto &kv : form()) {
        if (kv.first == name)
            return kv.second;
    }
    return {};
}

TestResponse TestResponse::xml(int status, const QByteArray &body)
{
    TestResponse r;
    r.status = status;
    r.reason = status == 200 ? "OK" : status == 400 ? "Bad Request" : status == 403 ? "Forbidden" : status == 404 ? "Not Found" : "Error";
    r.headers = {{"Content-Type", "text/xml"}};
    r.body = body;
    return r;
}

TestHttpServer::TestHttpServer(Tls tls, QObject *parent) : QTcpServer(parent), m_tls(tls)
{
}

bool TestHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString TestHttpServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(m_tls == Tls::None ? QStringLiteral("http") : QStringLiteral("https")).arg(serverPort());
}

void TestHttpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls == Tls::None) {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
    } else {
        auto *ssl = new QSslSocket(this);
        ssl->setSocketDescriptor(descriptor);
        const TestTls &t = TestTls::shared();
        ssl->setLocalCertificate(m_tls == Tls::Trusted ? t.serverCert : t.untrustedCert);
        ssl->setPrivateKey(m_tls == Tls::Trusted ? t.serverKey : t.untrustedKey);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->startServerEncryption();
        socket = ssl;
    }
    socket->setProperty("buffer", QByteArray());
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void TestHttpServer::onData(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    socket->setProperty("buffer", buffer);
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || socket->property("handled").toBool())
        return;
    TestRequest req;
    req.tls = m_tls != Tls::None;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    req.method = first.value(0);
    req.target = first.value(1);
    const int q = req.target.indexOf('?');
    req.path = q < 0 ? req.target : req.target.left(q);
    req.query = q < 0 ? QByteArray() : req.target.mid(q + 1);
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const int colon = line.indexOf(':');
        if (colon > 0)
            req.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    const int length = req.header("Content-Length").toInt();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    req.body = buffer.mid(headerEnd + 4, length);
    socket->setProperty("handled", true);
    received << req;
    const TestResponse resp = handler ? handler(req) : TestResponse{};
    if (resp.action == TestResponse::Action::Hang)
        return;
    if (resp.action == TestResponse::Action::Reset) {
        socket->abort();
        return;
    }
    if (resp.action == TestResponse::Action::Truncate) {
        socket->write("HTTP/1.1 " + QByteArray::number(resp.status)
                      + " OK\r\nContent-Type: application/json\r\n"
                        "Content-Length: 4096\r\n\r\n{\"data\":");
        socket->flush();
        QPointer<QTcpSocket> s(socket);
        QTimer::singleShot(50, this, [s] {
            if (s)
                s->abort();
        });
        return;
    }
    if (resp.delayMs > 0) {
        QPointer<QTcpSocket> s(socket);
        QTimer::singleShot(resp.delayMs, this, [this, s, req, resp] {
            if (s && s->state() == QAbstractSocket::ConnectedState)
                respond(s, req, resp);
        });
        return;
    }
    respond(socket, req, resp);
}

void TestHttpServer::respond(QTcpSocket *socket, const TestRequest &req, const TestResponse &resp)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + resp.reason + "\r\n";
    bool haveDate = false;
    for (const auto &h : resp.headers) {
        out += h.first + ": " + h.second + "\r\n";
        haveDate = haveDate || h.first.compare("Date", Qt::CaseInsensitive) == 0;
    }
    if (!haveDate) {
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(dateOffsetSeconds);
        out += "Date: " + QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1() + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\nConnection: close\r\n\r\n";
    if (req.method != "HEAD")
        out += resp.body;
    socket->write(out);
    socket->flush();
    socket->disconnectFromHost();
}
