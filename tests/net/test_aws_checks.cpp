// The AWS live checks end to end against AwsTestServer (HTTPS with this run's CA, and plain HTTP
// on loopback), which verifies every SigV4 signature independently and answers like AWS.
#include "AwsChecks.h"
#include "AwsEndpoints.h"
#include "AwsTestServer.h"
#include "CheckRunHelpers.h"
#include "CheckRunner.h"
#include "ProfileValidator.h"
#include "TestTls.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace cc;

namespace {

using Run = cc::test::CheckRun;
using cc::test::fastGrants;
using cc::test::loadProfile;
using cc::test::runChecksWith;

NetSettings settings()
{
    return cc::test::fastSettings();
}

void pointAt(Profile &p, const AwsTestServer &server)
{
    cc::test::pointAwsAt(p, server.baseUrl());
}

Run runChecks(const Profile &p, const QString &secret, const NetSettings &s = settings(), const QStringList &only = {})
{
    SecretValues secrets;
    secrets.awsSecretAccessKey = secret;
    return runChecksWith(p, secrets, only, s, fastGrants());
}

} // namespace

class TestAwsChecks : public QObject {
    Q_OBJECT

    cc::test::AwsFixture fixture;
    AwsTestServer *&server = fixture.server;
    Profile &scalr = fixture.scalr;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CheckResult>();
        QVERIFY2(TestTls::shared().ok(), qPrintable(TestTls::shared().error));
    }

    void init()
    {
        const QString error = fixture.init(this);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup()
    {
        const QString failures = fixture.cleanup();
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
    }

    void everyScalrCheckPassesWithGoodCredentials()
    {
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret));
        QCOMPARE(run.results.size(), 10);
        EXPECT(run, "aws.identity", CheckStatus::Pass);
        EXPECT(run, "aws.permissions", CheckStatus::Pass);
        EXPECT(run, "aws.network", CheckStatus::Pass);
        EXPECT(run, "aws.billing", CheckStatus::Pass);
        EXPECT(run, "aws.clock", CheckStatus::Pass);
        EXPECT(run, "azure.token", CheckStatus::Skipped);
        EXPECT(run, "platform.auth", CheckStatus::Fail); // no Scalr key given to this run
        QVERIFY(run.get(QStringLiteral("platform.auth")).message.contains(QLatin1String("No Scalr API secret key")));
        const CheckResult id = run.get(QStringLiteral("aws.identity"));
        QCOMPARE(id.details.value(QStringLiteral("account")).toString(), QStringLiteral("123456789012"));
        QCOMPARE(id.details.value(QStringLiteral("arn")).toString(), QStringLiteral("arn:aws:iam::123456789012:user/scalr"));
        QVERIFY(run.get(QStringLiteral("azure.token")).message.contains(QLatin1String("Does not apply")));
        QVERIFY(server->verified.contains(QStringLiteral("sts GetCallerIdentity")));
        QVERIFY(server->verified.contains(QStringLiteral("iam SimulatePrincipalPolicy")));
        QVERIFY(server->verified.contains(QStringLiteral("ec2 DescribeVpcs")));
        QVERIFY(server->verified.contains(QStringLiteral("s3 ListObjectsV2")));
        // The simulation asked about exactly the seed policy's actions, for the key's own user.
        bool sawSimulation = false;
        for (const TestRequest &r : server->received) {
            if (r.formValue("Action") == "SimulatePrincipalPolicy") {
                sawSimulation = true;
                QCOMPARE(r.formValue("PolicySourceArn"), QByteArray("arn:aws:iam::123456789012:user/scalr"));
                QCOMPARE(r.formValue("ActionNames.member.1"), QByteArray("iam:GetUser"));
            }
        }
        QVERIFY(sawSimulation);
    }

    void plainHttpOnLoopbackWorksToo()
    {
        AwsTestServer plain(TestHttpServer::Tls::None);
        QVERIFY(plain.start());
        Profile p = scalr;
        pointAt(p, plain);
        const Run run = runChecks(p, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.identity")});
        QCOMPARE(run.results.size(), 1);
        EXPECT(run, "aws.identity", CheckStatus::Pass);
        QVERIFY(plain.signatureFailures.isEmpty());
    }

    void aWrongSecretIsSaidToBeTheSecret()
    {
        const Run run = runChecks(scalr, QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECREX"));
        EXPECT(run, "aws.identity", CheckStatus::Fail);
        const CheckResult r = run.get(QStringLiteral("aws.identity"));
        QVERIFY(r.message.contains(QLatin1String("secret access key does not belong")));
        QVERIFY(r.message.contains(QLatin1String("AWS request id")));
        QVERIFY(r.fix.contains(QLatin1String("without spaces or line breaks")));
        QVERIFY(!r.environmental);
        // The checks that need an accepted key say so once, instead of repeating the cause.
        for (const char *id : {"aws.permissions", "aws.network", "aws.billing"}) {
            const CheckResult dependent = run.get(QLatin1String(id));
            QCOMPARE(dependent.status, CheckStatus::Skipped);
            QCOMPARE(dependent.message, QStringLiteral("Not run, because AWS did not accept the key (see aws.identity)."));
        }
        QCOMPARE(validateExitStatus(run.results), 1);
        server->signatureFailures.clear(); // expected here: the secret is wrong
    }

    void anUnknownKeyPointsAtThePartition()
    {
        scalr.aws.accessKeyId = QStringLiteral("AKIAZZZZZZZZZZZZZZZZ");
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.identity")});
        const CheckResult r = run.get(QStringLiteral("aws.identity"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.message.contains(QLatin1String("does not know the access key id AKIAZZZZZZZZZZZZZZZZ in the AWS commercial partition")));
        QVERIFY(r.fix.contains(QLatin1String("GovCloud or China")));
    }

    void aSkewedClockIsReportedAndExpiresRequests()
    {
        server->dateOffsetSeconds = 20 * 60;
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret));
        EXPECT(run, "aws.identity", CheckStatus::Fail);
        QVERIFY(run.get(QStringLiteral("aws.identity")).message.contains(QLatin1String("more than 15 minutes")));
        EXPECT(run, "aws.clock", CheckStatus::Warn);
        const CheckResult clock = run.get(QStringLiteral("aws.clock"));
        QVERIFY2(clock.message.contains(QLatin1String("20 min behind")), qPrintable(clock.message));
        QVERIFY(clock.fix.contains(QLatin1String("NTP")));
    }

    void aSmallSkewOnlyWarns()
    {
        server->dateOffsetSeconds = -7 * 60;
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret));
        EXPECT(run, "aws.identity", CheckStatus::Pass);
        EXPECT(run, "aws.clock", CheckStatus::Warn);
        QVERIFY(run.get(QStringLiteral("aws.clock")).message.contains(QLatin1String("7 min ahead of")));
    }

    void deniedActionsAreNamed()
    {
        server->users["AKIAIOSFODNN7EXAMPLE"].deniedActions = {"ec2:RunInstances", "iam:PassRole"};
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.permissions")});
        const CheckResult r = run.get(QStringLiteral("aws.permissions"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.message.contains(QLatin1String("iam:PassRole (implicitDeny)")));
        QVERIFY(r.message.contains(QLatin1String("ec2:RunInstances (implicitDeny)")));
        QVERIFY(r.fix.contains(QLatin1String("scalr-minimum-policy.json")));
        QCOMPARE(r.details.value(QStringLiteral("denied")).toArray().size(), 2);
    }

    void simulationResultsAcrossPagesAreJoined()
    {
        server->simulatePageSize = 3;
        server->users["AKIAIOSFODNN7EXAMPLE"].deniedActions = {"ec2:DescribeVpcs"}; // the last one
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.permissions")});
        const CheckResult r = run.get(QStringLiteral("aws.permissions"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QCOMPARE(r.details.value(QStringLiteral("allowed")).toArray().size(), 7);
        QCOMPARE(server->verified.count(QStringLiteral("iam SimulatePrincipalPolicy")), 3);
    }

    void simulationIsUsedWhereAllowed()
    {
        // Exact, so preferred: no probe is sent when the key may simulate.
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.permissions")});
        EXPECT(run, "aws.permissions", CheckStatus::Pass);
        QVERIFY(server->verified.contains(QStringLiteral("iam SimulatePrincipalPolicy")));
        QVERIFY(!server->verified.contains(QStringLiteral("iam GetUser")));
        for (const TestRequest &r : server->received)
            QVERIFY2(r.formValue("DryRun").isEmpty(), r.body.constData());
        QVERIFY(!run.get(QStringLiteral("aws.permissions")).details.contains(QStringLiteral("method")));
    }

    void theSeedPolicyPassesWithoutSimulation()
    {
        server->users["AKIAIOSFODNN7EXAMPLE"].policy = AwsTestServer::Policy::ScalrMinimum;
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(),
                                  {QStringLiteral("aws.identity"), QStringLiteral("aws.permissions"), QStringLiteral("aws.network")});
        EXPECT(run, "aws.identity", CheckStatus::Pass);
        EXPECT(run, "aws.permissions", CheckStatus::Pass);
        EXPECT(run, "aws.network", CheckStatus::Pass);
        const CheckResult r = run.get(QStringLiteral("aws.permissions"));
        QVERIFY2(r.message.contains(QLatin1String("iam:PassRole cannot be proven without side effects")), qPrintable(r.message));
        QCOMPARE(r.details.value(QStringLiteral("method")).toString(), QStringLiteral("probes"));
        QCOMPARE(r.details.value(QStringLiteral("unproven")).toArray(), QJsonArray{QStringLiteral("iam:PassRole")});
        const QJsonArray allowed = r.details.value(QStringLiteral("allowed")).toArray();
        for (const char *a : {"iam:GetUser", "iam:ListInstanceProfiles", "iam:ListServerCertificates", "ec2:DescribeInstances",
                              "ec2:DescribeVpcs", "ec2:RunInstances", "ec2:TerminateInstances", "ec2:CreateSecurityGroup"})
            QVERIFY2(allowed.contains(QLatin1String(a)), a);
        // Simulation was tried first and refused; then the probes, each signed for its service.
        for (const char *v : {"iam SimulatePrincipalPolicy", "iam GetUser", "iam ListInstanceProfiles", "iam ListServerCertificates",
                              "ec2 RunInstances", "ec2 TerminateInstances", "ec2 CreateSecurityGroup", "ec2 DescribeInstances"})
            QVERIFY2(server->verified.contains(QLatin1String(v)), v);
        int ec2Probes = 0;
        for (const TestRequest &r : server->received) {
            const QByteArray action = r.formValue("Action");
            if (action == "RunInstances" || action == "TerminateInstances" || action == "CreateSecurityGroup"
                || action == "DescribeInstances") {
                ++ec2Probes;
                QCOMPARE(r.formValue("DryRun"), QByteArray("true")); // nothing is ever changed
            }
            if (action == "ListInstanceProfiles" || action == "ListServerCertificates")
                QCOMPARE(r.formValue("MaxItems"), QByteArray("1"));
            if (action == "CreateSecurityGroup")
                QCOMPARE(r.formValue("VpcId"), QByteArray(AwsTestServer::kVpc));
        }
        QCOMPARE(ec2Probes, 4);
    }

    void theSeedPolicyWithoutAnEc2ActionFailsNamingIt()
    {
        server->users["AKIAIOSFODNN7EXAMPLE"].policy = AwsTestServer::Policy::ScalrMinimum;
        server->users["AKIAIOSFODNN7EXAMPLE"].deniedActions = {"ec2:TerminateInstances"};
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.permissions")});
        const CheckResult r = run.get(QStringLiteral("aws.permissions"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QCOMPARE(r.message,
                 QStringLiteral("arn:aws:iam::123456789012:user/scalr may not perform: ec2:TerminateInstances (UnauthorizedOperation)."));
        QVERIFY(r.fix.contains(QLatin1String("scalr-minimum-policy.json")));
    }

    void theSeedPolicyWithoutListInstanceProfilesFailsNamingIt()
    {
        server->users["AKIAIOSFODNN7EXAMPLE"].policy = AwsTestServer::Policy::ScalrMinimum;
        server->users["AKIAIOSFODNN7EXAMPLE"].deniedActions = {"iam:ListInstanceProfiles"};
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.permissions")});
        const CheckResult r = run.get(QStringLiteral("aws.permissions"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QCOMPARE(r.message,
                 QStringLiteral("arn:aws:iam::123456789012:user/scalr may not perform: iam:ListInstanceProfiles (AccessDenied)."));
        QCOMPARE(r.details.value(QStringLiteral("denied")).toArray().size(), 1);
    }

    void anUndecidedDryRunIsAWarningNotAPass()
    {
        // EC2 may refuse a request for a reason found before the permission (here the placeholder
        // image): then nothing is proven, and the check says so.
        server->users["AKIAIOSFODNN7EXAMPLE"].policy = AwsTestServer::Policy::ScalrMinimum;
        server->faults << AwsTestServer::Fault{
            "RunInstances",
            TestResponse::xml(400, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error>"
                                   "<Code>InvalidAMIID.NotFound</Code><Message>The image id '[ami-0abcdef1234567890]' "
                                   "does not exist</Message></Error></Errors><RequestID>5e8f0e2a</RequestID></Response>"),
            1};
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.permissions")});
        const CheckResult r = run.get(QStringLiteral("aws.permissions"));
        QCOMPARE(r.status, CheckStatus::Warn);
        QVERIFY2(r.message.contains(QLatin1String("ec2:RunInstances (InvalidAMIID.NotFound)")), qPrintable(r.message));
        QVERIFY(!r.details.value(QStringLiteral("allowed")).toArray().contains(QStringLiteral("ec2:RunInstances")));
    }

    void spotMayNotSimulateIsStillAWarning()
    {
        // The Spot role is not the key's own identity: no probe with the key proves the role's rights.
        Profile spot = loadProfile("spot-aws.json");
        pointAt(spot, *server);
        spot.aws.accessKeyId = QLatin1String(AwsTestServer::kAccessKey);
        server->users["AKIAIOSFODNN7EXAMPLE"].deniedActions = {"iam:SimulatePrincipalPolicy"};
        const Run run = runChecks(spot, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.permissions")});
        EXPECT(run, "aws.permissions", CheckStatus::Warn);
        QVERIFY(run.get(QStringLiteral("aws.permissions")).message.contains(QLatin1String("iam:SimulatePrincipalPolicy")));
        for (const TestRequest &r : server->received)
            QVERIFY(r.formValue("DryRun").isEmpty() && r.formValue("Action") != "GetUser");
    }

    void aMissingVpcFails()
    {
        scalr.aws.vpcId = QStringLiteral("vpc-0fffffffffffffff0");
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.network")});
        const CheckResult r = run.get(QStringLiteral("aws.network"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QCOMPARE(r.message, QStringLiteral("There is no VPC vpc-0fffffffffffffff0 in us-east-1."));
    }

    void aVpcInAnotherRegionFails()
    {
        server->vpcs["vpc-0a1b2c3d4e5f60718"].region = "eu-west-1";
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.network")});
        EXPECT(run, "aws.network", CheckStatus::Fail);
    }

    void describeVpcsDeniedNamesTheCall()
    {
        server->users["AKIAIOSFODNN7EXAMPLE"].deniedActions = {"ec2:DescribeVpcs"};
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.network")});
        const CheckResult r = run.get(QStringLiteral("aws.network"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.message.contains(QLatin1String("may not call EC2 DescribeVpcs")));
    }

    void billingBucketProblemsAreTold_data()
    {
        QTest::addColumn<QByteArray>("bucketRegion");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QByteArray("us-east-1") << false << true
                                 << QStringLiteral("There is no bucket named my-billing-reports.");
        QTest::newRow("other region") << QByteArray("eu-central-1") << true << true
                                      << QStringLiteral("The bucket my-billing-reports is in eu-central-1, not in us-east-1.");
        QTest::newRow("forbidden") << QByteArray("us-east-1") << true << false
                                   << QStringLiteral("The bucket my-billing-reports exists, but this key may not list it (AccessDenied).");
    }

    void billingBucketProblemsAreTold()
    {
        QFETCH(QByteArray, bucketRegion);
        QFETCH(bool, exists);
        QFETCH(bool, readable);
        QFETCH(QString, expected);
        server->buckets.clear();
        if (exists)
            server->buckets.insert("my-billing-reports", AwsTestServer::Bucket{bucketRegion, readable});
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.billing")});
        const CheckResult r = run.get(QStringLiteral("aws.billing"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QCOMPARE(r.message, expected);
        QVERIFY(!r.fix.isEmpty());
    }

    void s3ErrorsAreReadFromTheBody()
    {
        // Alone (no identity check first), the billing check meets the wrong secret itself.
        const Run run =
            runChecks(scalr, QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECREX"), settings(), {QStringLiteral("aws.billing")});
        const CheckResult r = run.get(QStringLiteral("aws.billing"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY2(r.message.contains(QLatin1String("secret access key does not belong")), qPrintable(r.message));
        server->signatureFailures.clear();
        scalr.aws.accessKeyId = QStringLiteral("AKIAZZZZZZZZZZZZZZZZ");
        const Run unknown = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.billing")});
        QVERIFY(unknown.get(QStringLiteral("aws.billing")).message.contains(QLatin1String("does not know the access key id")));
    }

    void a500IsRetriedAndTheCheckPasses()
    {
        server->faults << AwsTestServer::Fault{
            "GetCallerIdentity",
            TestResponse::xml(500, "<ErrorResponse><Error><Code>InternalFailure</Code><Message>oops</Message></Error></ErrorResponse>"), 1};
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.identity")});
        EXPECT(run, "aws.identity", CheckStatus::Pass);
        QCOMPARE(run.progress.size(), 1);
        QVERIFY(run.progress.at(0).startsWith(QLatin1String("aws.identity HTTP 500; trying again")));
        QCOMPARE(server->verified.count(QStringLiteral("sts GetCallerIdentity")), 1);
    }

    void a429HonoursRetryAfter()
    {
        TestResponse throttled =
            TestResponse::xml(429, "<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>");
        throttled.reason = "Too Many Requests";
        throttled.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        server->faults << AwsTestServer::Fault{"DescribeVpcs", throttled, 1};
        QElapsedTimer t;
        t.start();
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.network")});
        EXPECT(run, "aws.network", CheckStatus::Pass);
        QVERIFY(t.elapsed() >= 950);
    }

    void persistentThrottlingIsAnEnvironmentFailure()
    {
        TestResponse throttled =
            TestResponse::xml(429, "<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>");
        server->faults << AwsTestServer::Fault{"GetCallerIdentity", throttled, 10};
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.identity")});
        const CheckResult r = run.get(QStringLiteral("aws.identity"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.environmental);
        QVERIFY2(r.message.contains(QLatin1String("throttled")), qPrintable(r.message));
        QCOMPARE(validateExitStatus(run.results), 3);
    }

    void aSlowAnswerTimesOut()
    {
        TestResponse hang;
        hang.action = TestResponse::Action::Hang;
        server->faults << AwsTestServer::Fault{"GetCallerIdentity", hang, 1};
        NetSettings s = settings();
        s.timeoutMs = 500;
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), s, {QStringLiteral("aws.identity")});
        const CheckResult r = run.get(QStringLiteral("aws.identity"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.environmental);
        QVERIFY(r.message.contains(QLatin1String("did not answer within 0.5 s")));
        QVERIFY(r.fix.contains(QLatin1String("--timeout")));
    }

    void aResetConnectionIsRetried()
    {
        TestResponse reset;
        reset.action = TestResponse::Action::Reset;
        server->faults << AwsTestServer::Fault{"GetCallerIdentity", reset, 1};
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.identity")});
        EXPECT(run, "aws.identity", CheckStatus::Pass);
    }

    void aRedirectIsNotFollowed()
    {
        AwsTestServer other(TestHttpServer::Tls::Trusted);
        QVERIFY(other.start());
        TestResponse moved;
        moved.status = 307;
        moved.reason = "Temporary Redirect";
        moved.headers = {{"Location", other.baseUrl().toLatin1() + "/"}};
        server->faults << AwsTestServer::Fault{"GetCallerIdentity", moved, 1};
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.identity")});
        const CheckResult r = run.get(QStringLiteral("aws.identity"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.message.contains(QLatin1String("Redirects are not followed")));
        QVERIFY(other.received.isEmpty());
    }

    void anUntrustedServerIsRefused()
    {
        AwsTestServer impostor(TestHttpServer::Tls::Untrusted);
        QVERIFY(impostor.start());
        pointAt(scalr, impostor);
        const Run run = runChecks(scalr, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.identity")});
        const CheckResult r = run.get(QStringLiteral("aws.identity"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.environmental);
        QVERIFY(r.message.contains(QLatin1String("TLS connection")));
        QVERIFY(r.fix.contains(QLatin1String("--ca-bundle")));
        QVERIFY(impostor.received.isEmpty()); // nothing signed was ever sent to it
    }

    void aMissingSecretFailsWithoutNetwork()
    {
        const Run run = runChecks(scalr, QString());
        EXPECT(run, "aws.identity", CheckStatus::Fail);
        QVERIFY(run.get(QStringLiteral("aws.identity")).message.contains(QLatin1String("No secret access key")));
        EXPECT(run, "aws.clock", CheckStatus::Pass); // needs no key
        QVERIFY(server->verified.isEmpty());
    }

    void spotWithoutAKeySkipsWhatNeedsOne()
    {
        Profile spot = loadProfile("spot-aws.json");
        QVERIFY(!spot.name.isEmpty());
        pointAt(spot, *server);
        const Run run = runChecks(spot, QString());
        EXPECT(run, "aws.identity", CheckStatus::Skipped);
        EXPECT(run, "aws.permissions", CheckStatus::Skipped);
        EXPECT(run, "aws.network", CheckStatus::Skipped);
        EXPECT(run, "aws.billing", CheckStatus::Skipped);
        EXPECT(run, "aws.clock", CheckStatus::Pass);
        QVERIFY(run.get(QStringLiteral("aws.identity")).message.contains(QLatin1String("optional")));
    }

    void spotWithAKeyChecksTheRole()
    {
        Profile spot = loadProfile("spot-aws.json");
        pointAt(spot, *server);
        spot.aws.accessKeyId = QLatin1String(AwsTestServer::kAccessKey);
        server->users["AKIAIOSFODNN7EXAMPLE"].arn = "arn:aws-us-gov:iam::123456789012:user/admin";
        server->roles.insert("arn:aws-us-gov:iam::123456789012:role/SpotRole", "123456789012");
        server->vpcs.insert("vpc-0a1b2c3d", AwsTestServer::Vpc{"us-gov-west-1", "172.31.0.0/16", true});
        const Run run = runChecks(spot, QLatin1String(AwsTestServer::kSecret));
        EXPECT(run, "aws.identity", CheckStatus::Pass);
        EXPECT(run, "aws.permissions", CheckStatus::Pass);
        EXPECT(run, "aws.network", CheckStatus::Pass);
        QVERIFY(run.get(QStringLiteral("aws.network")).message.contains(QLatin1String("default VPC")));
        for (const TestRequest &r : server->received) {
            if (r.formValue("Action") == "SimulatePrincipalPolicy")
                QCOMPARE(r.formValue("PolicySourceArn"), QByteArray("arn:aws-us-gov:iam::123456789012:role/SpotRole"));
            if (r.method == "POST") // GovCloud signs for its own region
                QVERIFY(r.header("Authorization").contains("/us-gov-west-1/"));
        }
    }

    void spotKeyOfAnotherAccountWarns()
    {
        Profile spot = loadProfile("spot-aws.json");
        pointAt(spot, *server);
        spot.aws.accessKeyId = QLatin1String(AwsTestServer::kAccessKey);
        spot.aws.roleArn = QStringLiteral("arn:aws-us-gov:iam::999999999999:role/SpotRole");
        const Run run = runChecks(spot, QLatin1String(AwsTestServer::kSecret), settings(), {QStringLiteral("aws.identity")});
        EXPECT(run, "aws.identity", CheckStatus::Warn);
        QVERIFY(run.get(QStringLiteral("aws.identity")).message.contains(QLatin1String("999999999999")));
    }

    void aRunCanBeCancelled()
    {
        TestResponse hang;
        hang.action = TestResponse::Action::Hang;
        server->faults << AwsTestServer::Fault{"", hang, 100};
        CheckRunner runner;
        QSignalSpy done(&runner, &CheckRunner::finished);
        SecretValues secrets;
        secrets.awsSecretAccessKey = QLatin1String(AwsTestServer::kSecret);
        runner.start(scalr, secrets, settings());
        QTRY_VERIFY(server->received.size() >= 2); // identity and clock; the rest wait for identity
        QVERIFY(runner.isRunning());
        runner.cancel();
        QVERIFY(done.size() == 1 || done.wait(5000));
        QVERIFY(!runner.isRunning());
        const QList<CheckResult> results = runner.results();
        QCOMPARE(results.size(), 10);
        for (const CheckResult &r : results) {
            if (r.id.startsWith(QLatin1String("aws.")))
                QVERIFY2(r.message.contains(QLatin1String("Cancelled")), qPrintable(r.id + QLatin1Char(' ') + r.message));
        }
        server->faults.clear();
    }

    void aRerunReplacesThePreviousRun()
    {
        CheckRunner runner;
        QSignalSpy done(&runner, &CheckRunner::finished);
        SecretValues secrets;
        secrets.awsSecretAccessKey = QLatin1String(AwsTestServer::kSecret);
        runner.start(scalr, secrets, settings());
        runner.start(scalr, secrets, settings(), {QStringLiteral("aws.identity")});
        QVERIFY(done.wait(10000));
        QTest::qWait(300);
        QCOMPARE(runner.results().size(), 1);
        QCOMPARE(runner.results().at(0).status, CheckStatus::Pass);
    }

    void defaultEndpointsFollowPartitionAndRegion()
    {
        Profile p = Profile::defaults();
        p.aws.partition = AwsPartition::Aws;
        QCOMPARE(awsEndpoint(p, AwsService::Sts, {}).url, QUrl(QStringLiteral("https://sts.amazonaws.com")));
        QCOMPARE(awsEndpoint(p, AwsService::Sts, {}).signingRegion, QByteArray("us-east-1"));
        QCOMPARE(awsEndpoint(p, AwsService::Sts, QStringLiteral("eu-west-1")).url,
                 QUrl(QStringLiteral("https://sts.eu-west-1.amazonaws.com")));
        QCOMPARE(awsEndpoint(p, AwsService::Iam, QStringLiteral("eu-west-1")).url, QUrl(QStringLiteral("https://iam.amazonaws.com")));
        QCOMPARE(awsEndpoint(p, AwsService::Iam, QStringLiteral("eu-west-1")).signingRegion, QByteArray("us-east-1"));
        QCOMPARE(awsEndpoint(p, AwsService::Ec2, QStringLiteral("eu-west-1")).url,
                 QUrl(QStringLiteral("https://ec2.eu-west-1.amazonaws.com")));
        p.aws.partition = AwsPartition::AwsUsGov;
        QCOMPARE(awsEndpoint(p, AwsService::Sts, {}).url, QUrl(QStringLiteral("https://sts.us-gov-west-1.amazonaws.com")));
        QCOMPARE(awsEndpoint(p, AwsService::Iam, QStringLiteral("us-gov-east-1")).url,
                 QUrl(QStringLiteral("https://iam.us-gov.amazonaws.com")));
        QCOMPARE(awsEndpoint(p, AwsService::Iam, QStringLiteral("us-gov-east-1")).signingRegion, QByteArray("us-gov-west-1"));
        p.aws.partition = AwsPartition::AwsCn;
        QCOMPARE(awsEndpoint(p, AwsService::Sts, QStringLiteral("cn-northwest-1")).url,
                 QUrl(QStringLiteral("https://sts.cn-northwest-1.amazonaws.com.cn")));
        QCOMPARE(awsEndpoint(p, AwsService::Iam, {}).url, QUrl(QStringLiteral("https://iam.cn-north-1.amazonaws.com.cn")));
        QCOMPARE(awsEndpoint(p, AwsService::S3, QStringLiteral("cn-north-1")).url,
                 QUrl(QStringLiteral("https://s3.cn-north-1.amazonaws.com.cn")));
        p.endpoints.iam = QStringLiteral("https://iam.example.test");
        const AwsEndpoint o = awsEndpoint(p, AwsService::Iam, {});
        QVERIFY(o.overridden);
        QCOMPARE(o.url, QUrl(QStringLiteral("https://iam.example.test")));
        QCOMPARE(o.signingRegion, QByteArray("cn-north-1"));
    }

    void assumedRoleArnsBecomeRoleArns()
    {
        QCOMPARE(AwsChecks::policySourceArn(QStringLiteral("arn:aws:sts::123456789012:assumed-role/Admin/jane")),
                 QStringLiteral("arn:aws:iam::123456789012:role/Admin"));
        QCOMPARE(AwsChecks::policySourceArn(QStringLiteral("arn:aws:iam::123456789012:user/scalr")),
                 QStringLiteral("arn:aws:iam::123456789012:user/scalr"));
    }

    void exitStatusFollowsTheWorstFailure()
    {
        const CheckResult pass{QStringLiteral("a"), CheckStatus::Pass, {}, {}, {}, false};
        const CheckResult warn{QStringLiteral("b"), CheckStatus::Warn, {}, {}, {}, false};
        const CheckResult fail{QStringLiteral("c"), CheckStatus::Fail, {}, {}, {}, false};
        const CheckResult env{QStringLiteral("d"), CheckStatus::Fail, {}, {}, {}, true};
        QCOMPARE(validateExitStatus({pass, warn}), 0);
        QCOMPARE(validateExitStatus({pass, env}), 3);
        QCOMPARE(validateExitStatus({env, fail}), 1);
    }
};

QTEST_GUILESS_MAIN(TestAwsChecks)
#include "test_aws_checks.moc"
