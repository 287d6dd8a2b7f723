#include "PlatformTestServers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>

namespace {

TestResponse jsonResponse(int status, const QJsonObject &o)
{
    TestResponse r;
    r.status = status;
    static const QMap<int, QByteArray> reasons{
        {200, "OK"},        {201, "Created"},  {400, "Bad Request"},         {401, "Unauthorized"},   {403, "Forbidden"},
        {404, "Not Found"}, {409, "Conflict"}, {412, "Precondition Failed"}, {501, "Not Implemented"}};
    r.reason = reasons.value(status, "Error");
    r.headers = {{"Content-Type", "application/json"}};
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

bool applyFault(QList<PlatformFault> &faults, const TestRequest &req, TestResponse *out, bool *afterApplying)
{
    const QByteArray key = req.method + ' ' + req.path;
    for (int i = 0; i < faults.size(); ++i) {
        PlatformFault &f = faults[i];
        if (f.match.isEmpty() || key.startsWith(f.match)) {
            *out = f.response;
            *afterApplying = f.afterApplying;
            if (--f.times <= 0)
                faults.removeAt(i);
            return true;
        }
    }
    return false;
}

// Queued faults first (answering instead, or after applying the request), then the real handler.
std::function<TestResponse(const TestRequest &)> withFaults(QList<PlatformFault> &faults,
                                                            std::function<TestResponse(const TestRequest &)> handle)
{
    return [&faults, handle](const TestRequest &r) {
        TestResponse fault;
        bool after = false;
        if (applyFault(faults, r, &fault, &after)) {
            if (after)
                handle(r);
            return fault;
        }
        return handle(r);
    };
}

} // namespace

// ---- Spot ------------------------------------------------------------------------------------

SpotTestServer::SpotTestServer(Tls tls, QObject *parent) : TestHttpServer(tls, parent)
{
    handler = withFaults(faults, [this](const TestRequest &r) { return handle(r); });
}

TestResponse SpotTestServer::envelope(const TestRequest &req, int status, const QJsonArray &items, const QJsonArray &errors) const
{
    QJsonObject response{{QStringLiteral("status"),
                          QJsonObject{{QStringLiteral("code"), status},
                                      {QStringLiteral("message"), status == 200 ? QStringLiteral("OK") : QStringLiteral("Bad Request")}}}};
    if (!errors.isEmpty())
        response.insert(QStringLiteral("errors"), errors);
    else if (!items.isEmpty()) {
        response.insert(QStringLiteral("items"), items);
        response.insert(QStringLiteral("count"), items.size());
    }
    return jsonResponse(
        status, QJsonObject{{QStringLiteral("request"),
                             QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                         {QStringLiteral("url"), QString::fromUtf8(req.target)},
                                         {QStringLiteral("method"), QString::fromLatin1(req.method)},
                                         {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}},
                            {QStringLiteral("response"), response}});
}

TestResponse SpotTestServer::handle(const TestRequest &req)
{
    auto err = [&](int status, const char *code, const QString &message, const QString &field = {}) {
        QJsonObject e{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("message"), message}};
        if (!field.isEmpty())
            e.insert(QStringLiteral("field"), field);
        return envelope(req, status, {}, QJsonArray{e});
    };
    if (req.header("Authorization") != QByteArray("Bearer ") + kToken)
        return err(401, "UNAUTHORIZED", QStringLiteral("Invalid or missing token"));
    const QByteArray route = req.method + ' ' + req.path;
    // GET /setup/account: the accounts of the token's organization (Spot OpenAPI
    // paths/setup/account.yaml "List Accounts"; spotinst-sdk-go service/account ListAccounts).
    // It needs no accountId: the token alone decides what is listed.
    if (route == "GET /setup/account")
        return envelope(req, 200,
                        QJsonArray{QJsonObject{{QStringLiteral("accountId"), QLatin1String(kAccount)},
                                               {QStringLiteral("name"), QStringLiteral("prod")},
                                               {QStringLiteral("organizationId"), QStringLiteral("606079870000")}},
                                   QJsonObject{{QStringLiteral("accountId"), QLatin1String(kOtherAccount)},
                                               {QStringLiteral("name"), QStringLiteral("dev")},
                                               {QStringLiteral("organizationId"), QStringLiteral("606079870000")}}});
    if (QUrlQuery(QString::fromUtf8(req.query)).queryItemValue(QStringLiteral("accountId")) != QLatin1String(kAccount))
        return err(403, "ACCOUNT_NOT_FOUND", QStringLiteral("Account not found or not allowed for this token"));
    QJsonObject body;
    // The external-id request has no request body in Spot's OpenAPI (createAWSAccountExternalId.yaml)
    // and the SDKs send none; every other POST carries JSON.
    if (route == "POST /setup/credentials/aws/externalId") {
        if (!req.body.isEmpty())
            return err(400, "INVALID_BODY", QStringLiteral("This request takes no body"));
        return envelope(req, 200,
                        QJsonArray{QJsonObject{{QStringLiteral("externalId"), externalId},
                                               {QStringLiteral("maxValidUntil"), QStringLiteral("2026-12-22T00:00:00.000Z")}}});
    }
    if (req.method == "POST") {
        if (!req.header("Content-Type").startsWith("application/json"))
            return err(400, "INVALID_CONTENT_TYPE", QStringLiteral("Content-Type must be application/json"));
        body = QJsonDocument::fromJson(req.body).object();
    }
    if (route == "GET /setup/credentials/aws")
        return envelope(req, 200,
                        awsRole.isEmpty() ? QJsonArray()
                                          : QJsonArray{QJsonObject{{QStringLiteral("accountId"), QLatin1String(kAccount)},
                                                                   {QStringLiteral("iamRole"), awsRole}}});
    if (route == "POST /setup/credentials/aws") {
        const QString role = body.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("iamRole")).toString();
        if (!role.startsWith(QLatin1String("arn:aws")) || !role.contains(QLatin1String(":role/")))
            return err(400, "INVALID_IAM_ROLE", QStringLiteral("credentials.iamRole must be a role ARN"),
                       QStringLiteral("credentials.iamRole"));
        awsRole = role;
        ++credentialWrites;
        return envelope(req, 200, {});
    }
    if (route == "GET /azure/setup/credentials") {
        // The secret comes back masked (api-reference.md, Spot Azure: "abc*****").
        if (azure.isEmpty())
            return envelope(req, 200, {});
        QJsonObject shown = azure;
        shown.insert(QStringLiteral("clientSecret"), QString(azureSecret.left(3) + QStringLiteral("*****")));
        return envelope(req, 200, QJsonArray{shown});
    }
    if (route == "POST /azure/setup/credentials/validation" || route == "POST /azure/setup/credentials") {
        const bool set = route == "POST /azure/setup/credentials";
        QStringList required{QStringLiteral("clientId"), QStringLiteral("clientSecret"), QStringLiteral("tenantId"),
                             QStringLiteral("subscriptionId")};
        if (set)
            required << QStringLiteral("expirationDate"); // required since 2025 (setCloudCredentialsForAzure.yaml)
        for (const QString &f : required)
            if (body.value(f).toString().isEmpty())
                return err(400, "MISSING_FIELD", QStringLiteral("%1 is required").arg(f), f);
        if (body.contains(QStringLiteral("credentials")))
            return err(400, "INVALID_BODY", QStringLiteral("the Azure body is flat, not wrapped"));
        if (body.value(QStringLiteral("clientSecret")).toString() != validAzureSecret)
            return err(400, "INVALID_CREDENTIALS", QStringLiteral("Failed to authenticate with the given Azure credentials"),
                       QStringLiteral("clientSecret"));
        if (set) {
            azure = QJsonObject{{QStringLiteral("clientId"), body.value(QStringLiteral("clientId"))},
                                {QStringLiteral("tenantId"), body.value(QStringLiteral("tenantId"))},
                                {QStringLiteral("subscriptionId"), body.value(QStringLiteral("subscriptionId"))},
                                {QStringLiteral("expirationDate"), body.value(QStringLiteral("expirationDate"))}};
            azureSecret = body.value(QStringLiteral("clientSecret")).toString();
            ++credentialWrites;
        }
        return envelope(req, 200, {});
    }
    return err(404, "NOT_FOUND", QStringLiteral("No route %1").arg(QString::fromLatin1(route)));
}

