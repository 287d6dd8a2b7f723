// The command line in two locales (docs/cli.md): human output follows the locale, --json output
// is byte-identical in every locale. `check` and `validate` run as separate processes, under
// LANG/LC_ALL=C and under LANG/LC_ALL=de_DE.UTF-8, against the test servers living in this
// process. Qt takes the language from those variables itself, so no glibc locale needs to be
// generated for de_DE (CI's container has none).
#include "AwsTestServer.h"
#include "CliProcess.h"
#include "PlatformTestServers.h"
#include "CliProfiles.h"
#include "TestTls.h"

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

enum class Locale { C, German };

} // namespace

class TestCliLocale : public QObject {
    Q_OBJECT

    AwsTestServer *server = nullptr;
    ScalrTestServer *scalr = nullptr;
    QTemporaryDir dir;

    // The Scalr + AWS profile against the test servers; `edit` changes it further.
    QString writeProfile(const QString &name, const std::function<void(QJsonObject &)> &edit = {})
    {
        return cc::test::writeScalrAwsProfile(dir.filePath(name + QStringLiteral(".json")), server->baseUrl(), scalr->baseUrl(), edit);
    }

    static QProcessEnvironment environment(Locale locale)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        for (const char *name : {"LANGUAGE", "LC_MESSAGES", "LC_CTYPE", "LC_NUMERIC", "LC_TIME"})
            env.remove(QLatin1String(name));
        const QString value = locale == Locale::German ? QStringLiteral("de_DE.UTF-8") : QStringLiteral("C");
        env.insert(QStringLiteral("LANG"), value);
        env.insert(QStringLiteral("LC_ALL"), value);
        env.insert(QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"), QLatin1String(AwsTestServer::kSecret));
        env.insert(QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"), QLatin1String(ScalrTestServer::kSecretKey));
        env.remove(QStringLiteral("CLOUDCONNECT_AZURE_CLIENT_SECRET"));
        env.remove(QStringLiteral("CLOUDCONNECT_SPOT_TOKEN"));
        return env;
    }

    // Runs the program without blocking this process's event loop, which serves the test servers.
    static Run run(const QStringList &args, Locale locale)
    {
        const CliRun c = runCli(QStringLiteral(CC_CLOUDCONNECT_BIN), args, environment(locale));
        return {c.code, c.out, c.err};
    }

    // The same command in C and in German: the same exit status and the same stdout, byte for byte.
    static void sameInEveryLocale(const QStringList &args, int expectedCode)
    {
        const Run c = run(args, Locale::C);
        const Run de = run(args, Locale::German);
        QVERIFY2(c.code == expectedCode, c.err.constData());
        QCOMPARE(de.code, c.code);
        QJsonParseError error{};
        QJsonDocument::fromJson(c.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(de.out, c.out);
        // With --json, stderr is English as well (no translator is installed).
        QCOMPARE(de.err.contains("erforderlich") || de.err.contains("ungültig"), false);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(TestTls::shared().ok(), qPrintable(TestTls::shared().error)); }

    void init()
    {
        server = new AwsTestServer(TestHttpServer::Tls::Trusted, this);
        server->buckets.insert("my-billing-reports", AwsTestServer::Bucket{"us-east-1", true});
        QVERIFY(server->start());
        scalr = new ScalrTestServer(TestHttpServer::Tls::Trusted, this);
        QVERIFY(scalr->start());
    }

    void cleanup()
    {
        delete server;
        delete scalr;
        server = nullptr;
        scalr = nullptr;
    }

    void checkJsonIsTheSameInEveryLocale()
    {
        // Field rules, a schema problem and a completeness problem: every kind of message.
        const QString invalid = writeProfile(QStringLiteral("invalid"), [](QJsonObject &o) {
            o[QStringLiteral("name")] = QStringLiteral("-bad name");
            QJsonObject aws = o.value(QStringLiteral("aws")).toObject();
            aws[QStringLiteral("accessKeyId")] = QStringLiteral("AKIA123");
            aws[QStringLiteral("region")] = QStringLiteral("us-gov-west-1");
            aws[QStringLiteral("bogus")] = true;
            o[QStringLiteral("aws")] = aws;
        });
        sameInEveryLocale({QStringLiteral("check"), invalid, QStringLiteral("--json")}, 2);
        const QString incomplete = writeProfile(QStringLiteral("incomplete"), [](QJsonObject &o) {
            QJsonObject aws = o.value(QStringLiteral("aws")).toObject();
            aws.remove(QStringLiteral("vpcId"));
            o[QStringLiteral("aws")] = aws;
        });
        sameInEveryLocale({QStringLiteral("check"), incomplete, QStringLiteral("--json")}, 2);
        sameInEveryLocale({QStringLiteral("check"), writeProfile(QStringLiteral("valid")), QStringLiteral("--json")}, 0);
    }

    void validateJsonIsTheSameInEveryLocale()
    {
        // aws.clock is left out: its message and details carry the time of each run.
        const QString only = QStringLiteral("platform.auth,aws.identity,aws.permissions,aws.network,aws.billing");
        sameInEveryLocale({QStringLiteral("validate"), writeProfile(QStringLiteral("passes")), QStringLiteral("--json"),
                           QStringLiteral("--no-keychain"), QStringLiteral("--only"), only},
                          0);
        // Failures with causes and fixes: a VPC and a bucket that do not exist.
        const QString failing = writeProfile(QStringLiteral("fails"), [](QJsonObject &o) {
            QJsonObject aws = o.value(QStringLiteral("aws")).toObject();
            aws[QStringLiteral("vpcId")] = QStringLiteral("vpc-0000000000000000f");
            QJsonObject billing = aws.value(QStringLiteral("billing")).toObject();
            billing[QStringLiteral("bucket")] = QStringLiteral("no-such-bucket");
            aws[QStringLiteral("billing")] = billing;
            o[QStringLiteral("aws")] = aws;
        });
        sameInEveryLocale({QStringLiteral("validate"), failing, QStringLiteral("--json"), QStringLiteral("--no-keychain"),
                           QStringLiteral("--only"), only},
                          1);
        const Run c = run({QStringLiteral("validate"), failing, QStringLiteral("--json"), QStringLiteral("--no-keychain"),
                           QStringLiteral("--only"), only},
                          Locale::German);
        QVERIFY2(c.out.contains("There is no VPC vpc-0000000000000000f"), c.out.constData()); // English in JSON
    }

    void humanOutputFollowsTheLocale()
    {
        const QString invalid = writeProfile(QStringLiteral("human"), [](QJsonObject &o) {
            QJsonObject aws = o.value(QStringLiteral("aws")).toObject();
            aws[QStringLiteral("accessKeyId")] = QStringLiteral("AKIA123");
            o[QStringLiteral("aws")] = aws;
        });
        const Run c = run({QStringLiteral("check"), invalid}, Locale::C);
        const Run de = run({QStringLiteral("check"), invalid}, Locale::German);
        QCOMPARE(c.code, 2);
        QCOMPARE(de.code, 2);
        QVERIFY2(c.out.contains("/aws/accessKeyId: an access key id is 20 characters (7 entered)"), c.out.constData());
        QVERIFY2(de.out.contains("/aws/accessKeyId: eine Zugriffsschlüssel-ID hat 20 Zeichen (7 eingegeben)"), de.out.constData());
        QVERIFY2(de.err.contains("ist ungültig"), de.err.constData());
        QVERIFY(!de.out.contains("characters"));

        // validate: the status column and every message in German.
        const QString failing = writeProfile(QStringLiteral("human-validate"), [](QJsonObject &o) {
            QJsonObject aws = o.value(QStringLiteral("aws")).toObject();
            aws[QStringLiteral("vpcId")] = QStringLiteral("vpc-0000000000000000f");
            o[QStringLiteral("aws")] = aws;
        });
        const QStringList args{QStringLiteral("validate"), failing, QStringLiteral("--no-keychain"), QStringLiteral("--only"),
                               QStringLiteral("aws.identity,aws.network")};
        const Run cv = run(args, Locale::C);
        const Run dev = run(args, Locale::German);
        QCOMPARE(cv.code, 1);
        QCOMPARE(dev.code, 1);
        QVERIFY2(cv.out.contains("FAIL  aws.network") && cv.out.contains("There is no VPC"), cv.out.constData());
        QVERIFY2(dev.out.contains("FEHLER    aws.network") && dev.out.contains("gibt es keine VPC vpc-0000000000000000f"),
                 dev.out.constData());
        QVERIFY2(dev.out.contains("Lösung: Prüfen Sie VPC-ID und Region"), dev.out.constData());
        QVERIFY2(dev.out.contains("AWS akzeptiert den Schlüssel"), dev.out.constData());
        QVERIFY(!dev.out.contains("There is no VPC"));
    }

    void usageErrorsFollowTheLocale()
    {
        const Run c = run({QStringLiteral("check")}, Locale::C);
        const Run de = run({QStringLiteral("check")}, Locale::German);
        QCOMPARE(c.code, 2);
        QCOMPARE(de.code, 2);
        QVERIFY2(c.err.contains("check needs a profile"), c.err.constData());
        QVERIFY2(de.err.contains("check benötigt ein Profil") && de.err.contains("Siehe 'cloudconnect --help'"), de.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLocale)
#include "test_cli_locale.moc"
