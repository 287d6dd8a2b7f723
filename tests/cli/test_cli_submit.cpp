// `cloudconnect submit` as a process for all four journeys, against the AWS, Entra ID/ARM, Spot
// and Scalr test servers running in this process: created then unchanged, a dry run that sends
// nothing, a conflict without --replace, a failed check that stops the submission, a keychain
// that cannot store (nothing sent), JSON of cli.md — and no secret on either stream.
#include "JourneyServers.h"
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

    JourneyServers *servers = nullptr;

    QString profile(const char *file) { return servers->writeProfile(QLatin1String(file), dir.path()); }

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
        servers = new JourneyServers(this);
        aws = &servers->aws;
        azure = &servers->azure;
        spot = &servers->spot;
        scalr = &servers->scalr;
        QVERIFY(servers->start());
    }

    void cleanup()
    {
        delete servers;
        servers = nullptr;
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
        // The same results are not another profile's change record: refused, nothing written.
        const QString other = dir.filePath(QStringLiteral("other.json"));
        QFile otherFile(other);
        QVERIFY(otherFile.open(QIODevice::WriteOnly));
        QJsonObject renamed;
        {
            QFile source(path);
            QVERIFY(source.open(QIODevice::ReadOnly));
            renamed = QJsonDocument::fromJson(source.readAll()).object();
        }
        renamed.insert(QStringLiteral("name"), QStringLiteral("another-account"));
        otherFile.write(QJsonDocument(renamed).toJson());
        otherFile.close();
        const QString otherReport = dir.filePath(QStringLiteral("other.md"));
        const Run refused = run({QStringLiteral("report"), other, QStringLiteral("-o"), otherReport, QStringLiteral("--results"), results,
                                 QStringLiteral("--no-keychain")});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("another-account"), refused.err.constData());
        QVERIFY(!QFile::exists(otherReport));
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
        QCOMPARE(r.submission("status"), QStringLiteral("updated")); // the account had a role: it was replaced
        QCOMPARE(spot->awsRole, QStringLiteral("arn:aws-us-gov:iam::123456789012:role/SpotRole"));
    }

    void spotAzureCreatedThenUpdated()
    {
        const QString path = profile("spot-azure.json");
        Run r = run(submitArgs(path));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.submission("status"), QStringLiteral("created"));
        // Spot shows the secret masked: the secret is set again, never claimed unchanged.
        r = run(submitArgs(path));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.submission("status"), QStringLiteral("updated"));
        QCOMPARE(spot->credentialWrites, 2);
        QCOMPARE(spot->azureSecret, QLatin1String(AzureTestServer::kSecret));
    }

    void scalrEnvironmentNotLinkedIsIncomplete()
    {
        scalr->linked.insert(QStringLiteral("7"), QStringLiteral("55"));
        scalr->environmentsInUse.insert(QStringLiteral("7"));
        const Run r = run(submitArgs(profile("scalr-aws.json")));
        QCOMPARE(r.code, 1);
        QCOMPARE(r.submission("status"), QStringLiteral("incomplete"));
        const QJsonArray envs = r.json().value(QStringLiteral("submission")).toObject().value(QStringLiteral("environments")).toArray();
        QCOMPARE(envs.size(), 2);
        QCOMPARE(envs.at(0).toObject().value(QStringLiteral("linked")).toBool(), true);
        QCOMPARE(envs.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("7"));
        QCOMPARE(envs.at(1).toObject().value(QStringLiteral("linked")).toBool(), false);
        QVERIFY(envs.at(1).toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("ObjectInUse")));
        const Run human = run({QStringLiteral("submit"), profile("scalr-aws.json"), QStringLiteral("--no-keychain")});
        QCOMPARE(human.code, 1);
        QVERIFY2(human.out.contains("environment 7: NOT linked"), human.out.constData());
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
