// The wizard's check runner (BackgroundCheckRunner): the same checks, results and order as
// CheckRunner, with the whole network conversation on a thread of its own — shown by blocking
// the test's (GUI) thread while the run goes on against AwsTestServer on a third thread. Cancel,
// a second run and deleting the runner mid-run answer at once and leave nothing behind.
#include "AwsTestServer.h"
#include "BackgroundCheckRunner.h"
#include "CheckRunHelpers.h"
#include "CheckRunner.h"
#include "TestTls.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace cc;
using cc::test::fastGrants;
using cc::test::fastSettings;
using cc::test::loadProfile;

namespace {

SecretValues awsSecret()
{
    SecretValues secrets;
    secrets.awsSecretAccessKey = QLatin1String(AwsTestServer::kSecret);
    return secrets;
}

QStringList statusLines(const QList<CheckResult> &results)
{
    QStringList lines;
    for (const CheckResult &r : results)
        lines << r.id + QLatin1Char(' ') + checkStatusName(r.status) + QLatin1Char(' ') + r.message;
    return lines;
}

// Runs `server` (made here, without a parent) on a thread of its own.
class ServerThread {
public:
    explicit ServerThread(AwsTestServer *server) : m_server(server)
    {
        m_thread.start();
        m_server->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_server, [this] { m_ok = m_server->start(); }, Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    bool ok() const { return m_ok; }
    QString baseUrl() const { return m_server->baseUrl(); }
    // Read on the server's thread (the caller's thread is not asked to run any event).
    int received() const
    {
        int n = 0;
        QMetaObject::invokeMethod(
            m_server, [&] { n = int(m_server->received.size()); }, Qt::BlockingQueuedConnection);
        return n;
    }

private:
    QThread m_thread;
    AwsTestServer *m_server;
    bool m_ok = false;
};

} // namespace

class TestBackgroundChecks : public QObject {
    Q_OBJECT

    AwsTestServer *server = nullptr;
    Profile scalr;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CheckResult>();
        QVERIFY2(TestTls::shared().ok(), qPrintable(TestTls::shared().error));
    }

    void init()
    {
        server = new AwsTestServer(TestHttpServer::Tls::Trusted, this);
        server->buckets.insert("my-billing-reports", AwsTestServer::Bucket{"us-east-1", true});
        QVERIFY(server->start());
        scalr = loadProfile("scalr-aws.json");
        QVERIFY(!scalr.name.isEmpty());
        scalr.caBundle.clear();
        cc::test::pointAwsAt(scalr, server->baseUrl());
    }

    void cleanup()
    {
        QVERIFY2(server->signatureFailures.isEmpty(), qPrintable(server->signatureFailures.join(QStringLiteral("\n---\n"))));
        delete server;
        server = nullptr;
    }

    void theSameResultsInTheSameOrderAsCheckRunner()
    {
        const QList<CheckResult> direct = cc::test::runChecksWith(scalr, awsSecret(), {}, fastSettings(), fastGrants()).results;
        BackgroundCheckRunner runner;
        QSignalSpy started(&runner, &CheckRunnerInterface::checkStarted);
        QSignalSpy finishedOne(&runner, &CheckRunnerInterface::checkFinished);
        QSignalSpy done(&runner, &CheckRunnerInterface::finished);
        runner.start(scalr, awsSecret(), fastSettings(), {}, fastGrants());
        QVERIFY(runner.isRunning());
        QCOMPARE(runner.plannedIds(), CheckRunner::plannedOrder(scalr, {}));
        QVERIFY(done.wait(30000));
        QCOMPARE(done.size(), 1);
        QVERIFY(!runner.isRunning());
        QCOMPARE(statusLines(runner.results()), statusLines(direct));
        QCOMPARE(finishedOne.size(), direct.size());
        QVERIFY(started.size() >= 5); // every AWS check that applies was started
        QCOMPARE(runner.results().first().id, QStringLiteral("platform.auth"));
    }

