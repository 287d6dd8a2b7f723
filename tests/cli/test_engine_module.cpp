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
};

QTEST_GUILESS_MAIN(TestEngineModule)
#include "test_engine_module.moc"
