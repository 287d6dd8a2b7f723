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
    static const QMap<int, QByteArray> reasons{{200, "OK"}, {201, "Created"}, {400, "Bad Request"}, {401, "Unauthorized"},
                                               {403, "Forbidden"}, {404, "Not Found"}, {409, "Conflict"}, {501, "Not Implemented"}};
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
std::function<TestResponse(const TestRequest &)> withFaults(QList<PlatformFault> &faults, std::function<TestResponse(const TestRequest &)> handle)
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
    QJsonObject response{{QStringLiteral("status"), QJsonObject{{QStringLiteral("code"), status},
                                                                {QStringLiteral("message"), status == 200 ? QStringLiteral("OK") : QStringLiteral("Bad Request")}}}};
    if (!errors.isEmpty())
        response.insert(QStringLiteral("errors"), errors);
    else if (!items.isEmpty()) {
        response.insert(QStringLiteral("items"), items);
        response.insert(QStringLiteral("count"), items.size());
    }
    return jsonResponse(status, QJsonObject{{QStringLiteral("request"), QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
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
    if (QUrlQuery(QString::fromUtf8(req.query)).queryItemValue(QStringLiteral("accountId")) != QLatin1String(kAccount))
        return err(403, "ACCOUNT_NOT_FOUND", QStringLiteral("Account not found or not allowed for this token"));
    QJsonObject body;
    if (req.method == "POST") {
        if (!req.header("Content-Type").startsWith("application/json"))
            return err(400, "INVALID_CONTENT_TYPE", QStringLiteral("Content-Type must be application/json"));
        body = QJsonDocument::fromJson(req.body).object();
    }
    const QByteArray route = req.method + ' ' + req.path;
    if (route == "GET /setup/credentials/aws")
        return envelope(req, 200, awsRole.isEmpty() ? QJsonArray() : QJsonArray{QJsonObject{{QStringLiteral("accountId"), QLatin1String(kAccount)}, {QStringLiteral("iamRole"), awsRole}}});
    if (route == "POST /setup/credentials/aws/externalId")
        return envelope(req, 200, QJsonArray{QJsonObject{{QStringLiteral("externalId"), externalId}, {QStringLiteral("maxValidUntil"), QStringLiteral("2026-12-22T00:00:00.000Z")}}});
    if (route == "POST /setup/credentials/aws") {
        const QString role = body.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("iamRole")).toString();
        if (!role.startsWith(QLatin1String("arn:aws")) || !role.contains(QLatin1String(":role/")))
            return err(400, "INVALID_IAM_ROLE", QStringLiteral("credentials.iamRole must be a role ARN"), QStringLiteral("credentials.iamRole"));
        awsRole = role;
        ++credentialWrites;
        return envelope(req, 200, {});
    }
    if (route == "GET /azure/setup/credentials")
        return envelope(req, 200, azure.isEmpty() ? QJsonArray() : QJsonArray{azure});
    if (route == "POST /azure/setup/credentials/validation" || route == "POST /azure/setup/credentials") {
        const bool set = route == "POST /azure/setup/credentials";
        QStringList required{QStringLiteral("clientId"), QStringLiteral("clientSecret"), QStringLiteral("tenantId"), QStringLiteral("subscriptionId")};
        if (set)
            required << QStringLiteral("expirationDate");
        for (const QString &f : required)
            if (body.value(f).toString().isEmpty())
                return err(400, "MISSING_FIELD", QStringLiteral("%1 is required").arg(f), f);
        if (body.contains(QStringLiteral("credentials")))
            return err(400, "INVALID_BODY", QStringLiteral("the Azure body is flat, not wrapped"));
        if (body.value(QStringLiteral("clientSecret")).toString() != validAzureSecret)
            return err(400, "INVALID_CREDENTIALS", QStringLiteral("Failed to authenticate with the given Azure credentials"), QStringLiteral("clientSecret"));
        if (set) {
            azure = QJsonObject{{QStringLiteral("clientId"), body.value(QStringLiteral("clientId"))}, {QStringLiteral("tenantId"), body.value(QStringLiteral("tenantId"))},
                                {QStringLiteral("subscriptionId"), body.value(QStringLiteral("subscriptionId"))},
                                {QStringLiteral("expirationDate"), body.value(QStringLiteral("expirationDate"))}};
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

TestResponse ScalrTestServer::error(int status, const char *code, const QString &message) const
{
    return jsonResponse(status, QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("requestId"), QUuid::createUuid().toString(QUuid::WithoutBraces)}}},
                                            {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("message"), message}}}}});
}

