// The Azure live checks end to end against AzureTestServer (HTTPS with this run's CA, and plain
// HTTP on loopback), for AzureCloud and AzureUSGovernment: every AADSTS error of the spec,
// subscription states, role lists with and without Contributor, pages, the VNet, propagation
// retries after a fresh grant, and the transport faults.
#include "AzureChecks.h"
#include "AzureClient.h"
#include "AzureEndpoints.h"
#include "AzureTestServer.h"
#include "CheckRunHelpers.h"
#include "CheckRunner.h"
#include "ProfileValidator.h"
#include "TestTls.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QTimer>

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

void pointAt(Profile &p, const AzureTestServer &server)
{
    p.endpoints.azureAuthority = server.baseUrl();
    p.endpoints.azureResourceManager = server.baseUrl();
}

const QString kSecret = QLatin1String(AzureTestServer::kSecret);

const QString kSub = QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000002");

Run runChecks(const Profile &p, const QString &secret, const QStringList &only = {}, const NetSettings &s = settings(),
              const CheckOptions &o = fastGrants())
{
    SecretValues secrets;
    secrets.azureClientSecret = secret;
    return runChecksWith(p, secrets, only, s, o);
}

} // namespace

class TestAzureChecks : public QObject {
    Q_OBJECT

    AzureTestServer *server = nullptr;
    Profile spot;  // AzureCloud
    Profile scalr; // AzureUSGovernment

private Q_SLOTS:
    void grantWaitsAreBounded()
    {
        // A profile file is untrusted: a tick in the future must not keep validate waiting for it.
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        Profile p;
        p.checklist.insert(QStringLiteral("azure.grantPermissions"), ChecklistEntry{true, now.addYears(5)});
        CheckOptions o;
        QCOMPARE(AzureChecks::grantDeadline(p, o, now), now.addMSecs(o.grantWaitMs)); // clamped to now
        o.grantWaitMs = 0;
        QVERIFY(!AzureChecks::grantDeadline(p, o, now).isValid()); // --grant-wait 0: no waiting at all
        o.grantWaitMs = 24LL * 3600 * 1000;
        QCOMPARE(AzureChecks::grantDeadline(p, o, now), now.addMSecs(kMaxGrantWaitMs)); // an absolute cap
        p.checklist[QStringLiteral("azure.grantPermissions")].at = now.addSecs(-20 * 60);
        o = CheckOptions();
        QVERIFY(!AzureChecks::grantDeadline(p, o, now).isValid()); // 20 minutes ago: the window is over
        p.checklist[QStringLiteral("azure.grantPermissions")].at = now.addSecs(-5 * 60);
        QCOMPARE(AzureChecks::grantDeadline(p, o, now), now.addSecs(10 * 60));
    }

    void initTestCase()
    {
        qRegisterMetaType<CheckResult>();
        QVERIFY2(TestTls::shared().ok(), qPrintable(TestTls::shared().error));
    }

    void init()
    {
        server = new AzureTestServer(TestHttpServer::Tls::Trusted, this);
        server->vnets.insert(QStringLiteral("network-rg/spot-vnet"), server->vnets.value(QStringLiteral("network-rg/scalr-vnet")));
        QVERIFY(server->start());
        spot = loadProfile("spot-azure.json");
        scalr = loadProfile("scalr-azure.json");
        QVERIFY(!spot.name.isEmpty() && !scalr.name.isEmpty());
        scalr.checklist.clear(); // no recent grant unless a test says so
        pointAt(spot, *server);
        pointAt(scalr, *server);
    }

    void cleanup()
    {
        delete server;
        server = nullptr;
    }