// ---- Scalr -----------------------------------------------------------------------------------

ScalrTestServer::ScalrTestServer(Tls tls, QObject *parent) : TestHttpServer(tls, parent)
{
    handler = withFaults(faults, [this](const TestRequest &r) { return handle(r); });
}

QString ScalrTestServer::accountCollection(const QString &account)
{
    return QStringLiteral("/api/v1beta0/account/%1/cloud-credentials/").arg(account);
}

// Error envelope: {"meta": …, "errors": [{"code", "message"}]} (Scalr 5.11 ApiErrorResponse).
TestResponse ScalrTestServer::error(int status, const char *code, const QString &message) const
{
    return jsonResponse(status, QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("requestId"),
                                                                                  QUuid::createUuid().toString(QUuid::WithoutBraces)}}},
                                            {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                                                                                              {QStringLiteral("message"), message}}}}});
}

TestResponse ScalrTestServer::data(int status, const QJsonValue &value, const QJsonValue &pagination) const
{
    QJsonObject o{{QStringLiteral("data"), value}, {QStringLiteral("meta"), QJsonObject{}}, {QStringLiteral("warnings"), QJsonArray{}}};
    if (!pagination.isUndefined() && !pagination.isNull())
        o.insert(QStringLiteral("pagination"), pagination);
    return jsonResponse(status, o);
}

