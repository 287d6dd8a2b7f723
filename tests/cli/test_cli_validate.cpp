// `cloudconnect validate` as a separate process against the AWS test server running in this
// one: JSON and text output, exit codes 0–3, --only, --ca-bundle, --timeout, secrets from the
// environment and standard input — and never a secret in the output.
#include "AwsTestServer.h"
#include "AzureTestServer.h"
#include "PlatformTestServers.h"
#include "CliProcess.h"
#include "CliProfiles.h"
#include "TestTls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QByteArray out, err;
};

} // namespace

class TestCliValidate : public QObject {
    Q_OBJECT

    AwsTestServer *server = nullptr;
    ScalrTestServer *scalr = nullptr;
    SpotTestServer *spot = nullptr;
    QTemporaryDir dir;

    QString writeProfile(const std::function<void(QJsonObject &)> &edit = {})
    {
        return cc::test::writeScalrAwsProfile(dir.filePath(QStringLiteral("profile-%1.json").arg(QTest::currentTestFunction())),
                                              server->baseUrl(), scalr->baseUrl(), edit);
    }

    // Runs the program without blocking this process's event loop, which serves the test server.
    Run run(const QStringList &args, const QString &secret = QLatin1String(AwsTestServer::kSecret), const QByteArray &stdinData = {},
            const QString &secretVariable = QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"));
        env.remove(QStringLiteral("CLOUDCONNECT_AZURE_CLIENT_SECRET"));
        if (!secret.isEmpty())
            env.insert(secretVariable, secret);
        // The platforms' own secrets, for platform.auth.
        env.insert(QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), QLatin1String(ScalrTestServer::kSecretKey));
        env.insert(QStringLiteral("CLOUDCONNECT_SPOT_TOKEN"), QLatin1String(SpotTestServer::kToken));
        const CliRun c = runCli(QStringLiteral(CC_CLOUDCONNECT_BIN), args, env, stdinData);
        Run r{c.code, c.out, c.err};
        // No secret, in any form, on either stream.
        for (const QByteArray &value : {secret.toUtf8(), QByteArray(ScalrTestServer::kSecretKey), QByteArray(SpotTestServer::kToken)}) {
            if (!value.isEmpty() && (r.out.contains(value) || r.err.contains(value)))
                r.code = -99;
        }
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(TestTls::shared().ok(), qPrintable(TestTls::shared().error)); }

    void init()
    {
        server = new AwsTestServer(TestHttpServer::Tls::Trusted, this);
        server->buckets.insert("my-billing-reports", AwsTestServer::Bucket{"us-east-1", true});
        QVERIFY(server->start());
        scalr = new ScalrTestServer(TestHttpServer::Tls::Trusted, this);
        spot = new SpotTestServer(TestHttpServer::Tls::Trusted, this);
        QVERIFY(scalr->start() && spot->start());
    }

    void cleanup()
    {
        delete server;
        delete scalr;
        delete spot;
        server = nullptr;
        scalr = nullptr;
        spot = nullptr;
    }

    void everyCheckPassesAsJson()
    {
        const Run r = run({QStringLiteral("validate"), writeProfile(), QStringLiteral("--json"), QStringLiteral("--no-keychain")});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError); // stdout holds the result and nothing else
        QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("prod-aws"));
        QVERIFY(!o.contains(QStringLiteral("submission")));
        const QJsonArray checks = o.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 10);
        QStringList passed;
        for (const QJsonValue &v : checks) {
            const QJsonObject c = v.toObject();
            QVERIFY(!c.value(QStringLiteral("message")).toString().isEmpty());
            if (c.value(QStringLiteral("status")).toString() == QLatin1String("pass"))
                passed << c.value(QStringLiteral("id")).toString();
            if (c.value(QStringLiteral("id")).toString() == QLatin1String("aws.identity"))
                QCOMPARE(c.value(QStringLiteral("details")).toObject().value(QStringLiteral("account")).toString(),
                         QStringLiteral("123456789012"));
        }
        passed.sort();
        QCOMPARE(passed, (QStringList{QStringLiteral("aws.billing"), QStringLiteral("aws.clock"), QStringLiteral("aws.identity"),
                                      QStringLiteral("aws.network"), QStringLiteral("aws.permissions"), QStringLiteral("platform.auth")}));
        QVERIFY(r.err.contains("aws.identity: running"));
        QVERIFY(r.err.contains("from the environment"));
        QVERIFY(server->signatureFailures.isEmpty());
    }

    void logsSayIdsAndStatusesNeverValues()
    {
        // Every layer's category switched on: ids, methods, hosts and statuses, and no secret
        // (run() fails the result when one appears), no access key id, no body.
        qputenv("QT_LOGGING_RULES", "cc.*.debug=true");
        qputenv("CC_QT_MESSAGES", "1");
        const Run r = run({QStringLiteral("validate"), writeProfile(), QStringLiteral("--no-keychain")});
        qunsetenv("QT_LOGGING_RULES");
        qunsetenv("CC_QT_MESSAGES");
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("cc.checks: aws.identity pass"), r.err.constData());
        QVERIFY2(r.err.contains("cc.net: POST 127.0.0.1/ -> 200"), r.err.constData());
        QVERIFY2(r.err.contains("cc.cli: validate exit 0"), r.err.constData());
        QVERIFY(!r.err.contains("AKIA"));
        QVERIFY(!r.err.contains("Action="));
    }

    void aWrongSecretFailsWithCauseAndFix()
    {
        const Run r = run({QStringLiteral("validate"), writeProfile(), QStringLiteral("--no-keychain")},
                          QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECREX"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("FAIL  aws.identity"), r.out.constData());
        QVERIFY(r.out.contains("fix: Paste the secret access key again"));
        QVERIFY(r.out.contains("SKIP  azure.token"));
    }

    void aServersControlCharactersNeverReachTheTerminal()
    {
        // A Scalr error whose message tries to retitle the terminal, clear the screen, hide a line
        // behind a carriage return, start a C1 escape and reverse the text's direction.
        TestResponse refusal;
        refusal.status = 403;
        refusal.headers = {{"Content-Type", "application/json"}};
        // (JSON escapes, written through QJsonDocument so the body is what a server would send.)
        const QString message = QStringLiteral("\x1b]0;owned\x07\x1b[2Jdenied\rby policy ") + QChar(0x9b) + QStringLiteral("31m")
                                + QChar(0x202e) + QStringLiteral("txt.exe");
        refusal.body = QJsonDocument(QJsonObject{{QStringLiteral("errors"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("PermissionViolation")},
                                                                         {QStringLiteral("message"), message}}}}})
                           .toJson(QJsonDocument::Compact);
        scalr->faults.append({"", refusal, 2});
        const Run r = run({QStringLiteral("validate"), writeProfile(), QStringLiteral("--no-keychain"), QStringLiteral("--only"),
                           QStringLiteral("platform.auth")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("denied") && r.out.contains("by policy"), r.out.constData()); // the words are still shown
        for (const QByteArray &control :
             {QByteArray("\x1b"), QByteArray("\x07"), QByteArray("\r"), QByteArray("\xc2\x9b"), QByteArray("\xe2\x80\xae")}) {
            QVERIFY2(!r.out.contains(control), r.out.toHex().constData());
            QVERIFY2(!r.err.contains(control), r.err.toHex().constData());
        }
    }

    void onlyRunsTheNamedChecks()
    {
        const Run r = run({QStringLiteral("validate"), writeProfile(), QStringLiteral("--json"), QStringLiteral("--no-keychain"),
                           QStringLiteral("--only"), QStringLiteral("aws.identity,aws.clock")});
        QCOMPARE(r.code, 0);
        const QJsonArray checks = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(server->verified, QStringList{QStringLiteral("sts GetCallerIdentity")});
    }

    void anUnknownCheckIdIsAUsageError()
    {
        const Run r = run({QStringLiteral("validate"), writeProfile(), QStringLiteral("--no-keychain"), QStringLiteral("--only"),
                           QStringLiteral("aws.identiy")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown check id \"aws.identiy\""));
        QVERIFY(r.out.isEmpty());
        QVERIFY(server->received.isEmpty());
    }

    void aMissingSecretIsBadInput()
    {
        const Run r = run({QStringLiteral("validate"), writeProfile(), QStringLiteral("--no-keychain")}, QString());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("missing secret"));
        QVERIFY(server->received.isEmpty());
    }

    void secretsFromStandardInput()
    {
        const QByteArray json = QByteArray("{\"awsSecretAccessKey\": \"") + AwsTestServer::kSecret + "\"}";
        const Run r = run({QStringLiteral("validate"), writeProfile(), QStringLiteral("--no-keychain"), QStringLiteral("--secrets-stdin"),
                           QStringLiteral("--only"), QStringLiteral("aws.identity")},
                          QString(), json);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.out.contains(AwsTestServer::kSecret) && !r.err.contains(AwsTestServer::kSecret));
    }

    void aTimeoutIsAnEnvironmentFailure()
    {
        TestResponse hang;
        hang.action = TestResponse::Action::Hang;
        server->faults << AwsTestServer::Fault{"GetCallerIdentity", hang, 1};
        const Run r = run({QStringLiteral("validate"), writeProfile(), QStringLiteral("--no-keychain"), QStringLiteral("--timeout"),
                           QStringLiteral("1"), QStringLiteral("--only"), QStringLiteral("aws.identity")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.contains("did not answer within 1 s"));
    }

    void theCaBundleComesFromTheOptionOrTheProfile()
    {
        const QString withoutCa = writeProfile([](QJsonObject &o) { o.remove(QStringLiteral("tls")); });
        Run r = run({QStringLiteral("validate"), withoutCa, QStringLiteral("--no-keychain"), QStringLiteral("--only"),
                     QStringLiteral("aws.identity")});
        QCOMPARE(r.code, 3); // this run's CA is not trusted by the system
        QVERIFY(r.out.contains("TLS"));
        QVERIFY(server->received.isEmpty());
        r = run({QStringLiteral("validate"), withoutCa, QStringLiteral("--no-keychain"), QStringLiteral("--only"),
                 QStringLiteral("aws.identity"), QStringLiteral("--ca-bundle"), TestTls::shared().caPath});
        QCOMPARE(r.code, 0);
    }

    void azureInBothClouds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("scope");
        QTest::newRow("AzureCloud (Spot)") << QStringLiteral("spot-azure.json") << QStringLiteral("https://management.azure.com/.default");
        QTest::newRow("AzureUSGovernment (Scalr)")
            << QStringLiteral("scalr-azure.json") << QStringLiteral("https://management.usgovcloudapi.net/.default");
    }

    void azureInBothClouds()
    {
        QFETCH(QString, file);
        QFETCH(QString, scope);
        AzureTestServer azure(TestHttpServer::Tls::Trusted);
        azure.expectedScope = scope;
        azure.vnets.insert(QStringLiteral("network-rg/spot-vnet"), azure.vnets.value(QStringLiteral("network-rg/scalr-vnet")));
        QVERIFY(azure.start());
        QFile in(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        o[QStringLiteral("endpoints")] =
            QJsonObject{{QStringLiteral("azureAuthority"), azure.baseUrl()}, {QStringLiteral("azureResourceManager"), azure.baseUrl()}};
        o.remove(QStringLiteral("checklist"));
        QJsonObject platform = o.value(QStringLiteral("platform")).toObject();
        const bool isSpot = platform.value(QStringLiteral("kind")).toString() == QLatin1String("spot");
        platform[QStringLiteral("endpoint")] = isSpot ? spot->baseUrl() : scalr->baseUrl();
        if (isSpot)
            platform[QStringLiteral("accountId")] = QLatin1String(SpotTestServer::kAccount);
        o[QStringLiteral("platform")] = platform;
        const QString path = dir.filePath(QStringLiteral("azure-%1").arg(file));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
        out.close();
        const QStringList args{QStringLiteral("validate"),    path,
                               QStringLiteral("--json"),      QStringLiteral("--no-keychain"),
                               QStringLiteral("--ca-bundle"), TestTls::shared().caPath};
        const QString secret = QLatin1String(AzureTestServer::kSecret);
        Run r = run(args, secret, {}, QStringLiteral("CLOUDCONNECT_AZURE_CLIENT_SECRET"));
        QVERIFY2(r.code == 0, r.err.constData());
        QStringList passed;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("checks")).toArray())
            if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("pass"))
                passed << v.toObject().value(QStringLiteral("id")).toString();
        passed.sort();
        QCOMPARE(passed, (QStringList{QStringLiteral("azure.network"), QStringLiteral("azure.role"), QStringLiteral("azure.subscription"),
                                      QStringLiteral("azure.token"), QStringLiteral("platform.auth")}));
        QVERIFY(!r.out.contains(AzureTestServer::kSecret) && !r.err.contains(AzureTestServer::kSecret));

        // Without Contributor: a failed check, exit 1, the fix in the output.
        azure.assignments = {{QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kReader),
                              QStringLiteral("/subscriptions/%1").arg(QLatin1String(AzureTestServer::kSubscription))}};
        r = run(
            {QStringLiteral("validate"), path, QStringLiteral("--no-keychain"), QStringLiteral("--ca-bundle"), TestTls::shared().caPath},
            secret, {}, QStringLiteral("CLOUDCONNECT_AZURE_CLIENT_SECRET"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("FAIL  azure.role"), r.out.constData());
        QVERIFY(r.out.contains("Reader at /subscriptions/"));

        // The wrong secret read from standard input.
        r = run(args + QStringList{QStringLiteral("--secrets-stdin")}, QString(), R"({"azureClientSecret": "wrong~secret"})");
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("rejected the client secret"));

        // Missing: bad input, nothing sent.
        const int before = int(azure.received.size());
        r = run(args, QString());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("CLOUDCONNECT_AZURE_CLIENT_SECRET"));
        QCOMPARE(int(azure.received.size()), before);
    }

    void grantWaitIsAnOption()
    {
        const Run r = run({QStringLiteral("validate"), writeProfile(), QStringLiteral("--grant-wait"), QStringLiteral("61")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--grant-wait"));
    }

    void anIncompleteProfileIsBadInput()
    {
        const QString path = writeProfile([](QJsonObject &o) {
            QJsonObject aws = o.value(QStringLiteral("aws")).toObject();
            aws.remove(QStringLiteral("vpcId"));
            o[QStringLiteral("aws")] = aws;
        });
        const Run r = run({QStringLiteral("validate"), path, QStringLiteral("--no-keychain")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("/aws/vpcId"));
    }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "test_cli_validate.moc"
