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
#include <QRegularExpression>
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

    cc::test::AwsFixture fixture;
    AwsTestServer *&server = fixture.server;
    Profile &scalr = fixture.scalr;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CheckResult>();
        QVERIFY2(TestTls::shared().ok(), qPrintable(TestTls::shared().error));
    }

    void init()
    {
        // A warning is a failure: e.g. a timer or socket used from the wrong thread, or a signal
        // argument that cannot be queued.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        const QString error = fixture.init(this);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup()
    {
        const QString failures = fixture.cleanup();
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
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
        QStringList startedIds, applying;
        for (const QList<QVariant> &args : std::as_const(started))
            startedIds << args.at(0).toString();
        for (const CheckResult &r : direct)
            if (!r.message.startsWith(QLatin1String("Does not apply")))
                applying << r.id;
        startedIds.sort();
        applying.sort();
        QCOMPARE(startedIds, applying); // each check that runs was started once, and no other
        QCOMPARE(runner.results().first().id, QStringLiteral("platform.auth"));
    }

    void theNetworkConversationNeedsNoGuiThread()
    {
        // The server on a thread of its own; this (the GUI) thread runs no event from start()
        // until the request has reached the server: with the checks' network on this thread it
        // would never even be sent (signing, TLS set-up and the handshake included).
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
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(runner.results().size(), 1);
        QCOMPARE(runner.results().first().status, CheckStatus::Pass);
    }

    void cancelEndsTheRunAtOnceAndDropsLateAnswers()
    {
        // Every answer 400 ms late: they would arrive after the cancel.
        const auto answer = server->handler;
        server->handler = [answer](const TestRequest &r) {
            TestResponse late = answer(r);
            late.delayMs += 400;
            return late;
        };
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
        QTest::qWait(1000);
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

    void checksThatDoNotApplySaySoEvenWhenCancelled()
    {
        BackgroundCheckRunner runner;
        QSignalSpy done(&runner, &CheckRunnerInterface::finished);
        // Only checks of the other cloud: nothing for the network, so no thread is started.
        runner.start(scalr, awsSecret(), fastSettings(), {QStringLiteral("azure.token"), QStringLiteral("azure.role")}, fastGrants());
        QVERIFY(done.wait(5000));
        QVERIFY(!runner.findChild<QThread *>());
        QCOMPARE(runner.results().size(), 2);
        for (const CheckResult &r : runner.results())
            QVERIFY2(r.status == CheckStatus::Skipped && r.message.startsWith(QLatin1String("Does not apply")), qPrintable(r.message));
        // Cancelled before anything was reported: those that do not apply still say why.
        runner.start(scalr, awsSecret(), fastSettings(), {}, fastGrants());
        runner.cancel();
        QCOMPARE(done.size(), 2);
        for (const CheckResult &r : runner.results()) {
            const bool azure = r.id.startsWith(QLatin1String("azure."));
            QVERIFY2(r.message.startsWith(QLatin1String(azure ? "Does not apply" : "Cancelled")), qPrintable(r.id + u' ' + r.message));
        }
        QTest::qWait(300);
        QCOMPARE(done.size(), 2);
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