QString ScalrTestServer::authenticate(const TestRequest &req, QByteArray *code) const
{
    const QByteArray keyId = req.header("X-Scalr-Key-Id");
    const QByteArray date = req.header("X-Scalr-Date");
    const QByteArray signature = req.header("X-Scalr-Signature");
    *code = "BadAuthentication";
    if (keyId.isEmpty() || signature.isEmpty())
        return QStringLiteral("Unsigned request");
    if (keyId != kKeyId)
        return QStringLiteral("Invalid API Key");
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(date), Qt::ISODateWithMs);
    if (!when.isValid()) {
        *code = "BadRequest";
        return QStringLiteral("Invalid or missing X-Scalr-Date");
    }
    if (qAbs(when.secsTo(QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds))) > 300)
        return QStringLiteral("Request is expired.");
    QList<QByteArray> pairs;
    for (const QByteArray &kv : req.query.split('&')) {
        if (kv.isEmpty())
            continue;
        const int eq = kv.indexOf('=');
        pairs << QByteArray::fromPercentEncoding(eq < 0 ? kv : kv.left(eq)).toPercentEncoding(QByteArray(), "~") + '='
                     + QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : kv.mid(eq + 1)).toPercentEncoding(QByteArray(), "~");
    }
    std::sort(pairs.begin(), pairs.end());
    const QByteArray stringToSign = req.method + '\n' + date + '\n' + req.path + '\n' + pairs.join('&') + '\n' + req.body;
    const QByteArray expected =
        "V1-HMAC-SHA256 " + QMessageAuthenticationCode::hash(stringToSign, kSecretKey, QCryptographicHash::Sha256).toBase64();
    if (signature != expected) {
        const_cast<ScalrTestServer *>(this)->signatureFailures << QString::fromUtf8(stringToSign);
        return QStringLiteral("Signature does not match");
    }
    return {};
}

