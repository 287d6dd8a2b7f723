// The blob stored in the keychain and the headless sources, without a keychain.
#include "SecretBlob.h"
#include "SecretSources.h"

#include <QTest>

using namespace cc;

class TestSecretSources : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void blobRoundTrip()
    {
        SecretValues s;
        s.azureClientSecret = QStringLiteral("a\nb\"c+/é");
        s.spotToken = QString(4096, u't');
        const SecretBinding binding{{QStringLiteral("platform.endpoint"), QStringLiteral("https://scalr.example.com")}};
        const auto back = decodeSecretBlob(encodeSecretBlob(s, binding));
        QVERIFY(back.has_value());
        QCOMPARE(back->secrets.azureClientSecret, s.azureClientSecret);
        QCOMPARE(back->secrets.spotToken, s.spotToken);
        QVERIFY(back->secrets.awsSecretAccessKey.isEmpty());
        QCOMPARE(back->binding, binding);
        // An entry of an older version has no binding: it decodes, and binds to nothing.
        const auto legacy = decodeSecretBlob(QByteArray("cloudconnect-secrets/1\n{\"spotToken\":\"t\"}"));
        QVERIFY(legacy.has_value() && legacy->binding.isEmpty());
        QVERIFY(!secretBindingChanges(legacy->binding, binding).isEmpty());
    }

    void hostileBlobsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("blob");
        const QByteArray magic("cloudconnect-secrets/1\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x00\x01\x02garbage", 10);
        QTest::newRow("other version") << QByteArray("cloudconnect-secrets/2\n{}");
        QTest::newRow("truncated json") << magic + "{\"spotToken\":\"abc";
        QTest::newRow("array") << magic + "[]";
        QTest::newRow("unknown key") << magic + "{\"password\":\"x\"}";
        QTest::newRow("number value") << magic + "{\"spotToken\":5}";
        QTest::newRow("huge") << magic + "{\"spotToken\":\"" + QByteArray(70000, 'x') + "\"}";
        QTest::newRow("binding not an object") << magic + "{\"boundTo\":\"x\"}";
        QTest::newRow("binding value not a string") << magic + "{\"boundTo\":{\"platform.endpoint\":1}}";
    }
    void hostileBlobsAreRejected()
    {
        QFETCH(QByteArray, blob);
        QVERIFY(!decodeSecretBlob(blob).has_value());
    }

    void environmentVariables()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"), QStringLiteral("aws"));
        env.insert(QStringLiteral("CLOUDCONNECT_AZURE_CLIENT_SECRET"), QStringLiteral("az"));
        env.insert(QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), QStringLiteral("scalr"));
        env.insert(QStringLiteral("CLOUDCONNECT_SPOT_TOKEN"), QStringLiteral("spot"));
        const SecretValues s = secretsFromEnvironment(env);
        QCOMPARE(s.awsSecretAccessKey, QStringLiteral("aws"));
        QCOMPARE(s.azureClientSecret, QStringLiteral("az"));
        QCOMPARE(s.scalrSecretKey, QStringLiteral("scalr"));
        QCOMPARE(s.spotToken, QStringLiteral("spot"));
    }

    void standardInput()
    {
        QString error;
        auto s = secretsFromJson("{\"spotToken\":\"tok\",\"scalrSecretKey\":\"k\"}", &error);
        QVERIFY(s.has_value());
        QCOMPARE(s->spotToken, QStringLiteral("tok"));
        QVERIFY(!secretsFromJson("{\"spotToken\":\"hunter2\", \"oops\":\"hunter3\"}", &error).has_value());
        QVERIFY(error.contains(QLatin1String("oops")) && !error.contains(QLatin1String("hunter")));
        QVERIFY(!secretsFromJson("{\"spotToken\":\"hunter2", &error).has_value());
        QVERIFY(!error.contains(QLatin1String("hunter")));
        QVERIFY(!secretsFromJson("[\"hunter2\"]", &error).has_value());
        QVERIFY(!secretsFromJson(QByteArray(70000, ' '), &error).has_value());
    }

    void firstSourceWins()
    {
        SecretValues keychain, env, stdinValues, merged;
        QMap<QString, QString> sources;
        keychain.spotToken = QStringLiteral("from keychain");
        env.spotToken = QStringLiteral("from env");
        env.scalrSecretKey = QStringLiteral("scalr from env");
        stdinValues.scalrSecretKey = QStringLiteral("scalr from stdin");
        stdinValues.azureClientSecret = QStringLiteral("azure from stdin");
        fillMissingSecrets(merged, keychain, QStringLiteral("keychain"), sources);
        fillMissingSecrets(merged, env, QStringLiteral("environment"), sources);
        fillMissingSecrets(merged, stdinValues, QStringLiteral("stdin"), sources);
        QCOMPARE(merged.spotToken, QStringLiteral("from keychain"));
        QCOMPARE(merged.scalrSecretKey, QStringLiteral("scalr from env"));
        QCOMPARE(merged.azureClientSecret, QStringLiteral("azure from stdin"));
        QCOMPARE(sources.value(QStringLiteral("Spot API token")), QStringLiteral("keychain"));
        QCOMPARE(sources.value(QStringLiteral("Azure client secret")), QStringLiteral("stdin"));
    }
};

QTEST_GUILESS_MAIN(TestSecretSources)
#include "test_secret_sources.moc"