    void everyCheckPassesInAzureCloud()
    {
        const Run run = runChecks(spot, kSecret);
        EXPECT(run, "azure.token", CheckStatus::Pass);
        EXPECT(run, "azure.subscription", CheckStatus::Pass);
        EXPECT(run, "azure.role", CheckStatus::Pass);
        EXPECT(run, "azure.network", CheckStatus::Pass);
        EXPECT(run, "aws.identity", CheckStatus::Skipped);
        QCOMPARE(run.get(QStringLiteral("azure.token")).details.value(QStringLiteral("objectId")).toString(),
                 QLatin1String(AzureTestServer::kObjectId));
        QVERIFY(run.get(QStringLiteral("azure.subscription")).message.contains(QStringLiteral("“Contoso Production”")));
        QVERIFY(run.get(QStringLiteral("azure.role")).message.contains(QStringLiteral("Contributor at %1").arg(kSub)));
        QVERIFY(run.get(QStringLiteral("azure.network")).message.contains(QLatin1String("10.20.0.0/16")));
        QCOMPARE(server->log.count(QStringLiteral("token 00000000-0000-0000-0000-000000000001")), 1);
    }

    void usGovernmentAsksForItsOwnResourceManager()
    {
        server->expectedScope = QStringLiteral("https://management.usgovcloudapi.net/.default");
        const Run run = runChecks(scalr, kSecret);
        EXPECT(run, "azure.token", CheckStatus::Pass);
        EXPECT(run, "azure.role", CheckStatus::Pass);
        // The same profile asking with AzureCloud's scope is refused, as Entra ID would.
        server->expectedScope = QStringLiteral("https://management.azure.com/.default");
        const Run wrong = runChecks(scalr, kSecret, {QStringLiteral("azure.token")});
        EXPECT(wrong, "azure.token", CheckStatus::Fail);
        QVERIFY(wrong.get(QStringLiteral("azure.token")).message.contains(QLatin1String("invalid_scope")));
    }

    void plainHttpOnLoopbackWorksToo()
    {
        AzureTestServer plain(TestHttpServer::Tls::None);
        QVERIFY(plain.start());
        pointAt(spot, plain);
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token")});
        EXPECT(run, "azure.token", CheckStatus::Pass);
    }

