#include "AzureTestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

namespace {

TestResponse json(int status, const QJsonObject &o)
{
    TestResponse r;
    r.status = status;
    r.reason = status == 200   ? "OK"
               : status == 400 ? "Bad Request"
               : status == 401 ? "Unauthorized"
               : status == 403 ? "Forbidden"
               : status == 404 ? "Not Found"
                               : "Error";
    r.headers = {{"Content-Type", "application/json; charset=utf-8"},
                 {"x-ms-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

QByteArray b64url(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

AzureTestServer::AzureTestServer(Tls tls, QObject *parent) : TestHttpServer(tls, parent)
{
    tenants.insert(QLatin1String(kTenant));
    apps.append(App{QLatin1String(kTenant), QLatin1String(kClientId), QLatin1String(kSecret), QLatin1String(kObjectId), false, true});
    subscriptions.insert(QLatin1String(kSubscription),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("/subscriptions/%1").arg(QLatin1String(kSubscription))},
                                     {QStringLiteral("subscriptionId"), QLatin1String(kSubscription)},
                                     {QStringLiteral("displayName"), QStringLiteral("Contoso Production")},
                                     {QStringLiteral("state"), QStringLiteral("Enabled")},
                                     {QStringLiteral("tenantId"), QLatin1String(kTenant)},
                                     {QStringLiteral("authorizationSource"), QStringLiteral("RoleBased")}});
    assignments.append(Assignment{QLatin1String(kObjectId), QLatin1String(kContributor),
                                  QStringLiteral("/subscriptions/%1").arg(QLatin1String(kSubscription))});
    resourceGroups.insert(QStringLiteral("network-rg"));
    vnets.insert(QStringLiteral("network-rg/scalr-vnet"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("scalr-vnet")},
                             {QStringLiteral("location"), QStringLiteral("westeurope")},
                             {QStringLiteral("type"), QStringLiteral("Microsoft.Network/virtualNetworks")},
                             {QStringLiteral("properties"),
                              QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                                          {QStringLiteral("addressSpace"), QJsonObject{{QStringLiteral("addressPrefixes"),
                                                                                        QJsonArray{QStringLiteral("10.20.0.0/16")}}}}}}});
    handler = [this](const TestRequest &r) { return handle(r); };
}

TestResponse AzureTestServer::aadError(int status, const char *error, int code, const QString &text) const
{
    const QString trace = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return json(status,
                QJsonObject{{QStringLiteral("error"), QLatin1String(error)},
                            {QStringLiteral("error_description"),
                             QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                                 .arg(code)
                                 .arg(text, trace, correlation, now)},
                            {QStringLiteral("error_codes"), QJsonArray{code}},
                            {QStringLiteral("timestamp"), now},
                            {QStringLiteral("trace_id"), trace},
                            {QStringLiteral("correlation_id"), correlation},
                            {QStringLiteral("error_uri"), QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code)}});
}

TestResponse AzureTestServer::armError(int status, const char *code, const QString &message) const
{
    return json(status, QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("message"), message}}}});
}

QSet<QString> AzureTestServer::principalAndGroups(const QString &principal) const
{
    QSet<QString> all{principal};
    QStringList todo{principal};
    while (!todo.isEmpty()) {
        for (const QString &g : groupsOf.value(todo.takeFirst())) {
            if (!all.contains(g)) {
                all.insert(g);
                todo << g;
            }
        }
    }
    return all;
}

bool AzureTestServer::isGroup(const QString &id) const
{
    for (const QStringList &groups : groupsOf)
        if (groups.contains(id))
            return true;
    return false;
}

bool AzureTestServer::principalHasAnyRole(const QString &principal, const QString &subscription) const
{
    // Azure RBAC counts roles held through groups as the principal's own.
    const QSet<QString> holders = principalAndGroups(principal);
    for (const Assignment &a : assignments) {
        if (!holders.contains(a.principalId))
            continue;
        const QString s = a.scope.toLower();
        if (s == QLatin1String("/") || s.startsWith(QLatin1String("/providers/microsoft.management/"))
            || s.startsWith(QStringLiteral("/subscriptions/%1").arg(subscription.toLower())))
            return true;
    }
    return false;
}

TestResponse AzureTestServer::handle(const TestRequest &req)
{
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(req.path));
    QByteArray kind = "other";
    if (path.endsWith(QLatin1String("/oauth2/v2.0/token")))
        kind = "token";
    else if (path.contains(QLatin1String("/roleAssignments")))
        kind = "roleAssignments";
    else if (path.contains(QLatin1String("/virtualNetworks/")))
        kind = "vnet";
    else if (path.startsWith(QLatin1String("/subscriptions/")))
        kind = "subscription";
    for (int i = 0; i < faults.size(); ++i) {
        Fault &f = faults[i];
        if (f.match.isEmpty() || f.match == kind) {
            const TestResponse r = f.response;
            if (--f.times <= 0)
                faults.removeAt(i);
            return r;
        }
    }
    if (kind == "token")
        return token(req, path.section(QLatin1Char('/'), 1, 1));
    return arm(req);
}

