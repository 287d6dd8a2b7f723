// Submission to Spot and Scalr against stateful test servers (HTTPS with this run's CA): created,
// unchanged on a second run, conflicts and --replace, dry runs, lost answers never doubling an
// object, errors with their field, throttling, redirects that carry no credential elsewhere, and
// the platform.auth check. The Scalr signature is pinned against a value computed outside.
#include "CheckRunner.h"
#include "PlatformTestServers.h"
#include "ProfileValidator.h"
#include "ScalrSigner.h"
#include "Submitter.h"
#include "TestTls.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace cc;

namespace {

Profile loadProfile(const char *name)
{
    return readProfileFile(QStringLiteral(CC_SOURCE_DIR "/tests/data/profiles/") + QLatin1String(name)).profile.value_or(Profile());
}

NetSettings settings()
{
    NetSettings s;
    s.caBundle = TestTls::shared().caPath;
    s.timeoutMs = 3000;
    s.backoffBaseMs = 50;
    s.backoffMaxMs = 200;
    return s;
}

SubmissionResult submit(const Profile &p, const SecretValues &secrets, bool replace = false, bool dryRun = false)
{
    Submitter s;
    QSignalSpy done(&s, &Submitter::finished);
    s.start(p, secrets, settings(), {replace, dryRun});
    if (!done.wait(20000)) {
        SubmissionResult timedOut;
        timedOut.message = QStringLiteral("the test timed out");
        return timedOut;
    }
    return done.at(0).at(0).value<SubmissionResult>();
}

CheckResult platformAuth(const Profile &p, const SecretValues &secrets)
{
    CheckRunner runner;
    QSignalSpy done(&runner, &CheckRunner::finished);
    runner.start(p, secrets, settings(), {QStringLiteral("platform.auth")});
    done.wait(20000);
    return runner.results().value(0);
}

TestResponse redirectTo(const QString &url)
{
    TestResponse r;
    r.status = 307;
    r.reason = "Temporary Redirect";
    r.headers = {{"Location", url.toLatin1()}};
    return r;
}

const char *kAwsSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECRET";

// Scalr's own verification of the AWS key accepts the test key.
void acceptTheAwsKey(ScalrTestServer &server)
{
    server.validAwsKeys.insert(QStringLiteral("AKIAIOSFODNN7EXAMPLE"), QLatin1String(kAwsSecret));
}

Profile profileFor(const char *file, const TestHttpServer &platform)
{
    Profile p = loadProfile(file);
    p.platform.endpoint = platform.baseUrl();
    return p;
}

} // namespace

Q_DECLARE_METATYPE(cc::SubmissionResult)

class TestSubmit : public QObject {
    Q_OBJECT

    SecretValues spotSecrets() const
    {
        SecretValues s;
        s.spotToken = QLatin1String(SpotTestServer::kToken);
        s.azureClientSecret = QStringLiteral("Q~8Q~azureTestSecretValue_0123456789abc");
        return s;
    }
    SecretValues scalrSecrets() const
    {
        SecretValues s;
        s.scalrSecretKey = QLatin1String(ScalrTestServer::kSecretKey);
        s.awsSecretAccessKey = QLatin1String(kAwsSecret);
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SubmissionResult>();
        QVERIFY2(TestTls::shared().ok(), qPrintable(TestTls::shared().error));
    }

    void scalrSignatureMatchesAValueComputedOutside()
    {
        const QByteArray sts = scalrStringToSign("POST", "2026-11-22T12:00:00.000Z", "/api/v1beta0/account/1/cloud-credentials/",
                                                 {{"name", "prod-aws"}}, "{\"a\":1}");
        QCOMPARE(sts, QByteArray("POST\n2026-11-22T12:00:00.000Z\n/api/v1beta0/account/1/cloud-credentials/\nname=prod-aws\n{\"a\":1}"));
        // printf '%s' "$sts" | openssl dgst -sha256 -hmac 'scalr-secret-key-0123456789' -binary | base64
        QCOMPARE(scalrSignature("scalr-secret-key-0123456789", sts),
                 QByteArray("V1-HMAC-SHA256 PpgFF01usjYoZNbI5hzB0+y1W5KK/ebDFDGUSRzg6WI="));
        QCOMPARE(scalrDate(QDateTime(QDate(2026, 11, 22), QTime(12, 0, 0, 7), Qt::UTC)), QByteArray("2026-11-22T12:00:00.007Z"));
        // Keys sorted and RFC 3986 encoded; "" when there is no query or body.
        QCOMPARE(scalrStringToSign("GET", "d", "/p/", {{"b", "x y"}, {"a", "1"}}, {}), QByteArray("GET\nd\n/p/\na=1&b=x%20y\n"));
    }

