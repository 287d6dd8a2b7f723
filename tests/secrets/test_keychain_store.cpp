// The keychain against a real gnome-keyring Secret Service started for this test
// (scripts/with-test-keyring.sh), with secret-tool as an independent reader.
#include "KeychainStore.h"
#include "KeychainTestSupport.h"
#include "StoredSecretsIndex.h"

#include <QCoreApplication>
#include <QPointer>
#include <QProcess>
#include <QSettings>

using namespace cc;
using namespace cc::test;

namespace {

SecretValues hostileSecrets(const QString &seed)
{
    SecretValues s;
    s.awsSecretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLE") + seed;
    s.azureClientSecret = QStringLiteral("line one\nline two \"quoted\" 'single' + / \\ ") + seed;
    s.scalrSecretKey = QStringLiteral("Grüße-秘密-🔑-") + seed;
    s.spotToken = QString(4096, u'x') + seed;
    return s;
}

QString secretToolSearch()
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), QStringLiteral("cloudconnect")});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace

class TestKeychainStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("CC_TEST_KEYRING_HOME"), "run through scripts/with-test-keyring.sh");
        QCoreApplication::setOrganizationName(QStringLiteral("CloudConnectTest"));
        QCoreApplication::setApplicationName(QStringLiteral("keychain"));
    }

    void roundTripOfEverySecretKind()
    {
        KeychainStore store;
        const SecretValues secrets = hostileSecrets(QStringLiteral("A"));
        const SecretBinding binding{{QStringLiteral("platform.endpoint"), QStringLiteral("https://scalr.example.com")},
                                    {QStringLiteral("tls.caBundle"), QStringLiteral("(none)")}};
        KeychainResult r = waitFor(store, [&] { return store.store(QStringLiteral("prod aws"), secrets, binding); });
        QVERIFY2(r.ok, qPrintable(r.error.text()));
        QVERIFY(r.operation == KeychainResult::Operation::Store);
        r = waitFor(store, [&] { return store.load(QStringLiteral("prod aws")); });
        QVERIFY2(r.ok, qPrintable(r.error.text()));
        QCOMPARE(r.secrets.awsSecretAccessKey, secrets.awsSecretAccessKey);
        QCOMPARE(r.secrets.azureClientSecret, secrets.azureClientSecret);
        QCOMPARE(r.secrets.scalrSecretKey, secrets.scalrSecretKey);
        QCOMPARE(r.secrets.spotToken, secrets.spotToken);
        QCOMPARE(r.binding, binding); // the endpoints travel with the secrets
        QVERIFY(StoredSecretsIndex::contains(QStringLiteral("prod aws")));
    }

    void overwriteReplacesEverything()
    {
        KeychainStore store;
        QVERIFY(waitFor(store, [&] { return store.store(QStringLiteral("ow"), hostileSecrets(QStringLiteral("1")), {}); }).ok);
        SecretValues only;
        only.spotToken = QStringLiteral("second");
        QVERIFY(waitFor(store, [&] { return store.store(QStringLiteral("ow"), only, {}); }).ok);
        const KeychainResult r = waitFor(store, [&] { return store.load(QStringLiteral("ow")); });
        QVERIFY(r.ok);
        QCOMPARE(r.secrets.spotToken, QStringLiteral("second"));
        QVERIFY(r.secrets.awsSecretAccessKey.isEmpty());
    }

    void twoProfilesAreKeptApart()
    {
        KeychainStore store;
        QVERIFY(waitFor(store, [&] { return store.store(QStringLiteral("one"), hostileSecrets(QStringLiteral("one")), {}); }).ok);
        QVERIFY(waitFor(store, [&] { return store.store(QStringLiteral("two"), hostileSecrets(QStringLiteral("two")), {}); }).ok);
        QVERIFY(
            waitFor(store, [&] { return store.load(QStringLiteral("one")); }).secrets.scalrSecretKey.view().endsWith(QLatin1String("one")));
        QVERIFY(
            waitFor(store, [&] { return store.load(QStringLiteral("two")); }).secrets.scalrSecretKey.view().endsWith(QLatin1String("two")));
    }

    void deleteRemovesTheEntryAndItsIndex()
    {
        KeychainStore store;
        QVERIFY(waitFor(store, [&] { return store.store(QStringLiteral("gone"), hostileSecrets(QStringLiteral("g")), {}); }).ok);
        QVERIFY(waitFor(store, [&] { return store.remove(QStringLiteral("gone")); }).ok);
        const KeychainResult r = waitFor(store, [&] { return store.load(QStringLiteral("gone")); });
        QVERIFY(!r.ok);
        QVERIFY(r.error.kind == KeychainError::Kind::NotFound);
        QVERIFY(!StoredSecretsIndex::contains(QStringLiteral("gone")));
        QVERIFY(waitFor(store, [&] { return store.remove(QStringLiteral("never-stored")); }).ok); // deleting nothing is fine
    }

    void theIndexMatchesTheKeyring()
    {
        // secret-tool is an independent reader of the Secret Service.
        const QString listing = secretToolSearch();
        QStringList inKeyring;
        for (const QString &line : listing.split(u'\n'))
            if (line.startsWith(QLatin1String("attribute.user = ")))
                inKeyring << line.mid(17).trimmed();
        QStringList indexed;
        for (const StoredSecretsEntry &e : StoredSecretsIndex::list())
            indexed << e.profile;
        inKeyring.sort();
        indexed.sort();
        QCOMPARE(indexed, inKeyring);
        QVERIFY(inKeyring.contains(QStringLiteral("prod aws")));
    }

    void aTimeoutIsReportedAndTheLateAnswerIgnored()
    {
        KeychainStore store;
        store.setTimeout(0);
        QPointer<KeychainJob> job = store.load(QStringLiteral("one"));
        QSignalSpy spy(job.data(), &KeychainJob::finished);
        QVERIFY(spy.wait(5000));
        const KeychainResult r = spy.takeFirst().at(0).value<KeychainResult>();
        QVERIFY(r.error.kind == KeychainError::Kind::Timeout);
        QVERIFY(r.error.fix.contains(QLatin1String("Retry")));
        QTest::qWait(500);
        QCOMPARE(spy.count(), 0); // the job's own answer is not reported a second time
        QVERIFY(job.isNull());    // and the job went away after answering
        QVERIFY(!store.busy());
    }

    void eachCallHearsOnlyItsOwnAnswer()
    {
        // Two reads in flight at once: each job carries the answer to its own call, never the
        // other's (one broadcast signal used to reach every listener).
        KeychainStore store;
        KeychainJob *one = store.load(QStringLiteral("one"));
        KeychainJob *two = store.load(QStringLiteral("two"));
        QVERIFY(store.busy());
        QSignalSpy spyOne(one, &KeychainJob::finished), spyTwo(two, &KeychainJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(spyOne.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(spyTwo.count(), 1, 20000);
        const KeychainResult a = spyOne.at(0).at(0).value<KeychainResult>();
        const KeychainResult b = spyTwo.at(0).at(0).value<KeychainResult>();
        QCOMPARE(a.profile, QStringLiteral("one"));
        QCOMPARE(b.profile, QStringLiteral("two"));
        QVERIFY(a.secrets.scalrSecretKey.view().endsWith(QLatin1String("one")));
        QVERIFY(b.secrets.scalrSecretKey.view().endsWith(QLatin1String("two")));
        QTRY_VERIFY(!store.busy());
    }

    void anAbandonedJobAnswersNobodyAndStillEnds()
    {
        KeychainStore store;
        QPointer<KeychainJob> job = store.load(QStringLiteral("one"));
        bool delivered = false;
        connect(job.data(), &KeychainJob::finished, this, [&] { delivered = true; });
        job->abandon();
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 20000);
        QVERIFY(!delivered);
    }

    void theFilterDecidesWhatTheCallerHears()
    {
        KeychainStore store;
        KeychainJob *job = store.load(QStringLiteral("one"));
        job->setResultFilter([](KeychainResult &r) {
            r.secrets.wipe();
            r.ok = false;
            return true;
        });
        QSignalSpy spy(job, &KeychainJob::finished);
        QVERIFY(spy.wait(20000));
        const KeychainResult r = spy.at(0).at(0).value<KeychainResult>();
        QVERIFY(!r.ok);
        QVERIFY(r.secrets.isEmpty());

        KeychainJob *silenced = store.load(QStringLiteral("two"));
        silenced->setResultFilter([](KeychainResult &) { return false; });
        QSignalSpy quiet(silenced, &KeychainJob::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!store.busy(), 20000);
        QCOMPARE(quiet.count(), 0);
    }

    void noSecretReachesAnyFileInClearText()
    {
        QSettings().sync();
        QStringList values;
        for (const char *seed : {"A", "1", "one", "two", "g"}) {
            const SecretValues s = hostileSecrets(QLatin1String(seed));
            values << s.awsSecretAccessKey.toString() << s.azureClientSecret.toString() << s.scalrSecretKey.toString().left(12)
                   << s.spotToken.toString();
        }
        values << QStringLiteral("second");
        const QStringList hits = filesContaining(qEnvironmentVariable("CC_TEST_KEYRING_HOME"), values);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "test_keychain_store.moc"