TestResponse ScalrTestServer::handle(const TestRequest &req)
{
    QByteArray code;
    const QString authError = authenticate(req, &code);
    if (!authError.isEmpty())
        return error(code == "BadRequest" ? 400 : 401, code.constData(), authError);
    if (!req.body.isEmpty() && !req.header("Content-Type").startsWith("application/json"))
        return error(400, "BadRequest", QStringLiteral("Content-Type must be application/json"));
    // An unknown route: 404 EndpointNotFound (Scalr 5.11 account.yaml NotFoundError).
    const TestResponse noRoute = error(404, "EndpointNotFound", QStringLiteral("The endpoint you are trying to access does not exist."));
    QStringList seg = QString::fromUtf8(req.path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!req.path.endsWith('/') || seg.size() < 4 || seg.at(0) != QLatin1String("api") || seg.at(1) != QLatin1String("v1beta0"))
        return noRoute;
    const QString level = seg.at(2);
    seg = seg.mid(3);
    auto rest = [&](int from) { return seg.mid(from); };
    if (level == QLatin1String("global")) {
        // The Scalr (global) scope is not in 5.11 (Scalr/revizor-tests api/tests/global/cloud_credentials).
        if (scalr511 || seg.value(0) != QLatin1String("cloud-credentials") || seg.size() > 2)
            return noRoute;
        return credentials(req, QStringLiteral("/api/v1beta0/global/cloud-credentials/"), seg.value(1));
    }
    if (level == QLatin1String("user")) {
        // Environment scope: /api/v1beta0/user/{envId}/cloud-credentials/ (5.11 api/v1beta0/user.yaml).
        if (seg.value(1) != QLatin1String("cloud-credentials") || seg.size() > 3)
            return noRoute;
        if (!environments.contains(seg.at(0)))
            return error(404, "ObjectNotFound",
                         QStringLiteral("The Environment either does not exist or isn't in scope for the current Account."));
        return credentials(req, QStringLiteral("/api/v1beta0/user/%1/cloud-credentials/").arg(seg.at(0)), seg.value(2));
    }
    if (level != QLatin1String("account"))
        return noRoute;
    // Account scope. 5.11: /api/v1beta0/account/… with the account taken from the key; newer
    // servers: /api/v1beta0/account/{accountId}/… (scalr-ctl scheme.json).
    QString account = QStringLiteral("1");
    if (!scalr511) {
        account = seg.value(0);
        bool digits = !account.isEmpty();
        for (const QChar c : account)
            digits = digits && c.isDigit();
        if (!digits)
            return noRoute;
        if (!accounts.contains(account))
            return error(404, "ObjectNotFound", QStringLiteral("Account %1 either does not exist or is not accessible.").arg(account));
        seg = rest(1);
    } else if (!seg.isEmpty() && seg.at(0).at(0).isDigit()) {
        return noRoute;
    }
    if (seg.value(0) == QLatin1String("cloud-credentials") && seg.size() <= 2)
        return credentials(req, accountCollection(account), seg.value(1));
    if (seg.value(0) == QLatin1String("environments") && seg.value(2) == QLatin1String("clouds") && seg.size() <= 4) {
        if (!environments.contains(seg.value(1)))
            return error(404, "ObjectNotFound", QStringLiteral("Environment %1 was not found.").arg(seg.value(1)));
        return clouds(req, seg.value(1), seg.value(3));
    }
    return noRoute;
}

const QJsonObject *ScalrTestServer::findCredentials(const QString &id) const
{
    for (auto it = collections.cbegin(); it != collections.cend(); ++it)
        for (const QJsonObject &o : it.value())
            if (o.value(QStringLiteral("id")).toString() == id)
                return &o;
    return nullptr;
}

QString ScalrTestServer::verifyAwsKeys(const QJsonObject &body, const QJsonObject &stored) const
{
    // The server verifies AWS keys itself (api-reference.md, AWS body): 400 InvalidValue.
    const QString key = body.contains(QStringLiteral("accessKey")) ? body.value(QStringLiteral("accessKey")).toString()
                                                                   : stored.value(QStringLiteral("accessKey")).toString();
    if (!validAwsKeys.contains(key) || validAwsKeys.value(key) != body.value(QStringLiteral("secretKey")).toString())
        return QStringLiteral("Failed to verify your AWS Cloud Credentials: AWS was not able to validate the provided access credentials");
    return {};
}

