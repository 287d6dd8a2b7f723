// The program's real layout: code of the window module (here, this test) holding the engine's
// objects through the interfaces of wizard/engine, the engine loaded from its own module
// (cloudconnect-engine.so, beside this executable as beside the program). Both link their own
// copy of the interfaces, each with hidden symbols: a signal connected by member pointer on one
// side must still be the signal the other side emits.
#include "Engine.h"

#include <QPluginLoader>
#include <QSignalSpy>
#include <QTest>

class TestEngineModule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theEnginesSignalsReachTheWindowsConnections()
    {
        QVERIFY(QPluginLoader::staticInstances().isEmpty()); // not the static engine of other tests
        QString why;
        cc::Engine *engine = cc::engine(&why);
        QVERIFY2(engine, qPrintable(why));
        QVERIFY(cc::engineLoaded());
        cc::CheckRunnerInterface *runner = engine->createCheckRunner(this);
        QSignalSpy done(runner, &cc::CheckRunnerInterface::finished);
        QVERIFY(done.isValid());
        bool connected = false;
        QVERIFY(connect(runner, &cc::CheckRunnerInterface::finished, this, [&connected] { connected = true; }));
        // A plan with nothing in it (no such check): the run finishes without the network.
        runner->start(cc::Profile{}, {}, {}, {QStringLiteral("no.such.check")});
        QTRY_VERIFY_WITH_TIMEOUT(connected, 10000);
        QCOMPARE(done.count(), 1);
        QVERIFY(!runner->isRunning());
    }

    // A keychain store made in the engine (here the one that says the keychain module is missing:
    // only the engine is beside this test) is busy while its job is open, asked from this side.
    void aStoreFromTheEngineIsBusyWhileItsJobIsOpen()
    {
        cc::Engine *engine = cc::engine();
        QVERIFY(engine);
        cc::KeychainStoreInterface *store = engine->createKeychainStore(this);
        QVERIFY(!store->busy());
        cc::KeychainJob *job = store->load(QStringLiteral("some-profile"));
        QSignalSpy answered(job, &cc::KeychainJob::finished);
        QVERIFY(store->busy());
        QTRY_COMPARE(answered.count(), 1);
        const auto result = answered.first().first().value<cc::KeychainResult>();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.cause.contains(QLatin1String("keychain module")), qPrintable(result.error.cause));
        QTRY_VERIFY(!store->busy());
    }
};

QTEST_GUILESS_MAIN(TestEngineModule)
#include "test_engine_module.moc"
