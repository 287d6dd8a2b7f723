// platform.auth for Spot: only an answer that proves the token works for the profile's account
// passes. A small stand-in for Spot's "List Accounts" (GET /setup/account, Spot's envelope) runs
// on loopback here; the last test runs against the shared SpotTestServer once it has the route.
#include "CheckRunHelpers.h"
#include "HttpClient.h"
#include "HttpJob.h"
#include "PlatformTestServers.h"
#include "TestHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace cc;

namespace {

constexpr const char *kToken = "spot-token-for-platform-auth-0123456789";
constexpr const char *kAccount = "act-0123abcd";

// Spot's envelope [spotinst/openapi commons/schemas/responseWrapper.yaml, errorResponse.yaml].
TestResponse envelope(const TestRequest &req, int status, const QJsonArray &items, const QJsonArray &errors = {})
{
    QJsonObject response{{QStringLiteral("status"),
                          QJsonObject{{QStringLiteral("code"), status},
                                      {QStringLiteral("message"), status == 200 ? QStringLiteral("OK") : QStringLiteral("Error")}}},
                         {QStringLiteral("kind"), QStringLiteral("spotinst:setup:account")}};
    if (!errors.isEmpty())
        response.insert(QStringLiteral("errors"), errors);
    else {
        response.insert(QStringLiteral("items"), items);
        response.insert(QStringLiteral("count"), items.size());
    }
    TestResponse r;
    r.status = status;
    r.reason = status == 200 ? "OK" : status == 401 ? "Unauthorized" : "Not Found";
    r.headers = {{"Content-Type", "application/json"}};
    r.body =
        QJsonDocument(QJsonObject{{QStringLiteral("request"), QJsonObject{{QStringLiteral("id"), QStringLiteral("9d1c5b0e")},
                                                                          {QStringLiteral("url"), QString::fromUtf8(req.target)},
                                                                          {QStringLiteral("method"), QString::fromLatin1(req.method)}}},
                                  {QStringLiteral("response"), response}})
            .toJson(QJsonDocument::Compact);
    return r;
}

TestResponse spotError(const TestRequest &req, int status, const char *code, const char *message)
{
    return envelope(
        req, status, {},
        QJsonArray{QJsonObject{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("message"), QLatin1String(message)}}});
}

// GET /setup/account lists the accounts the token may use [openapi createAccount.yaml, get
// OrganizationsAndAccountsGetAccounts; item shape of its getAccounts example].
struct SpotAccounts {
    QJsonArray accounts;
    bool routeExists = true;
    TestResponse operator()(const TestRequest &req) const
    {
        if (req.header("Authorization") != QByteArray("Bearer ") + kToken)
            return spotError(req, 401, "UNAUTHORIZED", "Invalid or missing token");
        if (!routeExists || QByteArray(req.method + ' ' + req.path) != "GET /setup/account")
            return spotError(req, 404, "NOT_FOUND", "Not found");
        return envelope(req, 200, accounts);
    }
};

QJsonObject account(const char *id, const char *name, const char *idKey = "accountId")
{
    return {{QLatin1String(idKey), QLatin1String(id)},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("organizationId"), QStringLiteral("606079861123")}};
}

} // namespace

class TestPlatformAuth : public QObject {
    Q_OBJECT

    TestHttpServer *server = nullptr;
    Profile spot;