TestResponse ScalrTestServer::credentials(const TestRequest &req, const QString &collection, const QString &id)
{
    QList<QJsonObject> &items = collections[collection];
    const QUrlQuery query(QString::fromUtf8(req.query));
    if (req.method == "GET" && id.isEmpty()) {
        // A list answers CloudCredentialsSummary only: id, name, description,
        // cloudCredentialsType, status, scope, provider (5.11 api/v1beta0/user.yaml), filterable
        // by name, paged with pageNum/maxResults and a "pagination" object (scalr-ctl reads
        // pageNum from pagination.next).
        const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
        QJsonArray all;
        for (const QJsonObject &o : std::as_const(items)) {
            if (!name.isEmpty() && o.value(QStringLiteral("name")).toString() != name)
                continue;
            QJsonObject summary;
            for (const char *k : {"id", "name", "description", "cloudCredentialsType", "status", "scope", "provider"})
                summary.insert(QLatin1String(k), o.value(QLatin1String(k)));
            all.append(summary);
        }
        const int page = qMax(1, query.queryItemValue(QStringLiteral("pageNum")).toInt());
        const int pages = qMax(1, int((all.size() + pageSize - 1) / pageSize));
        QJsonArray out;
        for (int i = (page - 1) * pageSize; i < qMin(int(all.size()), page * pageSize); ++i)
            out.append(all.at(i));
        auto pageUrl = [&](int n) {
            return QJsonValue(QStringLiteral("%1?pageNum=%2&maxResults=%3").arg(QString::fromUtf8(req.path)).arg(n).arg(pageSize));
        };
        const QJsonObject pagination{{QStringLiteral("first"), pageUrl(1)},
                                     {QStringLiteral("last"), pageUrl(pages)},
                                     {QStringLiteral("prev"), page > 1 ? pageUrl(page - 1) : QJsonValue()},
                                     {QStringLiteral("next"), page < pages ? pageUrl(page + 1) : QJsonValue()}};
        return data(200, out, pagination);
    }
    QJsonObject *existing = nullptr;
    for (QJsonObject &o : items)
        if (o.value(QStringLiteral("id")).toString() == id)
            existing = &o;
    if (!id.isEmpty() && !existing)
        return error(404, "ObjectNotFound", QStringLiteral("Cloud Credentials %1 were not found.").arg(id));
    if (req.method == "GET")
        return data(200, *existing); // the whole object: accountType and accessKey too
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    if (req.method == "PATCH") {
        // Only name, description, accountType, accessKey, secretKey (and billing) are alterable;
        // cloudCredentialsType is create-only (5.11 CloudCredentials.php modifyAction).
        static const QSet<QString> alterable{QStringLiteral("name"),      QStringLiteral("description"), QStringLiteral("accountType"),
                                             QStringLiteral("accessKey"), QStringLiteral("secretKey"),   QStringLiteral("billing")};
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            if (!alterable.contains(it.key()))
                return error(
                    400, "InvalidStructure",
                    QStringLiteral("You are trying to set the property %1 which either is not alterable or does not exist").arg(it.key()));
        if (body.contains(QStringLiteral("accessKey")) || body.contains(QStringLiteral("secretKey"))) {
            const QString refused = verifyAwsKeys(body, *existing);
            if (!refused.isEmpty())
                return error(400, "InvalidValue", refused);
        }
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            if (it.key() != QLatin1String("secretKey"))
                existing->insert(it.key(), it.value());
        ++patches;
        return data(200, *existing);
    }
    if (req.method != "POST" || !id.isEmpty())
        return error(404, "EndpointNotFound", QStringLiteral("The endpoint you are trying to access does not exist."));
    const QString type = body.value(QStringLiteral("cloudCredentialsType")).toString();
    if (type == QLatin1String("AzureCloudCredentials"))
        return error(501, "NotImplemented", QStringLiteral("MS Azure allows only OAuth authentication"));
    if (type != QLatin1String("AwsCloudCredentials"))
        return error(400, "InvalidStructure", QStringLiteral("Unknown cloudCredentialsType '%1'").arg(type));
    for (const char *f : {"name", "accountType", "accessKey", "secretKey"})
        if (body.value(QLatin1String(f)).toString().isEmpty())
            return error(400, "InvalidStructure", QStringLiteral("Property %1 is required").arg(QLatin1String(f)));
    for (const QJsonObject &o : std::as_const(items))
        if (o.value(QStringLiteral("name")).toString() == body.value(QStringLiteral("name")).toString())
            return error(409, "UnicityViolation",
                         QStringLiteral("Cloud Credentials with name '%1' already exist in this scope.")
                             .arg(o.value(QStringLiteral("name")).toString()));
    const QString refused = verifyAwsKeys(body, {});
    if (!refused.isEmpty())
        return error(400, "InvalidValue", refused);
    const QString scope = collection.contains(QLatin1String("/global/")) ? QStringLiteral("scalr")
                          : collection.contains(QLatin1String("/user/")) ? QStringLiteral("environment")
                                                                         : QStringLiteral("account");
    QJsonObject stored{{QStringLiteral("id"), QString::number(m_nextId++)},
                       {QStringLiteral("name"), body.value(QStringLiteral("name"))},
                       {QStringLiteral("description"), body.value(QStringLiteral("description"))},
                       {QStringLiteral("cloudCredentialsType"), type},
                       {QStringLiteral("accountType"), body.value(QStringLiteral("accountType"))},
                       {QStringLiteral("accessKey"), body.value(QStringLiteral("accessKey"))},
                       {QStringLiteral("status"), QStringLiteral("enabled")},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("provider"), QJsonValue()}};
    items.append(stored);
    ++created;
    // Creating, at any scope, links nothing (5.11 CloudCredentials.php createAction).
    return data(201, stored);
}