    void aWrongSecretRemindsScalrOfPlusAndSlash()
    {
        server->expectedScope = QStringLiteral("https://management.usgovcloudapi.net/.default");
        const Run run = runChecks(scalr, QStringLiteral("not+the/secret"));
        const CheckResult r = run.get(QStringLiteral("azure.token"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.message.contains(QLatin1String("rejected the client secret")));
        QVERIFY(r.message.contains(QLatin1String("trace id")) && r.message.contains(QLatin1String("correlation id")));
        QVERIFY(r.fix.contains(QLatin1String("+ or /")));
        for (const char *id : {"azure.subscription", "azure.role", "azure.network"})
            QCOMPARE(run.get(QLatin1String(id)).message, QStringLiteral("Not run, because Entra ID issued no token (see azure.token)."));
        // Spot has no such rule.
        const Run spotRun = runChecks(spot, QStringLiteral("wrong"), {QStringLiteral("azure.token")});
        QVERIFY(!spotRun.get(QStringLiteral("azure.token")).fix.contains(QLatin1String("+ or /")));
    }

    void tokenErrorsAreMapped_data()
    {
        QTest::addColumn<int>("setup");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("fix");
        QTest::newRow("expired secret") << 1 << QStringLiteral("has expired") << QStringLiteral("Create a new client secret");
        QTest::newRow("app not in tenant") << 2 << QStringLiteral("was not found in tenant") << QStringLiteral("Application (client) ID");
        QTest::newRow("tenant not found") << 3 << QStringLiteral("was not found in Azure") << QStringLiteral("choose it on the Cloud page");
        QTest::newRow("no consent") << 4 << QStringLiteral("Consent for application") << QStringLiteral("up to 15 minutes");
        QTest::newRow("unknown code") << 5 << QStringLiteral("unsupported_grant_type") << QStringLiteral("error reference");
    }

    void tokenErrorsAreMapped()
    {
        QFETCH(int, setup);
        QFETCH(QString, cause);
        QFETCH(QString, fix);
        switch (setup) {
        case 1: server->apps[0].secretExpired = true; break;
        case 2: spot.azure.clientId = QStringLiteral("99999999-0000-0000-0000-000000000009"); break;
        case 3: server->tenants.clear(); break;
        case 4: server->apps[0].consented = false; break;
        case 5: {
            TestResponse r;
            r.status = 400;
            r.reason = "Bad Request";
            r.headers = {{"Content-Type", "application/json"}};
            r.body =
                R"({"error":"unsupported_grant_type","error_description":"AADSTS70003: The app requested an unsupported grant type.\r\nTrace ID: t-1\r\nCorrelation ID: c-1","error_codes":[70003],"trace_id":"t-1","correlation_id":"c-1"})";
            server->faults << AzureTestServer::Fault{"token", r, 1};
            break;
        }
        }
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token")});
        const CheckResult r = run.get(QStringLiteral("azure.token"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY2(r.message.contains(cause), qPrintable(r.message));
        QVERIFY2(r.fix.contains(fix), qPrintable(r.fix));
        if (setup == 5)
            QVERIFY(r.message.contains(QLatin1String("trace id t-1, correlation id c-1")));
    }

    void subscriptionStates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("status");
        QTest::newRow("Enabled") << QStringLiteral("Enabled") << int(CheckStatus::Pass);
        QTest::newRow("Warned") << QStringLiteral("Warned") << int(CheckStatus::Warn);
        QTest::newRow("PastDue") << QStringLiteral("PastDue") << int(CheckStatus::Fail);
        QTest::newRow("Disabled") << QStringLiteral("Disabled") << int(CheckStatus::Fail);
        QTest::newRow("Deleted") << QStringLiteral("Deleted") << int(CheckStatus::Fail);
    }

    void subscriptionStates()
    {
        QFETCH(QString, state);
        QFETCH(int, status);
        server->subscriptions[QLatin1String(AzureTestServer::kSubscription)][QStringLiteral("state")] = state;
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.subscription")});
        const CheckResult r = run.get(QStringLiteral("azure.subscription"));
        QCOMPARE(int(r.status), status);
        QVERIFY(r.message.contains(QLatin1String("Contoso Production")));
        QCOMPARE(r.details.value(QStringLiteral("state")).toString(), state);
        if (r.status != CheckStatus::Pass)
            QVERIFY(!r.fix.isEmpty());
    }

    void aSubscriptionOfAnotherTenantFails()
    {
        server->subscriptions[QLatin1String(AzureTestServer::kSubscription)][QStringLiteral("tenantId")] =
            QStringLiteral("aaaaaaaa-0000-0000-0000-000000000000");
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.subscription")});
        const CheckResult r = run.get(QStringLiteral("azure.subscription"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.message.contains(QLatin1String("belongs to tenant aaaaaaaa")));
    }

    void anUnknownSubscriptionFails()
    {
        spot.azure.subscriptionId = QStringLiteral("00000000-0000-0000-0000-0000000000ff");
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.subscription")});
        const CheckResult r = run.get(QStringLiteral("azure.subscription"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.message.contains(QLatin1String("was not found")));
    }

    void rolesWithoutContributorAreNamed()
    {
        server->assignments = {{QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kReader), kSub},
                               {QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kContributor),
                                kSub + QStringLiteral("/resourceGroups/network-rg")}};
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.role")});
        const CheckResult r = run.get(QStringLiteral("azure.role"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY2(r.message.contains(QStringLiteral("Reader at %1").arg(kSub)), qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("Contributor at ") + kSub + QLatin1String("/resourceGroups/network-rg")));
        QVERIFY(r.fix.contains(QLatin1String("Access control (IAM)")));
    }

    void noRoleAtAllFails()
    {
        server->assignments.clear();
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.role")});
        EXPECT(run, "azure.role", CheckStatus::Fail);
        QVERIFY(run.get(QStringLiteral("azure.role")).message.contains(QLatin1String("may not read")));
    }

    void ownerOnAManagementGroupCounts()
    {
        server->assignments = {{QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kOwner),
                                QStringLiteral("/providers/Microsoft.Management/managementGroups/contoso-root")}};
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.role")});
        EXPECT(run, "azure.role", CheckStatus::Pass);
        QVERIFY(run.get(QStringLiteral("azure.role")).message.contains(QLatin1String("Owner at /providers/Microsoft.Management")));
    }

    void aContributorRoleHeldThroughAGroupCounts()
    {
        const QString group = QStringLiteral("9a8b7c6d-0000-4000-8000-00000000c0de");
        server->assignments = {{group, QLatin1String(AzureTestServer::kContributor), kSub}};
        server->groupsOf.insert(QLatin1String(AzureTestServer::kObjectId), {group});
        const Run run =
            runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.subscription"), QStringLiteral("azure.role")});
        EXPECT(run, "azure.subscription", CheckStatus::Pass);
        EXPECT(run, "azure.role", CheckStatus::Pass);
        const CheckResult r = run.get(QStringLiteral("azure.role"));
        QCOMPARE(r.message, QStringLiteral("The app (object id %1) has Contributor at %2 through group %3.")
                                .arg(QLatin1String(AzureTestServer::kObjectId), kSub, group));
        QCOMPARE(r.details.value(QStringLiteral("group")).toString(), group);
        bool asked = false;
        for (const TestRequest &q : server->received) {
            if (q.path.endsWith("/roleAssignments")) {
                asked = true;
                QCOMPARE(QUrlQuery(QString::fromUtf8(q.query)).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
                         QStringLiteral("assignedTo('%1')").arg(QLatin1String(AzureTestServer::kObjectId)));
            }
        }
        QVERIFY(asked);
    }

    void aGroupOfAGroupCountsAndADirectRoleNamesNoGroup()
    {
        const QString inner = QStringLiteral("9a8b7c6d-0000-4000-8000-0000000000a1");
        const QString outer = QStringLiteral("9a8b7c6d-0000-4000-8000-0000000000a2");
        server->groupsOf.insert(QLatin1String(AzureTestServer::kObjectId), {inner});
        server->groupsOf.insert(inner, {outer});
        server->assignments = {{outer, QLatin1String(AzureTestServer::kOwner), kSub}};
        Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.role")});
        EXPECT(run, "azure.role", CheckStatus::Pass);
        QVERIFY(run.get(QStringLiteral("azure.role")).message.endsWith(QStringLiteral("Owner at %1 through group %2.").arg(kSub, outer)));

        server->assignments = {{QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kContributor), kSub}};
        run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.role")});
        EXPECT(run, "azure.role", CheckStatus::Pass);
        QVERIFY(!run.get(QStringLiteral("azure.role")).message.contains(QLatin1String("group")));
        QVERIFY(!run.get(QStringLiteral("azure.role")).details.contains(QStringLiteral("group")));
    }

    void aGroupTheAppIsNotInDoesNotCount()
    {
        const QString others = QStringLiteral("9a8b7c6d-0000-4000-8000-0000000000b1");
        server->groupsOf.insert(QStringLiteral("22222222-3333-4444-5555-666666666666"), {others});
        server->assignments = {{others, QLatin1String(AzureTestServer::kContributor), kSub},
                               {QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kReader), kSub}};
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.role")});
        EXPECT(run, "azure.role", CheckStatus::Fail);
        QVERIFY(!run.get(QStringLiteral("azure.role")).message.contains(others));
    }

