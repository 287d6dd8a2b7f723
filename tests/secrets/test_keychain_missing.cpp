// With no Secret Service on the session bus: every operation fails with the cause and the fix,
// and nothing is written anywhere instead (no plain-text fallback).
#include "KeychainStore.h"
#include "KeychainTestSupport.h"
#include "StoredSecretsIndex.h"

#include <QCoreApplication>
#include <QDir>

using namespace cc;
using namespace cc::test;

class TestKeychainMissing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("CC_TEST_KEYRING_HOME"), "run through scripts/with-test-keyring.sh --no-secret-service");
        QCoreApplication::setOrganizationName(QStringLiteral("CloudConnectTest"));
        QCoreApplication::setApplicationName(QStringLiteral("keychain-missing"));
    }

    void everyOperationSaysWhyAndWhatToDo()
    {
        KeychainStore store;
        SecretValues s;
        s.scalrSecretKey = QStringLiteral("must-not-land-anywhere-0123");
        for (const auto &op : std::initializer_list<std::function<KeychainJob *()>>{[&] { return store.store(QStringLiteral("p"), s, {}); },
                                                                                    [&] { return store.load(QStringLiteral("p")); },
                                                                                    [&] { return store.remove(QStringLiteral("p")); }}) {
            const KeychainResult r = waitFor(store, op);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.kind == KeychainError::Kind::NoService, qPrintable(r.error.text()));
            QVERIFY(r.error.cause.contains(QLatin1String("Secret Service")));
            QVERIFY(r.error.fix.contains(QLatin1String("gnome-keyring")));
            QVERIFY(r.error.fix.contains(QLatin1String("--no-keychain")));
            QVERIFY(!r.error.text().contains(s.scalrSecretKey.view()));
        }
        QVERIFY(!StoredSecretsIndex::contains(QStringLiteral("p")));
        QVERIFY(filesContaining(qEnvironmentVariable("CC_TEST_KEYRING_HOME"), {s.scalrSecretKey.toString()}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainMissing)
#include "test_keychain_missing.moc"
