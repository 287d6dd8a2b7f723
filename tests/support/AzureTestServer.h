#pragma once
// A stand-in for Entra ID's token endpoint and Azure Resource Manager on one loopback port. It
// checks what they check — the form fields of the client-credentials grant (grant type, scope of
// the national cloud, tenant, app, secret), the bearer token it issued, api-version — and
// answers with Microsoft's JSON shapes, AADSTS and ARM errors included. Faults can be queued.
#include "TestHttpServer.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

class AzureTestServer : public TestHttpServer {
    Q_OBJECT
public:
    struct App {
        QString tenant, clientId, secret, objectId;
        bool secretExpired = false;
        bool consented = true;
    };
    struct Assignment {
        QString principalId, roleGuid, scope;
    };
    struct Fault {
        QByteArray match; // "token", "subscription", "roleAssignments", "vnet", "" = any
        TestResponse response;
        int times = 1;
    };

    explicit AzureTestServer(Tls tls, QObject *parent = nullptr);

    QString expectedScope = QStringLiteral("https://management.azure.com/.default");
    QSet<QString> tenants;
    QList<App> apps;
    QMap<QString, QJsonObject> subscriptions; // by id
    QList<Assignment> assignments;
    // Group memberships: principal (an app's object id, or a group) → the groups it is a direct
    // member of. An assignment whose principalId is such a group is answered as principalType Group.
    QMap<QString, QStringList> groupsOf;
    QMap<QString, QJsonObject> vnets; // key "rg/name" (lower case)
    QSet<QString> resourceGroups;     // lower case
    QList<Fault> faults;
    int rolePageSize = 100;
    QString nextLinkBase; // "" = this server; set to send nextLink elsewhere
    // Called before each role-assignment listing (propagation tests add assignments late).
    std::function<void(int listingNumber)> beforeRoleListing;
    QStringList log; // "token <clientId>", "GET <path>"
    QSet<QByteArray> issuedTokens;

    static constexpr const char *kTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static constexpr const char *kClientId = "00000000-0000-0000-0000-000000000001";
    static constexpr const char *kSubscription = "00000000-0000-0000-0000-000000000002";
    static constexpr const char *kObjectId = "11111111-2222-3333-4444-555555555555";
    static constexpr const char *kSecret = "Q~8Q~azureTestSecretValue_0123456789abc";
    static constexpr const char *kContributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    static constexpr const char *kOwner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    static constexpr const char *kReader = "acdd72a7-3385-48ef-bd42-f606fba81ae7";

private:
    TestResponse handle(const TestRequest &req);
    TestResponse token(const TestRequest &req, const QString &tenant);
    TestResponse arm(const TestRequest &req);
    TestResponse aadError(int status, const char *error, int code, const QString &text) const;
    TestResponse armError(int status, const char *code, const QString &message) const;
    bool principalHasAnyRole(const QString &principal, const QString &subscription) const;
    QSet<QString> principalAndGroups(const QString &principal) const; // transitive
    bool isGroup(const QString &id) const;
    int m_roleListings = 0;
};