TestResponse ScalrTestServer::clouds(const TestRequest &req, const QString &env, const QString &cloud)
{
    if (cloud.isEmpty()) {
        // GET lists the configured clouds; there is no POST on this collection.
        if (req.method != "GET")
            return error(404, "EndpointNotFound", QStringLiteral("The endpoint you are trying to access does not exist."));
        QJsonArray out;
        if (linked.contains(env))
            out.append(QJsonObject{{QStringLiteral("cloud"), QStringLiteral("ec2")},
                                   {QStringLiteral("credentials"), QJsonObject{{QStringLiteral("id"), linked.value(env)}}}});
        return data(200, out);
    }
    if (req.method == "GET") {
        const QJsonObject *c = cloud == QLatin1String("ec2") && linked.contains(env) ? findCredentials(linked.value(env)) : nullptr;
        if (!c)
            return error(404, "ObjectNotFound", QStringLiteral("No Cloud Credentials are configured for %1.").arg(cloud));
        return data(200, *c);
    }
    if (req.method != "POST")
        return error(404, "EndpointNotFound", QStringLiteral("The endpoint you are trying to access does not exist."));
    // POST …/clouds/{cloud}/ with CloudCredentialsForeignKey {"id"} "associates/replaces" (5.11
    // account.yaml; answers as api-reference.md lists them).
    const QString id = QJsonDocument::fromJson(req.body).object().value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return error(400, "InvalidStructure", QStringLiteral("Missed property cloudCredentials.id"));
    const QJsonObject *c = findCredentials(id);
    if (!c)
        return error(404, "ObjectNotFound", QStringLiteral("Cloud Credentials %1 were not found.").arg(id));
    if (cloud != QLatin1String("ec2")
        || c->value(QStringLiteral("cloudCredentialsType")).toString() != QLatin1String("AwsCloudCredentials"))
        return error(400, "InvalidValue", QStringLiteral("Cloud Credentials mismatch"));
    ++linkPosts;
    if (linked.value(env) != id && environmentsInUse.contains(env))
        return error(409, "ObjectInUse", inUseMessage);
    linked.insert(env, id); // 200 also when the same id is linked again
    return data(200, *c);
}
