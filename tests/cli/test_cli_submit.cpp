// `cloudconnect submit` as a process for all four journeys, against the AWS, Entra ID/ARM, Spot
// and Scalr test servers running in this process: created then unchanged, a dry run that sends
// nothing, a conflict without --replace, a failed check that stops the submission, a keychain
// that cannot store (nothing sent), JSON of cli.md — and no secret on either stream.
#include "AwsTestServer.h"
#include "AzureTestServer.h"
#include "PlatformTestServers.h"
#include "CliProcess.h"
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
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString submission(const char *field) const
    {
        return json().value(QStringLiteral("submission")).toObject().value(QLatin1String(field)).toString();
    }
};

const char *kAwsSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECRET";

} // namespace

class TestCliSubmit : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    AwsTestServer *aws = nullptr;
    AzureTestServer *azure = nullptr;
    SpotTestServer *spot = nullptr;
    ScalrTestServer *scalr = nullptr;

    QString profile(const char *file)
    {
        QFile in(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + QLatin1String(file));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        o[QStringLiteral("endpoints")] = QJsonObject{{QStringLiteral("sts"), aws->baseUrl()}, {QStringLiteral("iam"), aws->baseUrl()},
                                                     {QStringLiteral("ec2"), aws->baseUrl()}, {QStringLiteral("s3"), aws->baseUrl()},
                                                     {QStringLiteral("azureAuthority"), azure->baseUrl()},
                                                     {QStringLiteral("azureResourceManager"), azure->baseUrl()}};
        o[QStringLiteral("tls")] = QJsonObject{{QStringLiteral("caBundle"), TestTls::shared().caPath}};
        o.remove(QStringLiteral("checklist"));
        QJsonObject platform = o.value(QStringLiteral("platform")).toObject();
        const bool isSpot = platform.value(QStringLiteral("kind")).toString() == QLatin1String("spot");
        platform[QStringLiteral("endpoint")] = isSpot ? spot->baseUrl() : scalr->baseUrl();
        if (isSpot)
            platform[QStringLiteral("accountId")] = QLatin1String(SpotTestServer::kAccount);
        o[QStringLiteral("platform")] = platform;
        const QString path = dir.filePath(QLatin1String(file));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(o).toJson());
        return path;
    }

    Run run(const QStringList &args, const QMap<QString, QString> &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"), QLatin1String(kAwsSecret));
        env.insert(QStringLiteral("CLOUDCONNECT_AZURE_CLIENT_SECRET"), QLatin1String(AzureTestServer::kSecret));
        env.insert(QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), QLatin1String(ScalrTestServer::kSecretKey));
        env.insert(QStringLiteral("CLOUDCONNECT_SPOT_TOKEN"), QLatin1String(SpotTestServer::kToken));
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        const CliRun c = runCli(QStringLiteral(CC_CLOUDCONNECT_BIN), args, env);
        Run r{c.code, c.out, c.err};
        for (const char *secret : {kAwsSecret, AzureTestServer::kSecret, ScalrTestServer::kSecretKey, SpotTestServer::kToken})
            if (r.out.contains(secret) || r.err.contains(secret))
                r.code = -99; // a secret reached an output
        return r;
    }

    QStringList submitArgs(const QString &path, const QStringList &more = {})
    {
        return QStringList{QStringLiteral("submit"), path, QStringLiteral("--json"), QStringLiteral("--no-keychain")} + more;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(TestTls::shared().ok(), qPrintable(TestTls::shared().error)); }

    void init()
    {
        aws = new AwsTestServer(TestHttpServer::Tls::Trusted, this);
        aws->buckets.insert("my-billing-reports", AwsTestServer::Bucket{"us-east-1", true});
        azure = new AzureTestServer(TestHttpServer::Tls::Trusted, this);
        azure->vnets.insert(QStringLiteral("network-rg/spot-vnet"), azure->vnets.value(QStringLiteral("network-rg/scalr-vnet")));
        spot = new SpotTestServer(TestHttpServer::Tls::Trusted, this);
        scalr = new ScalrTestServer(TestHttpServer::Tls::Trusted, this);
        scalr->validAwsKeys.insert(QStringLiteral("AKIAIOSFODNN7EXAMPLE"), QLatin1String(kAwsSecret));
        QVERIFY(aws->start() && azure->start() && spot->start() && scalr->start());
    }

    void cleanup()
    {
        delete aws;
        delete azure;
        delete spot;
        delete scalr;
    }

    void scalrAwsCreatedThenUnchanged()
    {
        const QString path = profile("scalr-aws.json");
        Run r = run(submitArgs(path));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.submission("status"), QStringLiteral("created"));
        QCOMPARE(r.submission("platform"), QStringLiteral("scalr"));
        QCOMPARE(r.submission("id"), QStringLiteral("100"));
        QCOMPARE(r.json().value(QStringLiteral("checks")).toArray().size(), 10);
        // The change record: the report takes submit's JSON as --results.
        const QString results = dir.filePath(QStringLiteral("results.json"));
        QFile resultsFile(results);
        QVERIFY(resultsFile.open(QIODevice::WriteOnly));
        resultsFile.write(r.out);
        resultsFile.close();
        const QString report = dir.filePath(QStringLiteral("change.md"));
        const Run rep = run({QStringLiteral("report"), path, QStringLiteral("-o"), report, QStringLiteral("--results"), results,
                             QStringLiteral("--no-keychain")});
        QVERIFY2(rep.code == 0, rep.err.constData());
        QFile md(report);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QByteArray text = md.readAll();
        QVERIFY2(text.contains("created") && text.contains("AWS accepts the key"), text.constData());
        r = run(submitArgs(path));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.submission("status"), QStringLiteral("unchanged"));
        QCOMPARE(scalr->created, 1);
        QVERIFY(scalr->signatureFailures.isEmpty());
    }

    void aDryRunSendsNothing()
    {
        const Run r = run(submitArgs(profile("scalr-aws.json"), {QStringLiteral("--dry-run")}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.submission("status"), QStringLiteral("dry-run"));
        QVERIFY(r.submission("message").contains(QLatin1String("Would create")));
        QCOMPARE(scalr->created, 0);
    }

    void aConflictNeedsReplace()
    {
        spot->awsRole = QStringLiteral("arn:aws-us-gov:iam::123456789012:role/Other");
        const QString path = profile("spot-aws.json");
        Run r = run(submitArgs(path));
        QCOMPARE(r.code, 1);
        QCOMPARE(r.submission("status"), QStringLiteral("rejected"));
        QVERIFY(r.submission("fix").contains(QLatin1String("--replace")));
        QCOMPARE(spot->credentialWrites, 0);
        r = run(submitArgs(path, {QStringLiteral("--replace")}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.submission("status"), QStringLiteral("created"));
        QCOMPARE(spot->awsRole, QStringLiteral("arn:aws-us-gov:iam::123456789012:role/SpotRole"));
    }

    void spotAzureCreatedThenUnchanged()
    {
        const QString path = profile("spot-azure.json");
        Run r = run(submitArgs(path));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.submission("status"), QStringLiteral("created"));
        r = run(submitArgs(path));
        QCOMPARE(r.submission("status"), QStringLiteral("unchanged"));
        QCOMPARE(spot->credentialWrites, 1);
    }

    void scalrAzureIsHandedOverWithTheValues()
    {
        azure->expectedScope = QStringLiteral("https://management.usgovcloudapi.net/.default");
        const Run r = run({QStringLiteral("submit"), profile("scalr-azure.json"), QStringLiteral("--no-keychain")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Submission (scalr): handed-over"));
        QVERIFY(r.out.contains("contoso.onmicrosoft.com"));
        QVERIFY(r.out.contains(QByteArray("open: " + scalr->baseUrl().toLatin1())));
    }

    void aFailedCheckStopsTheSubmission()
    {
        aws->users["AKIAIOSFODNN7EXAMPLE"].deniedActions = {"ec2:RunInstances"};
        const Run r = run(submitArgs(profile("scalr-aws.json")));
        QCOMPARE(r.code, 1);
        QVERIFY(!r.json().contains(QStringLiteral("submission")));
        QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("Not submitted")));
        QCOMPARE(scalr->created, 0);
        for (const TestRequest &q : scalr->received)
            QVERIFY(q.method == "GET"); // platform.auth only
    }

    void anUnusableKeychainStopsBeforeSending()
    {
        const Run r = run({QStringLiteral("submit"), profile("scalr-aws.json")},
                          {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/cloudconnect-test-bus")}});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.contains("could not be stored in the keychain"));
        QCOMPARE(scalr->created, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSubmit)
#include "test_cli_submit.moc"