TestResponse AzureTestServer::token(const TestRequest &req, const QString &tenant)
{
    if (req.method != "POST")
        return aadError(405, "invalid_request", 900561, QStringLiteral("The endpoint only accepts POST requests."));
    if (!req.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        return aadError(400, "invalid_request", 900144,
                        QStringLiteral("The request body must contain the following parameter: 'grant_type'."));
    const QString grant = QString::fromUtf8(req.formValue("grant_type"));
    const QString clientId = QString::fromUtf8(req.formValue("client_id"));
    const QString secret = QString::fromUtf8(req.formValue("client_secret"));
    const QString scope = QString::fromUtf8(req.formValue("scope"));
    log << QStringLiteral("token %1").arg(clientId);
    if (grant != QLatin1String("client_credentials"))
        return aadError(400, "unsupported_grant_type", 70003,
                        QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
    if (scope != expectedScope)
        return aadError(400, "invalid_scope", 70011,
                        QStringLiteral("The provided request must include a 'scope' input parameter. The provided value for the input "
                                       "parameter 'scope' is not valid: %1")
                            .arg(scope));
    if (!tenants.contains(tenant))
        return aadError(
            400, "invalid_request", 90002,
            QStringLiteral(
                "Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.")
                .arg(tenant));
    const App *app = nullptr;
    for (const App &a : apps)
        if (a.tenant == tenant && a.clientId == clientId)
            app = &a;
    if (!app)
        return aadError(400, "unauthorized_client", 700016,
                        QStringLiteral("Application with identifier '%1' was not found in the directory '%2'.").arg(clientId, tenant));
    if (secret != app->secret)
        return aadError(401, "invalid_client", 7000215,
                        QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request is the client secret "
                                       "value, not the client secret ID, for a secret added to app '%1'.")
                            .arg(clientId));
    if (app->secretExpired)
        return aadError(401, "invalid_client", 7000222,
                        QStringLiteral("The provided client secret keys for app '%1' are expired.").arg(clientId));
    if (!app->consented)
        return aadError(400, "invalid_grant", 65001,
                        QStringLiteral("The user or administrator has not consented to use the application with ID '%1'.").arg(clientId));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QString audience = expectedScope;
    audience.chop(int(qstrlen("/.default")));
    const QByteArray header = b64url(R"({"typ":"JWT","alg":"RS256","kid":"test"})");
    const QByteArray payload =
        b64url(QJsonDocument(QJsonObject{{QStringLiteral("aud"), audience},
                                         {QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(tenant)},
                                         {QStringLiteral("iat"), now},
                                         {QStringLiteral("exp"), now + 3599},
                                         {QStringLiteral("appid"), clientId},
                                         {QStringLiteral("oid"), app->objectId},
                                         {QStringLiteral("sub"), app->objectId},
                                         {QStringLiteral("tid"), tenant}})
                   .toJson(QJsonDocument::Compact));
    QByteArray signature(64, '\0');
    for (char &c : signature)
        c = char(QRandomGenerator::global()->bounded(256));
    const QByteArray jwt = header + '.' + payload + '.' + b64url(signature);
    issuedTokens.insert(jwt);
    return json(200, QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                 {QStringLiteral("expires_in"), 3599},
                                 {QStringLiteral("ext_expires_in"), 3599},
                                 {QStringLiteral("access_token"), QString::fromLatin1(jwt)}});
}

