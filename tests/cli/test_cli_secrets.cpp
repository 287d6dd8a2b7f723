// `cloudconnect secrets` and the secret lookup order, as a process, against a real gnome-keyring
// (or, for noSecretService, a session bus without one). Outputs are searched for the values.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args, const QMap<QString, QString> &env = {}, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &k : e.keys())
        if (k.startsWith(QLatin1String("CLOUDCONNECT_")))
            e.remove(k);
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(CC_CLOUDCONNECT_BIN), args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString data(const char *name)
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + QLatin1String(name);
}

const QString kScalrKey = QStringLiteral("ScalrSecretFromEnv0123456789");
const QString kAwsSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QString kSpotToken = QStringLiteral("SpotTokenFromStdin0123456789");
const QString kAzureSecret = QStringLiteral("AzureSecretFromStdin~0123");

void noSecretIn(const Run &r)
{
    for (const QString &s : {kScalrKey, kAwsSecret, kSpotToken, kAzureSecret})
        QVERIFY2(!r.out.contains(s.toUtf8()) && !r.err.contains(s.toUtf8()), qPrintable(s));
}

} // namespace

class TestCliSecrets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(qEnvironmentVariableIsSet("CC_TEST_KEYRING_HOME"), "run through scripts/with-test-keyring.sh"); }

    void setFromEnvironmentThenReportFingerprints()
    {
        Run r = run({QStringLiteral("secrets"), QStringLiteral("set"), data("scalr-aws.json")},
                    {{QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), kScalrKey},
                     {QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"), kAwsSecret}});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Stored in the keychain"));
        noSecretIn(r);
        // The keychain is read first: the report's fingerprints come from it with no env set.
        QTemporaryDir dir;
        r = run({QStringLiteral("report"), data("scalr-aws.json"), QStringLiteral("-o"), dir.filePath(QStringLiteral("r.json"))});
        QCOMPARE(r.code, 0);
        QFile f(dir.filePath(QStringLiteral("r.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray report = f.readAll();
        QVERIFY(!report.contains(kScalrKey.toUtf8()));
        QVERIFY(report.contains("\"entered\": true"));
    }

    void keychainSecretsStayWithTheirEndpoints()
    {
        // Stored for scalr-aws.json's endpoints…
        Run r = run({QStringLiteral("secrets"), QStringLiteral("set"), data("scalr-aws.json")},
                    {{QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), kScalrKey},
                     {QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"), kAwsSecret}});
        QCOMPARE(r.code, 0);
        // …a file of the same name that sends them elsewhere gets none of them.
        QTemporaryDir dir;
        QFile in(data("scalr-aws.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        QJsonObject platform = o.value(QStringLiteral("platform")).toObject();
        platform[QStringLiteral("endpoint")] = QStringLiteral("http://127.0.0.1:9");
        o[QStringLiteral("platform")] = platform;
        o[QStringLiteral("endpoints")] = QJsonObject{{QStringLiteral("sts"), QStringLiteral("http://127.0.0.1:9")}};
        const QString hostile = dir.filePath(QStringLiteral("prod-aws.json"));
        QFile out(hostile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
        out.close();
        r = run({QStringLiteral("validate"), hostile, QStringLiteral("--only"), QStringLiteral("platform.auth,aws.identity"),
                 QStringLiteral("--timeout"), QStringLiteral("2")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("platform.endpoint: https://scalr.example.com → http://127.0.0.1:9"), r.err.constData());
        QVERIFY2(r.err.contains("endpoints.sts: https://sts.us-east-1.amazonaws.com → http://127.0.0.1:9"), r.err.constData());
        QVERIFY(r.err.contains("cloudconnect secrets set"));
        noSecretIn(r);
        // Secrets given explicitly are the user's choice and are used.
        r = run({QStringLiteral("validate"), hostile, QStringLiteral("--only"), QStringLiteral("platform.auth"),
                 QStringLiteral("--timeout"), QStringLiteral("2")},
                {{QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), kScalrKey}});
        QVERIFY2(r.err.contains("Scalr API secret key from the environment"), r.err.constData());
        QVERIFY(r.code != 2);
        // The file they were stored for still gets them.
        r = run({QStringLiteral("validate"), data("scalr-aws.json"), QStringLiteral("--only"), QStringLiteral("platform.auth"),
                 QStringLiteral("--timeout"), QStringLiteral("2")});
        QVERIFY2(r.err.contains("Scalr API secret key from the keychain"), r.err.constData());
    }

    void explicitSecretsWinOverTheKeychain()
    {
        // docs/cli.md: --secrets-stdin, then the environment, then the keychain.
        Run r = run({QStringLiteral("secrets"), QStringLiteral("set"), data("scalr-aws.json")},
                    {{QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), kScalrKey},
                     {QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"), kAwsSecret}});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("validate"), data("scalr-aws.json"), QStringLiteral("--only"), QStringLiteral("platform.auth"),
                 QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--secrets-stdin")},
                {{QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), QStringLiteral("ScalrSecretNewerInEnv000000")}},
                QByteArrayLiteral("{\"scalrSecretKey\":\"ScalrSecretNewerOnStdin0000\"}"));
        QVERIFY2(r.err.contains("Scalr API secret key from the stdin"), r.err.constData());
        r = run({QStringLiteral("validate"), data("scalr-aws.json"), QStringLiteral("--only"), QStringLiteral("platform.auth"),
                 QStringLiteral("--timeout"), QStringLiteral("2")},
                {{QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), QStringLiteral("ScalrSecretNewerInEnv000000")}});
        QVERIFY2(r.err.contains("Scalr API secret key from the environment"), r.err.constData());
    }

    void setFromStandardInput()
    {
        const QByteArray input =
            QStringLiteral("{\"spotToken\":\"%1\",\"azureClientSecret\":\"%2\"}").arg(kSpotToken, kAzureSecret).toUtf8();
        const Run r = run({QStringLiteral("secrets"), QStringLiteral("set"), data("spot-azure.json"), QStringLiteral("--secrets-stdin"),
                           QStringLiteral("--json")},
                          {}, input);
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("spot-azure"));
        noSecretIn(r);
    }

    void missingOrInvalidSecretsAreBadInput()
    {
        Run r = run({QStringLiteral("secrets"), QStringLiteral("set"), data("scalr-aws.json")},
                    {{QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), kScalrKey}});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"));
        noSecretIn(r);
        // Scalr cannot use an Azure secret with '+' or '/'.
        r = run({QStringLiteral("secrets"), QStringLiteral("set"), data("scalr-azure.json"), QStringLiteral("--secrets-stdin")},
                {{QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), kScalrKey}}, "{\"azureClientSecret\":\"abc+def/ghi\"}");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("'+' or '/'"));
        QVERIFY(!r.err.contains("abc+def"));
        r = run({QStringLiteral("secrets"), QStringLiteral("set"), data("spot-aws.json"), QStringLiteral("--secrets-stdin")}, {},
                "{\"spotToken\": 42}");
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("secrets"), QStringLiteral("set"), data("spot-aws.json"), QStringLiteral("--no-keychain")});
        QCOMPARE(r.code, 2);
    }

    void deleteRemovesThem()
    {
        Run r = run({QStringLiteral("secrets"), QStringLiteral("delete"), data("scalr-aws.json")});
        QCOMPARE(r.code, 0);
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), QStringLiteral("cloudconnect")});
        tool.waitForFinished(10000);
        const QByteArray listing = tool.readAllStandardOutput() + tool.readAllStandardError();
        QVERIFY(!listing.contains("attribute.user = prod-aws"));
        QVERIFY(listing.contains("attribute.user = spot-azure"));
    }

    // Run by its own CTest entry, on a session bus without a Secret Service.
    void noSecretService()
    {
        Run r = run({QStringLiteral("secrets"), QStringLiteral("set"), data("spot-aws.json")},
                    {{QStringLiteral("CLOUDCONNECT_SPOT_TOKEN"), kSpotToken}});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("No keychain service is running"));
        QVERIFY(r.err.contains("--no-keychain"));
        QVERIFY(r.out.isEmpty());
        noSecretIn(r);
        r = run({QStringLiteral("secrets"), QStringLiteral("delete"), data("spot-aws.json")});
        QCOMPARE(r.code, 3);
        // A report still works, with the secrets it can get from the environment, and warns.
        QTemporaryDir dir;
        r = run({QStringLiteral("report"), data("spot-aws.json"), QStringLiteral("-o"), dir.filePath(QStringLiteral("r.md"))},
                {{QStringLiteral("CLOUDCONNECT_SPOT_TOKEN"), kSpotToken}});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains("warning"));
        noSecretIn(r);
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "test_cli_secrets.moc"