    void theNetworkConversationNeedsNoGuiThread()
    {
        // The server on a thread of its own; this (the GUI) thread runs no event from start()
        // until the server has answered and the answer had time to be read: with the checks'
        // network on this thread the request would never even be sent.
        auto *own = new AwsTestServer(TestHttpServer::Tls::Trusted);
        ServerThread serverThread(own);
        QVERIFY(serverThread.ok());
        Profile p = scalr;
        cc::test::pointAwsAt(p, serverThread.baseUrl());
        BackgroundCheckRunner runner;
        QSignalSpy done(&runner, &CheckRunnerInterface::finished);
        runner.start(p, awsSecret(), fastSettings(), {QStringLiteral("aws.identity")}, fastGrants());

        QDeadlineTimer deadline(20000);
        while (serverThread.received() < 1 && !deadline.hasExpired())
            QThread::msleep(10);
        QCOMPARE(serverThread.received(), 1);
        QThread::msleep(2000); // the answer is read and judged on the worker meanwhile
        QCOMPARE(done.size(), 0);
        for (int i = 0; i < 5 && done.isEmpty(); ++i)
            QCoreApplication::processEvents(); // only delivers what the worker has queued
        QCOMPARE(done.size(), 1);
        QCOMPARE(runner.results().size(), 1);
        QCOMPARE(runner.results().first().status, CheckStatus::Pass);
    }

    void cancelEndsTheRunAtOnceAndDropsLateAnswers()
    {
        TestResponse hang;
        hang.action = TestResponse::Action::Hang;
        server->faults << AwsTestServer::Fault{"", hang, 100};
        BackgroundCheckRunner runner;
        QSignalSpy finishedOne(&runner, &CheckRunnerInterface::checkFinished);
        QSignalSpy done(&runner, &CheckRunnerInterface::finished);
        runner.start(scalr, awsSecret(), fastSettings(), {}, fastGrants());
        QTRY_VERIFY(server->received.size() >= 2); // identity and clock; the rest wait for identity
        QVERIFY(runner.isRunning());
        runner.cancel();
        QCOMPARE(done.size(), 1); // not later: the page enables "Run checks" again at once
        QVERIFY(!runner.isRunning());
        const QList<CheckResult> results = runner.results();
        QCOMPARE(results.size(), 10);
        for (const CheckResult &r : results) {
            if (r.id.startsWith(QLatin1String("aws.")))
                QVERIFY2(r.message.contains(QLatin1String("Cancelled")), qPrintable(r.id + QLatin1Char(' ') + r.message));
        }
        const int reported = int(finishedOne.size());
        server->faults.clear();
        QTest::qWait(500);
        QCOMPARE(finishedOne.size(), reported);
        QCOMPARE(done.size(), 1);
        QCOMPARE(runner.results().size(), 10);
    }

    void aSecondRunReplacesTheFirst()
    {
        BackgroundCheckRunner runner;
        QSignalSpy done(&runner, &CheckRunnerInterface::finished);
        runner.start(scalr, awsSecret(), fastSettings(), {}, fastGrants());
        runner.start(scalr, awsSecret(), fastSettings(), {QStringLiteral("aws.identity")}, fastGrants());
        QCOMPARE(done.size(), 1); // the first, cancelled
        QVERIFY(done.wait(10000));
        QTest::qWait(300);
        QCOMPARE(done.size(), 2);
        QCOMPARE(runner.results().size(), 1);
        QCOMPARE(runner.results().at(0).status, CheckStatus::Pass);
    }

    void nothingToRunStillFinishes()
    {
        BackgroundCheckRunner runner;
        QSignalSpy done(&runner, &CheckRunnerInterface::finished);
        runner.start(scalr, awsSecret(), fastSettings(), {QStringLiteral("no.such.check")}, fastGrants());
        QVERIFY(done.wait(5000));
        QVERIFY(runner.results().isEmpty());
        CheckRunner direct;
        QSignalSpy directDone(&direct, &CheckRunner::finished);
        direct.start(scalr, awsSecret(), fastSettings(), {QStringLiteral("no.such.check")}, fastGrants());
        QVERIFY(directDone.wait(5000));
    }

    void deletingTheRunnerMidRunStopsItsThread()
    {
        TestResponse hang;
        hang.action = TestResponse::Action::Hang;
        server->faults << AwsTestServer::Fault{"", hang, 100};
        auto *runner = new BackgroundCheckRunner;
        QSignalSpy done(runner, &CheckRunnerInterface::finished);
        runner->start(scalr, awsSecret(), fastSettings(), {}, fastGrants());
        QTRY_VERIFY(server->received.size() >= 2);
        QThread *worker = runner->findChild<QThread *>();
        QVERIFY(worker && worker->isRunning());
        QPointer<QThread> watch(worker);
        QElapsedTimer t;
        t.start();
        delete runner; // cancels the calls in flight on the worker and joins it
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(watch.isNull());
        QCOMPARE(done.size(), 0); // no one listens any more
        server->faults.clear();
    }
};

QTEST_GUILESS_MAIN(TestBackgroundChecks)
#include "test_background_checks.moc"