TestResponse AzureTestServer::arm(const TestRequest &req)
{
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(req.path));
    log << QStringLiteral("GET %1").arg(path);
    const QByteArray auth = req.header("Authorization");
    if (!auth.startsWith("Bearer ") || !issuedTokens.contains(auth.mid(7)))
        return armError(401, "InvalidAuthenticationToken", QStringLiteral("The access token is invalid."));
    const QByteArray payload = QByteArray::fromBase64(auth.mid(7).split('.').value(1), QByteArray::Base64UrlEncoding);
    const QString oid = QJsonDocument::fromJson(payload).object().value(QStringLiteral("oid")).toString();
    const QUrlQuery query(QString::fromUtf8(req.query));
    const QString apiVersion = query.queryItemValue(QStringLiteral("api-version"));
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts[0] != QLatin1String("subscriptions"))
        return armError(404, "InvalidResourceType", QStringLiteral("No route for %1").arg(path));
    const QString sub = parts[1];

    if (parts.size() == 2) {
        if (apiVersion != QLatin1String("2022-12-01"))
            return armError(400, "InvalidApiVersionParameter", QStringLiteral("The api-version '%1' is invalid.").arg(apiVersion));
        if (!subscriptions.contains(sub))
            return armError(404, "SubscriptionNotFound", QStringLiteral("The subscription '%1' could not be found.").arg(sub));
        if (!principalHasAnyRole(oid, sub))
            return armError(
                403, "AuthorizationFailed",
                QStringLiteral("The client '%1' with object id '%1' does not have authorization to perform action "
                               "'Microsoft.Resources/subscriptions/read' over scope '/subscriptions/%2' or the scope is invalid.")
                    .arg(oid, sub));
        return json(200, subscriptions.value(sub));
    }
    if (path.endsWith(QLatin1String("/providers/Microsoft.Authorization/roleAssignments"))) {
        if (beforeRoleListing)
            beforeRoleListing(++m_roleListings);
        if (apiVersion != QLatin1String("2022-04-01"))
            return armError(400, "InvalidApiVersionParameter", QStringLiteral("The api-version '%1' is invalid.").arg(apiVersion));
        // $filter [learn.microsoft.com role-assignments-list-rest]: "principalId eq '{id}'" lists
        // the assignments made to that principal only; "assignedTo('{id}')" also those of the
        // groups it belongs to, transitively.
        const QString filter = query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
        const QString wanted = filter.section(QLatin1Char('\''), 1, 1);
        const bool assignedTo = filter.startsWith(QLatin1String("assignedTo('")) && filter.endsWith(QLatin1String("')"));
        if ((!filter.startsWith(QLatin1String("principalId eq '")) && !assignedTo) || wanted.isEmpty())
            return armError(400, "InvalidFilterInQueryString", QStringLiteral("Invalid $filter '%1'.").arg(filter));
        const QSet<QString> holders = assignedTo ? principalAndGroups(wanted) : QSet<QString>{wanted};
        if (!principalHasAnyRole(oid, sub))
            return armError(403, "AuthorizationFailed",
                            QStringLiteral("The client '%1' does not have authorization to perform action "
                                           "'Microsoft.Authorization/roleAssignments/read' over scope '/subscriptions/%2'.")
                                .arg(oid, sub));
        QJsonArray all;
        for (const Assignment &a : std::as_const(assignments)) {
            if (!holders.contains(a.principalId))
                continue;
            all.append(QJsonObject{
                {QStringLiteral("id"), QString(a.scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/")
                                               + QUuid::createUuid().toString(QUuid::WithoutBraces))},
                {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleAssignments")},
                {QStringLiteral("properties"),
                 QJsonObject{
                     {QStringLiteral("roleDefinitionId"),
                      QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2").arg(sub, a.roleGuid)},
                     {QStringLiteral("principalId"), a.principalId},
                     {QStringLiteral("principalType"),
                      isGroup(a.principalId) ? QStringLiteral("Group") : QStringLiteral("ServicePrincipal")},
                     {QStringLiteral("scope"), a.scope}}}});
        }
        const int skip = query.queryItemValue(QStringLiteral("$skipToken")).toInt();
        QJsonArray page;
        for (int i = skip; i < all.size() && i < skip + rolePageSize; ++i)
            page.append(all.at(i));
        QJsonObject o{{QStringLiteral("value"), page}};
        if (skip + rolePageSize < all.size()) {
            const QString base = nextLinkBase.isEmpty() ? baseUrl() : nextLinkBase;
            QUrlQuery next(query);
            next.removeAllQueryItems(QStringLiteral("$skipToken"));
            next.addQueryItem(QStringLiteral("$skipToken"), QString::number(skip + rolePageSize));
            o.insert(QStringLiteral("nextLink"), QString(base + path + QLatin1Char('?') + next.toString(QUrl::FullyEncoded)));
        }
        return json(200, o);
    }
    if (parts.size() == 8 && parts[2] == QLatin1String("resourceGroups") && parts[4] == QLatin1String("providers")
        && parts[5] == QLatin1String("Microsoft.Network") && parts[6] == QLatin1String("virtualNetworks")) {
        if (apiVersion != QLatin1String("2023-09-01"))
            return armError(400, "InvalidApiVersionParameter", QStringLiteral("The api-version '%1' is invalid.").arg(apiVersion));
        if (!principalHasAnyRole(oid, sub))
            return armError(
                403, "AuthorizationFailed",
                QStringLiteral("The client '%1' does not have authorization to perform action 'Microsoft.Network/virtualNetworks/read'.")
                    .arg(oid));
        const QString rg = parts[3].toLower();
        if (!resourceGroups.contains(rg))
            return armError(404, "ResourceGroupNotFound", QStringLiteral("Resource group '%1' could not be found.").arg(parts[3]));
        const QString key = rg + QLatin1Char('/') + parts[7].toLower();
        if (!vnets.contains(key))
            return armError(404, "ResourceNotFound",
                            QStringLiteral("The Resource 'Microsoft.Network/virtualNetworks/%1' under resource group '%2' was not found.")
                                .arg(parts[7], parts[3]));
        QJsonObject v = vnets.value(key);
        v.insert(QStringLiteral("id"), path);
        return json(200, v);
    }
    return armError(404, "InvalidResourceType", QStringLiteral("No route for %1").arg(path));
}
