// The HTTP job base against real loopback servers (plain and TLS with a CA made for this run):
// TLS policy, plain HTTP only to loopback, timeouts, retries with back-off and Retry-After, no
// redirects, body limit, cancellation, request ids.
#include "HttpClient.h"
#include "HttpJob.h"
#include "RetryPolicy.h"
#include "TestHttpServer.h"
#include "TestTls.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace cc;

namespace {

NetSettings fastSettings()
{
    NetSettings s;
    s.timeoutMs = 5000;
    s.backoffBaseMs = 50;
    s.backoffMaxMs = 200;
    return s;
}

HttpResponse run(HttpClient &client, const HttpRequest &req, HttpJob **jobOut = nullptr)
{
    HttpJob *job = client.send([req] { return req; });
    if (jobOut)
        *jobOut = job;
    QSignalSpy spy(job, &HttpJob::finished);
    if (!spy.wait(30000))
        return {};
    return spy.at(0).at(0).value<HttpResponse>();
}

HttpRequest get(const QString &url)
{
    HttpRequest r;
    r.url = QUrl(url);
    return r;
}

TestResponse ok(const QByteArray &body = "fine")
{
    TestResponse r;
    r.body = body;
    return r;
}

} // namespace

class TestHttpJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<HttpResponse>();
        QVERIFY2(TestTls::shared().ok(), qPrintable(TestTls::shared().error));
    }

    void plainHttpToLoopbackCarriesARequestId()
    {
        TestHttpServer server(TestHttpServer::Tls::None);
        server.handler = [](const TestRequest &) { return ok(); };
        QVERIFY(server.start());
        HttpClient client(fastSettings());
        const HttpResponse a = run(client, get(server.baseUrl() + QStringLiteral("/a")));
        const HttpResponse b = run(client, get(server.baseUrl() + QStringLiteral("/b")));
        QVERIFY(a.success());
        QCOMPARE(a.body, QByteArray("fine"));
        QCOMPARE(server.received.size(), 2);
        QCOMPARE(QString::fromLatin1(server.received[0].header("X-Request-Id")), a.requestId);
        QVERIFY(!a.requestId.isEmpty());
        QVERIFY(a.requestId != b.requestId);
        QVERIFY(a.serverDate().isValid());
    }

    void answersAreAskedForUncompressed()
    {
        // A compressed answer could unpack past the body limit; we ask for identity so the limit
        // bounds what is held (Qt would otherwise add "gzip, deflate" and inflate silently).
        TestHttpServer server(TestHttpServer::Tls::None);
        server.handler = [](const TestRequest &) { return ok(); };
        QVERIFY(server.start());
        HttpClient client(fastSettings());
        QVERIFY(run(client, get(server.baseUrl() + QStringLiteral("/a"))).success());
        QCOMPARE(server.received.size(), 1);
        QCOMPARE(server.received[0].header("Accept-Encoding"), QByteArray("identity"));
    }

    void plainHttpElsewhereIsRefusedBeforeConnecting()
    {
        HttpClient client(fastSettings());
        const HttpResponse r = run(client, get(QStringLiteral("http://sts.amazonaws.com/")));
        QCOMPARE(r.failure, NetFailure::InsecureUrl);
        QVERIFY(r.failureText.contains(QLatin1String("without TLS")));
        QCOMPARE(run(client, get(QStringLiteral("ftp://127.0.0.1/"))).failure, NetFailure::InsecureUrl);
    }

    void httpsTrustsTheExtraCaBundle()
    {
        TestHttpServer server(TestHttpServer::Tls::Trusted);
        server.handler = [](const TestRequest &) { return ok(); };
        QVERIFY(server.start());
        NetSettings s = fastSettings();
        s.caBundle = TestTls::shared().caPath;
        HttpClient client(s);
        const HttpResponse r = run(client, get(server.baseUrl() + QStringLiteral("/")));
        QVERIFY2(r.success(), qPrintable(r.failureText));
        QVERIFY(server.received.at(0).tls);
    }

    void httpsWithoutThatCaIsRefused()
    {
        TestHttpServer server(TestHttpServer::Tls::Trusted);
        server.handler = [](const TestRequest &) { return ok(); };
        QVERIFY(server.start());
        HttpClient client(fastSettings());
        const HttpResponse r = run(client, get(server.baseUrl() + QStringLiteral("/")));
        QCOMPARE(r.failure, NetFailure::Tls);
        QVERIFY2(r.failureText.contains(QLatin1String("TLS")), qPrintable(r.failureText));
        QVERIFY(!failureFix(r.failure).isEmpty());
        QVERIFY(server.received.isEmpty());
    }

    void anUntrustedCertificateIsRefused()
    {
        TestHttpServer server(TestHttpServer::Tls::Untrusted);
        server.handler = [](const TestRequest &) { return ok(); };
        QVERIFY(server.start());
        NetSettings s = fastSettings();
        s.caBundle = TestTls::shared().caPath;
        HttpClient client(s);
        const HttpResponse r = run(client, get(server.baseUrl() + QStringLiteral("/")));
        QCOMPARE(r.failure, NetFailure::Tls);
        QVERIFY(server.received.isEmpty());
        QCOMPARE(r.attempts, 1); // a TLS failure is not retried
    }

    void anUnreadableCaBundleIsSaidSo()
    {
        NetSettings s = fastSettings();
        s.caBundle = QStringLiteral("/nonexistent/ca.pem");
        HttpClient client(s);
        const HttpResponse r = run(client, get(QStringLiteral("https://127.0.0.1:1/")));
        QCOMPARE(r.failure, NetFailure::CaBundle);
        QVERIFY(r.failureText.contains(QLatin1String("/nonexistent/ca.pem")));
    }

    void aDeviceAsCaBundleIsRefusedUnread()
    {
        // /dev/zero reports size 0 and never ends: it must be refused, not read until memory runs out.
        for (const char *path : {"/dev/zero", "/tmp"}) {
            NetSettings s = fastSettings();
            s.caBundle = QLatin1String(path);
            HttpClient client(s);
            const HttpResponse r = run(client, get(QStringLiteral("https://127.0.0.1:1/")));
            QCOMPARE(r.failure, NetFailure::CaBundle);
            QVERIFY2(r.failureText.contains(QLatin1String("not a regular file")), qPrintable(r.failureText));
        }
    }

    void aSlowAnswerTimesOut()
    {
        TestHttpServer server(TestHttpServer::Tls::None);
        server.handler = [](const TestRequest &) {
            TestResponse r;
            r.action = TestResponse::Action::Hang;
            return r;
        };
        QVERIFY(server.start());
        NetSettings s = fastSettings();
        s.timeoutMs = 400;
        HttpClient client(s);
        QElapsedTimer t;
        t.start();
        const HttpResponse r = run(client, get(server.baseUrl() + QStringLiteral("/")));
        QCOMPARE(r.failure, NetFailure::Timeout);
        QVERIFY(r.failureText.contains(QLatin1String("did not answer within 0.4 s")));
        QVERIFY(t.elapsed() >= 350 && t.elapsed() < 5000);
        QCOMPARE(server.received.size(), 1);
    }

    void a500IsRetriedThenSucceeds()
    {
        TestHttpServer server(TestHttpServer::Tls::None);
        int calls = 0;
        server.handler = [&](const TestRequest &) {
            TestResponse r = ok();
            if (++calls == 1) {
                r.status = 500;
                r.reason = "Internal Server Error";
            }
            return r;
        };
        QVERIFY(server.start());
        HttpClient client(fastSettings());
        HttpJob *job = nullptr;
        HttpRequest req = get(server.baseUrl() + QStringLiteral("/"));
        HttpJob *j = client.send([req] { return req; });
        QSignalSpy retrying(j, &HttpJob::retrying);
        QSignalSpy done(j, &HttpJob::finished);
        QVERIFY(done.wait(10000));
        Q_UNUSED(job);
        const HttpResponse r = done.at(0).at(0).value<HttpResponse>();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(server.received.size(), 2);
        // One call, one request id, on every attempt.
        QCOMPARE(server.received[0].header("X-Request-Id"), server.received[1].header("X-Request-Id"));
    }

    void a429WaitsForRetryAfter()
    {
        TestHttpServer server(TestHttpServer::Tls::None);
        int calls = 0;
        server.handler = [&](const TestRequest &) {
            TestResponse r = ok();
            if (++calls == 1) {
                r.status = 429;
                r.reason = "Too Many Requests";
                r.headers = {{"Retry-After", "1"}};
            }
            return r;
        };
        QVERIFY(server.start());
        HttpClient client(fastSettings());
        QElapsedTimer t;
        t.start();
        const HttpResponse r = run(client, get(server.baseUrl() + QStringLiteral("/")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.attempts, 2);
        QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));
    }

    void aRetryAfterBeyondTheLimitEndsTheCall()
    {
        TestHttpServer server(TestHttpServer::Tls::None);
        server.handler = [](const TestRequest &) {
            TestResponse r;
            r.status = 429;
            r.reason = "Too Many Requests";
            r.headers = {{"Retry-After", "3600"}};
            return r;
        };
        QVERIFY(server.start());
        HttpClient client(fastSettings());
        const HttpResponse r = run(client, get(server.baseUrl() + QStringLiteral("/")));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.failureText.contains(QLatin1String("wait 3600 s")), qPrintable(r.failureText));
    }

    void aResetConnectionIsRetried()
    {
        TestHttpServer server(TestHttpServer::Tls::None);
        int calls = 0;
        server.handler = [&](const TestRequest &) {
            TestResponse r = ok();
            if (++calls == 1)
                r.action = TestResponse::Action::Reset;
            return r;
        };
        QVERIFY(server.start());
        HttpClient client(fastSettings());
        const HttpResponse r = run(client, get(server.baseUrl() + QStringLiteral("/")));
        QVERIFY2(r.success(), qPrintable(r.failureText));
        // Sent again once, by Qt's own connection layer or by the job's retry.
        QCOMPARE(server.received.size(), 2);
    }

    void retriesAreBounded()
    {
        TestHttpServer server(TestHttpServer::Tls::None);
        server.handler = [](const TestRequest &) {
            TestResponse r;
            r.status = 503;
            r.reason = "Service Unavailable";
            return r;
        };
        QVERIFY(server.start());
        NetSettings s = fastSettings();
        s.maxAttempts = 3;
        HttpClient client(s);
        const HttpResponse r = run(client, get(server.baseUrl() + QStringLiteral("/")));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(server.received.size(), 3);
        QVERIFY(r.failureText.contains(QLatin1String("after 3 attempts")));
    }

    void aPostThatMayHaveBeenAppliedIsNotResent()
    {
        TestHttpServer server(TestHttpServer::Tls::None);
        server.handler = [](const TestRequest &) {
            TestResponse r;
            r.status = 503;
            r.reason = "Service Unavailable";
            return r;
        };
        QVERIFY(server.start());
        HttpClient client(fastSettings());
        HttpRequest req = get(server.baseUrl() + QStringLiteral("/create"));
        req.method = "POST";
        req.body = "{}";
        req.retryable = false;
        const HttpResponse r = run(client, req);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(server.received.size(), 1);
        QVERIFY(r.failureText.contains(QLatin1String("may already have been applied")));
    }

    void redirectsAreNotFollowed()
    {
        TestHttpServer elsewhere(TestHttpServer::Tls::None);
        elsewhere.handler = [](const TestRequest &) { return ok(); };
        QVERIFY(elsewhere.start());
        TestHttpServer server(TestHttpServer::Tls::None);
        server.handler = [&](const TestRequest &) {
            TestResponse r;
            r.status = 307;
            r.reason = "Temporary Redirect";
            r.headers = {{"Location", (elsewhere.baseUrl() + QStringLiteral("/steal")).toLatin1()}};
            return r;
        };
        QVERIFY(server.start());
        HttpClient client(fastSettings());
        HttpRequest req = get(server.baseUrl() + QStringLiteral("/"));
        req.headers = {{"Authorization", "Bearer do-not-forward"}};
        const HttpResponse r = run(client, req);
        QCOMPARE(r.status, 307);
        QVERIFY(r.header("location").endsWith("/steal"));
        QTest::qWait(200);
        QVERIFY(elsewhere.received.isEmpty()); // the other origin saw nothing, credentials least of all
    }

    void anOversizedBodyIsCutOff()
    {
        TestHttpServer server(TestHttpServer::Tls::None);
        server.handler = [](const TestRequest &) { return ok(QByteArray(64 * 1024, 'x')); };
        QVERIFY(server.start());
        NetSettings s = fastSettings();
        s.maxBodyBytes = 4096;
        HttpClient client(s);
        const HttpResponse r = run(client, get(server.baseUrl() + QStringLiteral("/")));
        QCOMPARE(r.failure, NetFailure::TooLarge);
        QVERIFY(r.body.isEmpty());
    }

    void aTruncatedAnswerIsNotTakenForWhole()
    {
        TestHttpServer server(TestHttpServer::Tls::None);
        server.handler = [](const TestRequest &) {
            TestResponse r;
            r.action = TestResponse::Action::Truncate;
            return r;
        };
        QVERIFY(server.start());
        HttpClient client(fastSettings());
        HttpRequest req = get(server.baseUrl() + QStringLiteral("/"));
        req.method = "POST";
        req.retryable = false;
        const HttpResponse r = run(client, req);
        QCOMPARE(r.failure, NetFailure::ConnectionReset);
        QVERIFY(r.failureText.contains(QLatin1String("before the whole answer arrived")));
        QVERIFY(r.failureText.contains(QLatin1String("may already have been applied")));
    }

    void aCallCanBeCancelled()
    {
        TestHttpServer server(TestHttpServer::Tls::None);
        server.handler = [](const TestRequest &) {
            TestResponse r;
            r.action = TestResponse::Action::Hang;
            return r;
        };
        QVERIFY(server.start());
        HttpClient client(fastSettings());
        HttpRequest req = get(server.baseUrl() + QStringLiteral("/"));
        HttpJob *job = client.send([req] { return req; });
        QSignalSpy done(job, &HttpJob::finished);
        QTRY_COMPARE(server.received.size(), 1);
        job->cancel();
        QVERIFY(done.size() == 1 || done.wait(5000));
        QCOMPARE(done.at(0).at(0).value<HttpResponse>().failure, NetFailure::Cancelled);
    }

    void aRefusedConnectionIsAnEnvironmentFailure()
    {
        TestHttpServer server(TestHttpServer::Tls::None);
        QVERIFY(server.start());
        const QString url = server.baseUrl();
        server.close();
        HttpClient client(fastSettings());
        const HttpResponse r = run(client, get(url + QStringLiteral("/")));
        QCOMPARE(r.failure, NetFailure::ConnectionRefused);
        QCOMPARE(r.attempts, 1);
    }

    void backoffGrowsWithJitterAndACap()
    {
        NetSettings s;
        s.backoffBaseMs = 500;
        s.backoffMaxMs = 8000;
        QCOMPARE(backoffDelayMs(1, s, 1.0), 500);
        QCOMPARE(backoffDelayMs(1, s, 0.0), 250);
        QCOMPARE(backoffDelayMs(3, s, 1.0), 2000);
        QCOMPARE(backoffDelayMs(10, s, 1.0), 8000);
        QCOMPARE(backoffDelayMs(1000, s, 1.0), 8000);
    }

    void retryAfterReadsSecondsAndDates()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        QCOMPARE(retryAfterMs("7", now).value(), qint64(7000));
        QCOMPARE(retryAfterMs("Sun, 22 Nov 2026 10:00:30 GMT", now).value(), qint64(30000));
        QCOMPARE(retryAfterMs("Sun, 22 Nov 2026 09:00:00 GMT", now).value(), qint64(0));
        QVERIFY(!retryAfterMs("soon", now));
        QVERIFY(!retryAfterMs("-4", now));
        QVERIFY(!retryAfterMs("", now));
    }
};

QTEST_GUILESS_MAIN(TestHttpJob)
#include "test_http_job.moc"