TestResponse ScalrTestServer::data(int status, const QJsonValue &value) const
{
    return jsonResponse(status, QJsonObject{{QStringLiteral("data"), value}, {QStringLiteral("meta"), QJsonObject{}}, {QStringLiteral("warnings"), QJsonArray{}}});
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
        pairs << QByteArray::fromPercentEncoding(eq < 0 ? kv : kv.left(eq)).toPercentEncoding(QByteArray(), "~") + '=' +
                     QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : kv.mid(eq + 1)).toPercentEncoding(QByteArray(), "~");
    }
    std::sort(pairs.begin(), pairs.end());
    const QByteArray stringToSign = req.method + '\n' + date + '\n' + req.path + '\n' + pairs.join('&') + '\n' + req.body;
    const QByteArray expected = "V1-HMAC-SHA256 " + QMessageAuthenticationCode::hash(stringToSign, kSecretKey, QCryptographicHash::Sha256).toBase64();
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
    if (!req.header("Content-Type").startsWith("application/json"))
        return error(400, "BadRequest", QStringLiteral("Content-Type must be application/json"));
    const QString path = QString::fromUtf8(req.path);
    const bool legacy = path == QLatin1String("/api/v1beta0/account/cloud-credentials/");
    if (legacyAccountRouteOnly && path.startsWith(QLatin1String("/api/v1beta0/account/")) && path.contains(QLatin1String("/cloud-credentials/")) && !legacy)
        return error(404, "EndpointNotFound", QStringLiteral("Endpoint not found"));
    if (path.contains(QLatin1String("/environments/")) && path.endsWith(QLatin1String("/clouds/")) && req.method == "POST") {
        if (!linkingSupported)
            return error(404, "EndpointNotFound", QStringLiteral("Endpoint not found"));
        const QString env = path.section(QLatin1Char('/'), 6, 6);
        const QString id = QJsonDocument::fromJson(req.body).object().value(QStringLiteral("cloudCredentials")).toObject().value(QStringLiteral("id")).toString();
        if (links.contains(env + QLatin1Char('/') + id))
            return error(409, "UnicityViolation", QStringLiteral("Already linked"));
        links.insert(env + QLatin1Char('/') + id);
        return data(201, QJsonObject{{QStringLiteral("cloud"), QStringLiteral("ec2")}});
    }
    // Collections: …/cloud-credentials/ and …/cloud-credentials/{id}/
    const int at = path.indexOf(QLatin1String("/cloud-credentials/"));
    if (at < 0)
        return error(404, "EndpointNotFound", QStringLiteral("Endpoint not found"));
    const QString collection = path.left(at + int(qstrlen("/cloud-credentials/")));
    const QString rest = path.mid(collection.size()).section(QLatin1Char('/'), 0, 0);
    QList<QJsonObject> &items = collections[collection];
    if (req.method == "GET" && rest.isEmpty()) {
        const QString name = QUrlQuery(QString::fromUtf8(req.query)).queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
        QJsonArray out;
        for (const QJsonObject &o : std::as_const(items))
            if (name.isEmpty() || o.value(QStringLiteral("name")).toString() == name)
                out.append(o);
        return data(200, out);
    }
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    if ((req.method == "POST" && rest.isEmpty()) || (req.method == "PATCH" && !rest.isEmpty())) {
        const QString type = body.value(QStringLiteral("cloudCredentialsType")).toString();
        if (type == QLatin1String("AzureCloudCredentials"))
            return error(501, "NotImplemented", QStringLiteral("MS Azure allows only OAuth authentication"));
        if (type != QLatin1String("AwsCloudCredentials"))
            return error(400, "InvalidStructure", QStringLiteral("Unknown cloudCredentialsType '%1'").arg(type));
        for (const char *f : {"name", "accountType", "accessKey", "secretKey"})
            if (body.value(QLatin1String(f)).toString().isEmpty())
                return error(400, "InvalidStructure", QStringLiteral("Property %1 is required").arg(QLatin1String(f)));
        const QString key = body.value(QStringLiteral("accessKey")).toString();
        if (validAwsKeys.value(key) != body.value(QStringLiteral("secretKey")).toString())
            return error(400, "InvalidValue", QStringLiteral("Failed to verify your AWS Cloud Credentials: AWS was not able to validate the provided access credentials"));
        QJsonObject stored{{QStringLiteral("name"), body.value(QStringLiteral("name"))},
                           {QStringLiteral("description"), body.value(QStringLiteral("description"))},
                           {QStringLiteral("cloudCredentialsType"), type},
                           {QStringLiteral("accountType"), body.value(QStringLiteral("accountType"))},
                           {QStringLiteral("accessKey"), key},
                           {QStringLiteral("status"), QStringLiteral("enabled")}};
        if (req.method == "PATCH") {
            for (QJsonObject &o : items) {
                if (o.value(QStringLiteral("id")).toString() == rest) {
                    stored.insert(QStringLiteral("id"), rest);
                    o = stored;
                    return data(200, stored);
                }
            }
            return error(404, "ObjectNotFound", QStringLiteral("Cloud credentials %1 not found").arg(rest));
        }
        stored.insert(QStringLiteral("id"), QString::number(m_nextId++));
        items.append(stored);
        ++created;
        return data(201, stored);
    }
    return error(404, "EndpointNotFound", QStringLiteral("Endpoint not found"));
}