    void anotherPrincipalsRoleNeverCounts()
    {
        // A list that ignored the filter: another app's Contributor is not this app's.
        TestResponse r;
        r.headers = {{"Content-Type", "application/json; charset=utf-8"}};
        r.body = QJsonDocument(
                     QJsonObject{{QStringLiteral("value"),
                                  QJsonArray{QJsonObject{
                                      {QStringLiteral("properties"),
                                       QJsonObject{{QStringLiteral("roleDefinitionId"),
                                                    QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/%1")
                                                        .arg(QLatin1String(AzureTestServer::kContributor))},
                                                   {QStringLiteral("principalId"), QStringLiteral("22222222-3333-4444-5555-666666666666")},
                                                   {QStringLiteral("principalType"), QStringLiteral("ServicePrincipal")},
                                                   {QStringLiteral("scope"), kSub}}}}}}})
                     .toJson(QJsonDocument::Compact);
        server->faults << AzureTestServer::Fault{"roleAssignments", r, 1};
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.role")});
        EXPECT(run, "azure.role", CheckStatus::Fail);
    }

    void roleListsArePaged()
    {
        server->assignments.clear();
        for (int i = 0; i < 5; ++i)
            server->assignments.append({QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kReader),
                                        kSub + QStringLiteral("/resourceGroups/rg%1").arg(i)});
        server->assignments.append({QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kContributor), kSub});
        server->rolePageSize = 2;
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.role")});
        EXPECT(run, "azure.role", CheckStatus::Pass);
        QCOMPARE(server->log.filter(QStringLiteral("roleAssignments")).size(), 3);
    }

    void aNextLinkToAnotherHostIsNotFollowed()
    {
        AzureTestServer other(TestHttpServer::Tls::Trusted);
        QVERIFY(other.start());
        server->assignments.prepend({QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kReader), kSub});
        server->assignments.append({QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kReader),
                                    kSub + QStringLiteral("/resourceGroups/x")});
        server->rolePageSize = 1;
        server->nextLinkBase = other.baseUrl();
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.role")});
        const CheckResult r = run.get(QStringLiteral("azure.role"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.message.contains(QLatin1String("was not followed")));
        QVERIFY(other.received.isEmpty()); // the token never went there
    }

    void aMissingVnetOrResourceGroupFails()
    {
        spot.azure.vnetName = QStringLiteral("nope");
        spot.azure.resourceGroup = QStringLiteral("network-rg");
        Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.network")});
        QCOMPARE(run.get(QStringLiteral("azure.network")).message,
                 QStringLiteral("There is no virtual network nope in resource group network-rg."));
        spot.azure.vnetName = QStringLiteral("scalr-vnet");
        spot.azure.resourceGroup = QStringLiteral("elsewhere");
        run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.network")});
        EXPECT(run, "azure.network", CheckStatus::Fail);
        QVERIFY(run.get(QStringLiteral("azure.network")).message.contains(QLatin1String("no resource group elsewhere")));
    }

    void aFreshRoleAssignmentIsWaitedFor()
    {
        spot.checklist.insert(QStringLiteral("azure.role.contributor"), ChecklistEntry{true, QDateTime::currentDateTimeUtc()});
        server->assignments = {{QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kReader), kSub}};
        server->beforeRoleListing = [this](int n) {
            if (n == 3) // the assignment "arrives" on the third look
                server->assignments.append({QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kContributor), kSub});
        };
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.role")});
        EXPECT(run, "azure.role", CheckStatus::Pass);
        const QStringList waits = run.progress.filter(QStringLiteral("can take up to 15 minutes"));
        QCOMPARE(waits.size(), 2);
        QVERIFY(waits.first().startsWith(QLatin1String("azure.role The app")));
        QVERIFY(waits.first().contains(QLatin1String("keeps trying until")));
    }

    void consentGrantedLateIsWaitedFor()
    {
        spot.checklist.insert(QStringLiteral("azure.grantPermissions"), ChecklistEntry{true, QDateTime::currentDateTimeUtc().addSecs(-60)});
        server->apps[0].consented = false;
        int tokenCalls = 0;
        server->faults.clear();
        QTimer::singleShot(250, this, [this] { server->apps[0].consented = true; });
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token")});
        EXPECT(run, "azure.token", CheckStatus::Pass);
        tokenCalls = server->log.filter(QStringLiteral("token ")).size();
        QVERIFY2(tokenCalls >= 2, qPrintable(QString::number(tokenCalls)));
    }

    void anOldGrantIsNotWaitedFor()
    {
        spot.checklist.insert(QStringLiteral("azure.role.contributor"),
                              ChecklistEntry{true, QDateTime::currentDateTimeUtc().addSecs(-20 * 60)});
        server->assignments = {{QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kReader), kSub}};
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.role")});
        EXPECT(run, "azure.role", CheckStatus::Fail);
        QVERIFY(run.progress.filter(QStringLiteral("can take up to 15 minutes")).isEmpty());
    }

    void waitingForAGrantCanBeCancelled()
    {
        spot.checklist.insert(QStringLiteral("azure.role.contributor"), ChecklistEntry{true, QDateTime::currentDateTimeUtc()});
        server->assignments = {{QLatin1String(AzureTestServer::kObjectId), QLatin1String(AzureTestServer::kReader), kSub}};
        CheckOptions slow;
        slow.grantRetryBaseMs = 60000;
        slow.grantRetryMaxMs = 60000;
        CheckRunner runner;
        QSignalSpy progress(&runner, &CheckRunner::checkProgress);
        QSignalSpy done(&runner, &CheckRunner::finished);
        SecretValues secrets;
        secrets.azureClientSecret = kSecret;
        runner.start(spot, secrets, settings(), {QStringLiteral("azure.token"), QStringLiteral("azure.role")}, slow);
        QTRY_VERIFY(std::any_of(progress.begin(), progress.end(),
                                [](const QList<QVariant> &a) { return a.at(1).toString().contains(QLatin1String("15 minutes")); }));
        runner.cancel();
        QVERIFY(done.size() == 1 || done.wait(2000));
        QCOMPARE(runner.results().last().message, QStringLiteral("Cancelled before it finished."));
    }

    void theRetiredGermanCloudIsRefused()
    {
        spot.azure.cloud = AzureCloud::Germany;
        spot.endpoints = Endpoints();
        const Run run = runChecks(spot, kSecret);
        EXPECT(run, "azure.token", CheckStatus::Fail);
        QVERIFY(run.get(QStringLiteral("azure.token")).message.contains(QLatin1String("closed on 2021-10-29")));
        QVERIFY(server->received.isEmpty());
    }

    void aMissingSecretFailsWithoutNetwork()
    {
        const Run run = runChecks(spot, QString());
        EXPECT(run, "azure.token", CheckStatus::Fail);
        QVERIFY(run.get(QStringLiteral("azure.token")).message.contains(QLatin1String("No client secret")));
        QVERIFY(server->received.isEmpty());
    }

    void faultsAreRetriedOrReported()
    {
        TestResponse error500;
        error500.status = 500;
        error500.reason = "Internal Server Error";
        server->faults << AzureTestServer::Fault{"token", error500, 1};
        TestResponse throttled;
        throttled.status = 429;
        throttled.reason = "Too Many Requests";
        throttled.headers = {{"Retry-After", "1"}, {"Content-Type", "application/json"}};
        throttled.body = R"({"error":{"code":"TooManyRequests","message":"Slow down"}})";
        server->faults << AzureTestServer::Fault{"subscription", throttled, 1};
        QElapsedTimer t;
        t.start();
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token"), QStringLiteral("azure.subscription")});
        EXPECT(run, "azure.token", CheckStatus::Pass);
        EXPECT(run, "azure.subscription", CheckStatus::Pass);
        QVERIFY(t.elapsed() >= 950);
        QVERIFY(run.progress.filter(QStringLiteral("HTTP 500; trying again")).size() == 1);
    }

    void aSlowTokenEndpointTimesOut()
    {
        TestResponse hang;
        hang.action = TestResponse::Action::Hang;
        server->faults << AzureTestServer::Fault{"token", hang, 1};
        NetSettings s = settings();
        s.timeoutMs = 500;
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token")}, s);
        const CheckResult r = run.get(QStringLiteral("azure.token"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.environmental);
        QCOMPARE(validateExitStatus(run.results), 3);
    }

    void aRedirectOfTheTokenRequestIsNotFollowed()
    {
        AzureTestServer other(TestHttpServer::Tls::Trusted);
        QVERIFY(other.start());
        TestResponse moved;
        moved.status = 302;
        moved.reason = "Found";
        moved.headers = {{"Location", other.baseUrl().toLatin1() + "/steal"}};
        server->faults << AzureTestServer::Fault{"token", moved, 1};
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token")});
        QVERIFY(run.get(QStringLiteral("azure.token")).message.contains(QLatin1String("Redirects are not followed")));
        QVERIFY(other.received.isEmpty()); // the client secret went nowhere else
    }

    void anUntrustedServerGetsNoSecret()
    {
        AzureTestServer impostor(TestHttpServer::Tls::Untrusted);
        QVERIFY(impostor.start());
        pointAt(spot, impostor);
        const Run run = runChecks(spot, kSecret, {QStringLiteral("azure.token")});
        const CheckResult r = run.get(QStringLiteral("azure.token"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY(r.environmental);
        QVERIFY(impostor.received.isEmpty());
    }

    void tokensAreReadForTheirClaims()
    {
        const QByteArray payload =
            QByteArray(R"({"oid":"abc","tid":"def","aud":"x"})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const AccessToken t = decodeAccessToken("eyJhbGciOiJub25lIn0." + payload + ".c2ln");
        QCOMPARE(t.objectId, QStringLiteral("abc"));
        QCOMPARE(t.tenantId, QStringLiteral("def"));
        QVERIFY(decodeAccessToken("garbage").objectId.isEmpty());
        QVERIFY(decodeAccessToken("a.!!!.b").objectId.isEmpty());
    }

    void contributorScopes()
    {
        const QString sub = QStringLiteral("00000000-0000-0000-0000-000000000002");
        const QString def =
            QStringLiteral("/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c");
        QVERIFY(AzureChecks::grantsContributor(def, kSub, sub));
        QVERIFY(AzureChecks::grantsContributor(def, QStringLiteral("/"), sub));
        QVERIFY(!AzureChecks::grantsContributor(def, kSub + QStringLiteral("/resourceGroups/rg"), sub));
        QVERIFY(!AzureChecks::grantsContributor(def, QStringLiteral("/subscriptions/other"), sub));
        QVERIFY(!AzureChecks::grantsContributor(QStringLiteral("/x/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7"), kSub, sub));
    }

    void endpointsFollowTheCloud()
    {
        Profile p = Profile::defaults();
        p.azure.cloud = AzureCloud::UsGovernment;
        AzureEndpoints e = azureEndpoints(p);
        QCOMPARE(e.authority, QUrl(QStringLiteral("https://login.microsoftonline.us")));
        QCOMPARE(e.resourceManager, QUrl(QStringLiteral("https://management.usgovcloudapi.net")));
        QCOMPARE(e.scope, QStringLiteral("https://management.usgovcloudapi.net/.default"));
        p.azure.cloud = AzureCloud::China;
        e = azureEndpoints(p);
        QCOMPARE(e.authority, QUrl(QStringLiteral("https://login.chinacloudapi.cn")));
        p.endpoints.azureResourceManager = QStringLiteral("https://arm.proxy.example");
        e = azureEndpoints(p);
        QCOMPARE(e.resourceManager, QUrl(QStringLiteral("https://arm.proxy.example")));
        QCOMPARE(e.scope, QStringLiteral("https://management.chinacloudapi.cn/.default")); // the audience stays
    }
};

QTEST_GUILESS_MAIN(TestAzureChecks)
#include "test_azure_checks.moc"