    CheckResult run(const QString &token = QLatin1String(kToken))
    {
        SecretValues secrets;
        secrets.spotToken = token;
        const cc::test::CheckRun r =
            cc::test::runChecksWith(spot, secrets, {QStringLiteral("platform.auth")}, cc::test::fastSettings(), cc::test::fastGrants());
        return r.get(QStringLiteral("platform.auth"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CheckResult>();
        qRegisterMetaType<HttpResponse>();
        QVERIFY2(TestTls::shared().ok(), qPrintable(TestTls::shared().error));
    }

    void init()
    {
        server = new TestHttpServer(TestHttpServer::Tls::Trusted, this);
        QVERIFY(server->start());
        spot = cc::test::loadProfile("spot-aws.json");
        QVERIFY(!spot.name.isEmpty());
        spot.caBundle.clear();
        spot.platform.endpoint = server->baseUrl();
        spot.platform.accountId = QLatin1String(kAccount);
    }

    void cleanup()
    {
        delete server;
        server = nullptr;
    }

    void theTokensOwnAccountPasses()
    {
        server->handler = SpotAccounts{{account("act-99999999", "dev"), account(kAccount, "Production")}};
        const CheckResult r = run();
        QCOMPARE(r.status, CheckStatus::Pass);
        QCOMPARE(r.message, QStringLiteral("Spot accepts the API token for account act-0123abcd (“Production”)."));
        QCOMPARE(r.details.value(QStringLiteral("organizationId")).toString(), QStringLiteral("606079861123"));
        QCOMPARE(server->received.size(), 1);
        const TestRequest &q = server->received.first();
        QCOMPARE(q.method, QByteArray("GET"));
        QCOMPARE(q.path, QByteArray("/setup/account"));
        QCOMPARE(QUrlQuery(QString::fromUtf8(q.query)).queryItemValue(QStringLiteral("accountId")), QLatin1String(kAccount));
    }

    void theSdksItemShapeCountsToo()
    {
        server->handler = SpotAccounts{{account(kAccount, "Production", "id")}};
        QCOMPARE(run().status, CheckStatus::Pass);
    }

    void anAccountTheTokenDoesNotSeeFails()
    {
        server->handler = SpotAccounts{{account("act-99999999", "dev")}};
        const CheckResult r = run();
        QCOMPARE(r.status, CheckStatus::Fail);
        QCOMPARE(r.message,
                 QStringLiteral("Spot accepts the API token, but account act-0123abcd is not among its accounts (act-99999999)."));
        QVERIFY(r.fix.contains(QLatin1String("account id")));
    }

    void anEmptyListProvesNothing()
    {
        server->handler = SpotAccounts{};
        QCOMPARE(run().status, CheckStatus::Fail);
    }

    void a404ProvesNothing()
    {
        // Any route answering 404 (as a read of credentials not set yet might): not a pass.
        SpotAccounts s;
        s.routeExists = false;
        server->handler = s;
        const CheckResult r = run();
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY2(r.message.contains(QLatin1String("NOT_FOUND")), qPrintable(r.message));
    }

    void aWrongTokenFails()
    {
        server->handler = SpotAccounts{{account(kAccount, "Production")}};
        const CheckResult r = run(QStringLiteral("not-the-token"));
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY2(r.message.startsWith(QLatin1String("Spot did not accept the API token for account act-0123abcd")), qPrintable(r.message));
    }

    void againstTheSharedSpotTestServer()
    {
        SpotTestServer shared(TestHttpServer::Tls::Trusted);
        QVERIFY(shared.start());
        spot.platform.endpoint = shared.baseUrl();
        spot.platform.accountId = QLatin1String(SpotTestServer::kAccount);
        SecretValues secrets;
        secrets.spotToken = QLatin1String(SpotTestServer::kToken);
        const cc::test::CheckRun r =
            cc::test::runChecksWith(spot, secrets, {QStringLiteral("platform.auth")}, cc::test::fastSettings(), cc::test::fastGrants());
        EXPECT(r, "platform.auth", CheckStatus::Pass);
        spot.platform.accountId = QStringLiteral("act-ffffffff");
        const cc::test::CheckRun other =
            cc::test::runChecksWith(spot, secrets, {QStringLiteral("platform.auth")}, cc::test::fastSettings(), cc::test::fastGrants());
        EXPECT(other, "platform.auth", CheckStatus::Fail);
    }
};

QTEST_GUILESS_MAIN(TestPlatformAuth)
#include "test_platform_auth.moc"