    void spotAwsCreatesThenIsUnchanged()
    {
        SpotTestServer server(TestHttpServer::Tls::Trusted);
        QVERIFY(server.start());
        Profile p = loadProfile("spot-aws.json");
        p.platform.endpoint = server.baseUrl();
        p.platform.accountId = QLatin1String(SpotTestServer::kAccount);
        SubmissionResult r = submit(p, spotSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("created"));
        QCOMPARE(r.id, QStringLiteral("act-1a2b3c4d"));
        // The wrong account for this token is refused as such.
        Profile other = p;
        other.platform.accountId = QStringLiteral("act-99999999");
        QVERIFY(submit(other, spotSecrets()).message.contains(QLatin1String("ACCOUNT_NOT_FOUND")));
        QCOMPARE(server.awsRole, p.aws.roleArn);
        r = submit(p, spotSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("unchanged"));
        QCOMPARE(server.credentialWrites, 1);
        QCOMPARE(r.toJson().value(QStringLiteral("platform")).toString(), QStringLiteral("spot"));
    }

    void spotAwsConflictNeedsReplace()
    {
        SpotTestServer server(TestHttpServer::Tls::Trusted);
        server.awsRole = QStringLiteral("arn:aws:iam::123456789012:role/Other");
        QVERIFY(server.start());
        Profile p = loadProfile("spot-aws.json");
        p.platform.endpoint = server.baseUrl();
        p.platform.accountId = QLatin1String(SpotTestServer::kAccount);
        SubmissionResult r = submit(p, spotSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(r.conflict);
        QVERIFY(r.message.contains(QLatin1String("role/Other")));
        QCOMPARE(server.credentialWrites, 0);
        r = submit(p, spotSecrets(), false, true);
        QCOMPARE(r.statusName(), QStringLiteral("rejected")); // a dry run reports the conflict too
        r = submit(p, spotSecrets(), true, true);
        QCOMPARE(r.statusName(), QStringLiteral("dry-run"));
        QCOMPARE(server.credentialWrites, 0);
        r = submit(p, spotSecrets(), true);
        QCOMPARE(r.statusName(), QStringLiteral("updated")); // the account's role was replaced
        QCOMPARE(server.awsRole, p.aws.roleArn);
    }

    void aLostAnswerIsNotSentTwice()
    {
        SpotTestServer server(TestHttpServer::Tls::Trusted);
        QVERIFY(server.start());
        // Applied, then the connection drops in the middle of the answer.
        TestResponse cut;
        cut.action = TestResponse::Action::Truncate;
        server.faults << PlatformFault{"POST /setup/credentials/aws", cut, 5, true};
        Profile p = loadProfile("spot-aws.json");
        p.platform.endpoint = server.baseUrl();
        p.platform.accountId = QLatin1String(SpotTestServer::kAccount);
        const SubmissionResult r = submit(p, spotSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("created"));
        QVERIFY(r.message.contains(QLatin1String("answer was lost")));
        QCOMPARE(server.credentialWrites, 1);
    }

    void aServerErrorOnCreateIsNotRetriedBlindly()
    {
        SpotTestServer server(TestHttpServer::Tls::Trusted);
        QVERIFY(server.start());
        TestResponse error500;
        error500.status = 503;
        error500.reason = "Service Unavailable";
        server.faults << PlatformFault{"POST /setup/credentials/aws", error500, 5, false};
        Profile p = loadProfile("spot-aws.json");
        p.platform.endpoint = server.baseUrl();
        p.platform.accountId = QLatin1String(SpotTestServer::kAccount);
        const SubmissionResult r = submit(p, spotSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(r.environmental);
        int posts = 0;
        for (const TestRequest &q : server.received)
            posts += q.method == "POST";
        QCOMPARE(posts, 1);
    }

    void aRedirectCarriesNoTokenElsewhere()
    {
        SpotTestServer server(TestHttpServer::Tls::Trusted);
        SpotTestServer elsewhere(TestHttpServer::Tls::Trusted);
        QVERIFY(server.start() && elsewhere.start());
        server.faults << PlatformFault{"GET /setup/credentials/aws",
                                       redirectTo(elsewhere.baseUrl() + QStringLiteral("/setup/credentials/aws")), 1, false};
        Profile p = loadProfile("spot-aws.json");
        p.platform.endpoint = server.baseUrl();
        p.platform.accountId = QLatin1String(SpotTestServer::kAccount);
        const SubmissionResult r = submit(p, spotSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(r.message.contains(QLatin1String("Redirects are not followed")));
        QTest::qWait(200);
        QVERIFY(elsewhere.received.isEmpty());
    }

    void spotErrorsNameTheirField()
    {
        SpotTestServer server(TestHttpServer::Tls::Trusted);
        server.validAzureSecret = QStringLiteral("something else");
        QVERIFY(server.start());
        Profile p = loadProfile("spot-azure.json");
        p.platform.endpoint = server.baseUrl();
        const SubmissionResult r = submit(p, spotSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(r.message.contains(QLatin1String("INVALID_CREDENTIALS")));
        QCOMPARE(r.pointer, QStringLiteral("/secrets/azureClientSecret"));
        QCOMPARE(server.credentialWrites, 0);
    }

    void spotAzureAlwaysSendsTheSecretItCarries()
    {
        SpotTestServer server(TestHttpServer::Tls::Trusted);
        QVERIFY(server.start());
        Profile p = loadProfile("spot-azure.json");
        p.platform.endpoint = server.baseUrl();
        SubmissionResult r = submit(p, spotSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("created"));
        QCOMPARE(server.azure.value(QStringLiteral("expirationDate")).toString(), QStringLiteral("2027-11-22T00:00:00.000Z"));
        // Spot shows the stored secret masked, so "unchanged" can never be proven: the same
        // application is set again, as `updated`.
        r = submit(p, spotSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("updated"));
        QCOMPARE(server.credentialWrites, 2);
        // A rotated secret reaches Spot (it was silently kept back before).
        const QString rotated = QStringLiteral("Q~9Q~rotatedSecretValue_abcdefghijklmnop");
        server.validAzureSecret = rotated;
        SecretValues secrets = spotSecrets();
        secrets.azureClientSecret = rotated;
        p.azure.secretExpiresAt = p.azure.secretExpiresAt.addYears(1);
        r = submit(p, secrets);
        QCOMPARE(r.statusName(), QStringLiteral("updated"));
        QCOMPARE(server.azureSecret, rotated);
        QCOMPARE(server.azure.value(QStringLiteral("expirationDate")).toString(), QStringLiteral("2028-11-22T00:00:00.000Z"));
        // Another application is a conflict until confirmed.
        p.azure.clientId = QStringLiteral("00000000-0000-0000-0000-0000000000aa");
        r = submit(p, secrets);
        QVERIFY(r.conflict);
        QCOMPARE(server.credentialWrites, 3);
        QCOMPARE(submit(p, secrets, true).statusName(), QStringLiteral("updated"));
        QCOMPARE(server.azure.value(QStringLiteral("clientId")).toString(), p.azure.clientId);
    }

    void spotExternalId()
    {
        SpotTestServer server(TestHttpServer::Tls::Trusted);
        QVERIFY(server.start());
        Profile p = loadProfile("spot-aws.json");
        p.platform.endpoint = server.baseUrl();
        p.platform.accountId = QLatin1String(SpotTestServer::kAccount);
        Submitter s;
        QSignalSpy got(&s, &Submitter::externalIdReceived);
        s.fetchSpotExternalId(p, spotSecrets(), settings());
        QVERIFY(got.wait(10000));
        QCOMPARE(got.at(0).at(0).toString(), QStringLiteral("spot-ext-7c1e0f42"));
        // No body, as Spot's SDKs send it (the server refuses one).
        QCOMPARE(server.received.size(), 1);
        QVERIFY(server.received.at(0).body.isEmpty());
    }

    void scalrAwsCreatesLinksThenIsUnchanged()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        acceptTheAwsKey(server);
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("created"));
        QCOMPARE(r.id, QStringLiteral("100"));
        // Linked through POST …/account/1/environments/{env}/clouds/ec2/ {"id": "100"}.
        QCOMPARE(server.linked,
                 (QMap<QString, QString>{{QStringLiteral("5"), QStringLiteral("100")}, {QStringLiteral("7"), QStringLiteral("100")}}));
        QCOMPARE(r.environments.size(), 2);
        QVERIFY(r.environments.at(0).linked && r.environments.at(1).linked);
        const QJsonArray envs = r.toJson().value(QStringLiteral("environments")).toArray();
        QCOMPARE(envs.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("7"));
        QCOMPARE(envs.at(1).toObject().value(QStringLiteral("linked")).toBool(), true);
        r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("unchanged"));
        QCOMPARE(server.created, 1);
        QCOMPARE(server.linkPosts, 2); // nothing linked again
        QVERIFY(server.signatureFailures.isEmpty());
        const QJsonObject stored = server.collections.value(ScalrTestServer::accountCollection()).value(0);
        QCOMPARE(stored.value(QStringLiteral("accountType")).toString(), QStringLiteral("regular"));
    }

    void scalrLinksAnEnvironmentThatIsMissing()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        acceptTheAwsKey(server);
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        QCOMPARE(submit(p, scalrSecrets()).statusName(), QStringLiteral("created"));
        server.linked.remove(QStringLiteral("7"));
        const SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("updated")); // the same object, linked to one more environment
        QCOMPARE(server.linked.value(QStringLiteral("7")), QStringLiteral("100"));
        QCOMPARE(server.created, 1);
    }

    void scalrEnvironmentInUseIsIncompleteNotAlreadyLinked()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        acceptTheAwsKey(server);
        server.linked.insert(QStringLiteral("7"), QStringLiteral("55"));
        server.environmentsInUse.insert(QStringLiteral("7"));
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        const SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("incomplete"));
        QVERIFY(!r.succeeded());
        QCOMPARE(r.environments.size(), 2);
        QVERIFY(r.environments.at(0).linked);
        QVERIFY(!r.environments.at(1).linked);
        QVERIFY2(r.environments.at(1).reason.contains(QLatin1String("Cloud Credentials are used")),
                 qPrintable(r.environments.at(1).reason));
        QVERIFY(!r.message.contains(QLatin1String("already linked")));
        QVERIFY(r.message.contains(QLatin1String("environment 7")));
        QCOMPARE(server.linked.value(QStringLiteral("7")), QStringLiteral("55"));
        const QJsonObject env7 = r.toJson().value(QStringLiteral("environments")).toArray().at(1).toObject();
        QCOMPARE(env7.value(QStringLiteral("linked")).toBool(), false);
        QVERIFY(!env7.value(QStringLiteral("reason")).toString().isEmpty());
    }

    void scalr511ServerUsesItsRoutes()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        acceptTheAwsKey(server);
        server.scalr511 = true;
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        const SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("created"));
        QCOMPARE(server.linked.value(QStringLiteral("5")), QStringLiteral("100"));
        QStringList routes;
        for (const TestRequest &q : std::as_const(server.received))
            routes << QString::fromLatin1(q.method + ' ' + q.path);
        QVERIFY(routes.contains(QStringLiteral("POST /api/v1beta0/account/cloud-credentials/")));
        QVERIFY(routes.contains(QStringLiteral("POST /api/v1beta0/account/environments/7/clouds/ec2/")));
        QCOMPARE(platformAuth(p, scalrSecrets()).status, CheckStatus::Pass);
    }

    void scalrWrongAccountIsNotAnOldServer()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        acceptTheAwsKey(server);
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        p.platform.accountId = QStringLiteral("9");
        const SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QCOMPARE(r.pointer, QStringLiteral("/platform/accountId"));
        QVERIFY2(r.message.contains(QLatin1String("no account 9")), qPrintable(r.message));
        for (const TestRequest &q : std::as_const(server.received))
            QVERIFY(!q.path.startsWith("/api/v1beta0/account/cloud-credentials/")); // no 5.11 fallback on ObjectNotFound
        QCOMPARE(server.created, 0);
    }

    void scalrConflictAndReplace()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        acceptTheAwsKey(server);
        server.collections[ScalrTestServer::accountCollection()] = {
            QJsonObject{{QStringLiteral("id"), QStringLiteral("42")},
                        {QStringLiteral("name"), QStringLiteral("prod-aws")},
                        {QStringLiteral("cloudCredentialsType"), QStringLiteral("AwsCloudCredentials")},
                        {QStringLiteral("status"), QStringLiteral("enabled")},
                        {QStringLiteral("accountType"), QStringLiteral("regular")},
                        {QStringLiteral("accessKey"), QStringLiteral("AKIAOLDOLDOLDOLDOLD2")}}};
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(r.conflict);
        QCOMPARE(r.pointer, QStringLiteral("/platform/credentialsName"));
        QCOMPARE(server.patches, 0);
        r = submit(p, scalrSecrets(), true);
        QCOMPARE(r.statusName(), QStringLiteral("updated"));
        QCOMPARE(r.id, QStringLiteral("42"));
        QCOMPARE(server.created, 0); // replaced in place, never a second object
        QCOMPARE(server.patches, 1); // with the alterable properties only (the server refuses others)
        const QJsonObject stored = server.collections.value(ScalrTestServer::accountCollection()).value(0);
        QCOMPARE(stored.value(QStringLiteral("accessKey")).toString(), QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
        QCOMPARE(server.linked.value(QStringLiteral("7")), QStringLiteral("42"));
        QCOMPARE(submit(p, scalrSecrets()).statusName(), QStringLiteral("unchanged"));
    }

    void scalrReadsEachCandidateAcrossPages()
    {
        // Lists carry summaries only; the identical object is on the second page.
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        acceptTheAwsKey(server);
        server.pageSize = 1;
        auto object = [](const char *id, const char *key) {
            return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                               {QStringLiteral("name"), QStringLiteral("prod-aws")},
                               {QStringLiteral("cloudCredentialsType"), QStringLiteral("AwsCloudCredentials")},
                               {QStringLiteral("status"), QStringLiteral("enabled")},
                               {QStringLiteral("accountType"), QStringLiteral("regular")},
                               {QStringLiteral("accessKey"), QLatin1String(key)}};
        };
        server.collections[ScalrTestServer::accountCollection()] = {object("41", "AKIAOLDOLDOLDOLDOLD2"),
                                                                    object("42", "AKIAIOSFODNN7EXAMPLE")};
        server.linked = {{QStringLiteral("5"), QStringLiteral("42")}, {QStringLiteral("7"), QStringLiteral("42")}};
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        const SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("unchanged"));
        QCOMPARE(r.id, QStringLiteral("42"));
        QCOMPARE(server.patches + server.created + server.linkPosts, 0);
    }

    void scalrRefusesKeysItCannotVerify()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        const SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(r.message.contains(QLatin1String("Failed to verify your AWS Cloud Credentials")));
        QVERIFY(r.fix.contains(QLatin1String("Verify page")));
    }

    void scalrLostCreateAnswerIsConfirmedNotRepeated()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        acceptTheAwsKey(server);
        TestResponse cut;
        cut.action = TestResponse::Action::Truncate;
        cut.status = 201;
        server.faults << PlatformFault{"POST /api/v1beta0/account/1/cloud-credentials/", cut, 5, true};
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        p.platform.environmentIds.clear();
        const SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("created"));
        QCOMPARE(server.created, 1);
    }

    void scalrThrottlingIsWaitedOut()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        acceptTheAwsKey(server);
        TestResponse throttled;
        throttled.status = 429;
        throttled.reason = "Too Many Requests";
        throttled.headers = {{"Retry-After", "1"}, {"Content-Type", "application/json"}};
        throttled.body = R"({"errors":[{"code":"LimitExceeded","message":"Too many requests"}]})";
        server.faults << PlatformFault{"GET /api/v1beta0/account/1/cloud-credentials/", throttled, 1, false};
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        p.platform.environmentIds.clear();
        QCOMPARE(submit(p, scalrSecrets()).statusName(), QStringLiteral("created"));
    }

    void aSlowPlatformTimesOutAsAnEnvironmentFailure()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        TestResponse hang;
        hang.action = TestResponse::Action::Hang;
        server.faults << PlatformFault{"GET", hang, 1, false};
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        const SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QVERIFY(r.environmental);
        QVERIFY(r.message.contains(QLatin1String("did not answer within")));
        QCOMPARE(server.created, 0);
    }

    void scalrRedirectCarriesNoSignatureElsewhere()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        ScalrTestServer elsewhere(TestHttpServer::Tls::Trusted);
        QVERIFY(server.start() && elsewhere.start());
        server.faults << PlatformFault{"GET", redirectTo(elsewhere.baseUrl() + QStringLiteral("/api/v1beta0/account/1/cloud-credentials/")),
                                       1, false};
        Profile p = loadProfile("scalr-aws.json");
        p.platform.endpoint = server.baseUrl();
        const SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("rejected"));
        QTest::qWait(200);
        QVERIFY(elsewhere.received.isEmpty());
    }

    void scalrEnvironmentScopeCreatesInEach()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        acceptTheAwsKey(server);
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        p.platform.scope = ScalrScope::Environment;
        const SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("created"));
        QCOMPARE(r.id, QStringLiteral("100,101"));
        QVERIFY(server.collections.contains(QStringLiteral("/api/v1beta0/user/5/cloud-credentials/")));
        QVERIFY(server.collections.contains(QStringLiteral("/api/v1beta0/user/7/cloud-credentials/")));
        // Creating at environment scope does not link: each environment is linked to its own.
        QCOMPARE(server.linked,
                 (QMap<QString, QString>{{QStringLiteral("5"), QStringLiteral("100")}, {QStringLiteral("7"), QStringLiteral("101")}}));
        QCOMPARE(submit(p, scalrSecrets()).statusName(), QStringLiteral("unchanged"));
    }

    void scalrAzureIsHandedOver()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        QVERIFY(server.start());
        Profile p = loadProfile("scalr-azure.json");
        p.platform.endpoint = server.baseUrl();
        const SubmissionResult r = submit(p, scalrSecrets());
        QCOMPARE(r.statusName(), QStringLiteral("handed-over"));
        QVERIFY(r.message.contains(QLatin1String("contoso.onmicrosoft.com")));
        QVERIFY(r.message.contains(QLatin1String("501")));
        QVERIFY(server.received.isEmpty());
    }

    void platformAuthMapsScalrsMessages()
    {
        ScalrTestServer server(TestHttpServer::Tls::Trusted);
        QVERIFY(server.start());
        Profile p = profileFor("scalr-aws.json", server);
        QCOMPARE(platformAuth(p, scalrSecrets()).status, CheckStatus::Pass);
        SecretValues wrong = scalrSecrets();
        wrong.scalrSecretKey = QStringLiteral("not-the-key");
        CheckResult r = platformAuth(p, wrong);
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY2(r.message.contains(QLatin1String("signature does not match")), qPrintable(r.message));
        server.clockOffsetSeconds = 600;
        r = platformAuth(p, scalrSecrets());
        QVERIFY(r.message.contains(QLatin1String("expired")));
        server.clockOffsetSeconds = 0;
        p.platform.apiKeyId = QStringLiteral("APIKEYIDUNKNOWN00000");
        r = platformAuth(p, scalrSecrets());
        QVERIFY(r.message.contains(QLatin1String("does not know the API key id")));
    }

    void platformAuthForSpot()
    {
        SpotTestServer server(TestHttpServer::Tls::Trusted);
        QVERIFY(server.start());
        Profile p = loadProfile("spot-azure.json");
        p.platform.endpoint = server.baseUrl();
        QCOMPARE(platformAuth(p, spotSecrets()).status, CheckStatus::Pass);
        SecretValues wrong = spotSecrets();
        wrong.spotToken = QStringLiteral("nope");
        const CheckResult r = platformAuth(p, wrong);
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.message.contains(QLatin1String("did not accept the API token")));
    }

    void aDoubleStartSubmitsOnce()
    {
        SpotTestServer server(TestHttpServer::Tls::Trusted);
        QVERIFY(server.start());
        Profile p = loadProfile("spot-aws.json");
        p.platform.endpoint = server.baseUrl();
        p.platform.accountId = QLatin1String(SpotTestServer::kAccount);
        Submitter s;
        QSignalSpy done(&s, &Submitter::finished);
        s.start(p, spotSecrets(), settings(), {});
        s.start(p, spotSecrets(), settings(), {});
        QVERIFY(done.wait(10000));
        QTest::qWait(300);
        QCOMPARE(done.size(), 1);
        QCOMPARE(server.credentialWrites, 1);
    }
};

QTEST_GUILESS_MAIN(TestSubmit)
#include "test_submit.moc"
