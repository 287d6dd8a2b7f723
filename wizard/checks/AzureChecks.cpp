#include "AzureChecks.h"

#include "AzureDiagnosis.h"
#include "AzureEndpoints.h"
#include "HttpClient.h"
#include "HttpJob.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureChecks)
};
} // namespace

namespace cc {

namespace {

const QString kToken = QStringLiteral("azure.token");
const QString kSubscription = QStringLiteral("azure.subscription");
const QString kRole = QStringLiteral("azure.role");
const QString kNetwork = QStringLiteral("azure.network");

constexpr const char *kContributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
constexpr const char *kOwner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
constexpr int kMaxRolePages = 20;

CheckResult failure(const QString &id, const Diagnosis &d)
{
    return CheckResult{id, CheckStatus::Fail, d.cause, d.fix, {}, d.environmental};
}

QString lastSegment(const QString &path)
{
    return path.section(QLatin1Char('/'), -1).toLower();
}

// A role's name as the Azure portal shows it in the reader's language (roleName() is the data).
QString roleText(const QString &roleDefinitionId)
{
    const QString id = lastSegment(roleDefinitionId);
    if (id == QLatin1String(kContributor))
        return Tr::tr("Contributor", "Azure built-in role");
    if (id == QLatin1String(kOwner))
        return Tr::tr("Owner", "Azure built-in role");
    if (id == QLatin1String("acdd72a7-3385-48ef-bd42-f606fba81ae7"))
        return Tr::tr("Reader", "Azure built-in role");
    if (id == QLatin1String("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"))
        return Tr::tr("User Access Administrator", "Azure built-in role");
    return Tr::tr("role %1").arg(id.left(64));
}

} // namespace

AzureChecks::AzureChecks(const Profile &p, const SecretValues &secrets, HttpClient *http, Report report, Progress progress,
                         const CheckOptions &options, QObject *parent)
    : CheckGroup(http, std::move(report), std::move(progress), parent), m_profile(p), m_secret(secrets.azureClientSecret),
      m_client(new AzureClient(http, this)), m_options(options)
{
    m_grantDeadline = grantDeadline(p, m_options, QDateTime::currentDateTimeUtc());
}

QDateTime AzureChecks::grantDeadline(const Profile &p, const CheckOptions &options, const QDateTime &now)
{
    const qint64 wait = std::min(options.grantWaitMs, kMaxGrantWaitMs);
    if (wait <= 0)
        return {};
    // The newest grant-like step on the checklist opens the window in which failures are retried.
    QDateTime ticked;
    for (const char *step : {"azure.grantPermissions", "azure.role.contributor"}) {
        const ChecklistEntry e = p.checklist.value(QLatin1String(step));
        if (e.done && e.at.isValid() && (!ticked.isValid() || e.at > ticked))
            ticked = e.at;
    }
    if (!ticked.isValid())
        return {};
    if (ticked > now)
        ticked = now;
    const QDateTime deadline = ticked.addMSecs(wait);
    return deadline > now ? deadline : QDateTime();
}

AzureChecks::~AzureChecks()
{
    m_secret.wipe();
}

bool AzureChecks::grantsContributor(const QString &roleDefinitionId, const QString &scope, const QString &subscriptionId)
{
    const QString role = lastSegment(roleDefinitionId);
    if (role != QLatin1String(kContributor) && role != QLatin1String(kOwner))
        return false;
    const QString s = scope.toLower();
    return s == QLatin1String("/") || s == QStringLiteral("/subscriptions/%1").arg(subscriptionId.toLower())
           || s.startsWith(QLatin1String("/providers/microsoft.management/managementgroups/"));
}

QString AzureChecks::roleName(const QString &roleDefinitionId)
{
    const QString id = lastSegment(roleDefinitionId);
    if (id == QLatin1String(kContributor))
        return QStringLiteral("Contributor");
    if (id == QLatin1String(kOwner))
        return QStringLiteral("Owner");
    if (id == QLatin1String("acdd72a7-3385-48ef-bd42-f606fba81ae7"))
        return QStringLiteral("Reader");
    if (id == QLatin1String("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"))
        return QStringLiteral("User Access Administrator");
    return QStringLiteral("role %1").arg(id.left(64));
}

QStringList AzureChecks::checkIds()
{
    return {kToken, kSubscription, kRole, kNetwork};
}

void AzureChecks::cancel()
{
    CheckGroup::cancel();
    for (QTimer *t : std::as_const(m_waiting))
        t->stop();
    m_waiting.clear();
}

QUrl AzureChecks::arm(const QString &path, const QString &query) const
{
    QUrl url = azureEndpoints(m_profile).resourceManager;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

bool AzureChecks::retryWhileGranting(const QString &id, const QString &cause, const std::function<void()> &again)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (cancelled() || !m_grantDeadline.isValid() || now >= m_grantDeadline)
        return false;
    const int n = ++m_retries[id];
    const qint64 delay = std::min<qint64>(qint64(m_options.grantRetryBaseMs) << std::min(n - 1, 16), m_options.grantRetryMaxMs);
    const qint64 left = now.msecsTo(m_grantDeadline);
    progress(id, Tr::tr("%1 A grant can take up to 15 minutes to reach Azure: trying again in %2 s "
                        "(attempt %3; keeps trying until %4 UTC).")
                     .arg(cause)
                     .arg(std::max<qint64>(1, std::min(delay, left) / 1000))
                     .arg(n + 1)
                     .arg(m_grantDeadline.toString(QStringLiteral("HH:mm:ss"))));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_waiting.insert(id, timer);
    connect(timer, &QTimer::timeout, this, [this, id, timer, again] {
        m_waiting.remove(id);
        timer->deleteLater();
        if (!cancelled())
            again();
    });
    timer->start(int(std::min(delay, left)));
    return true;
}

void AzureChecks::start(const QSet<QString> &ids)
{
    m_ids = ids;
    const AzureEndpoints ep = azureEndpoints(m_profile);
    QString why;
    QString fix;
    if (ep.retired) {
        why = Tr::tr("Microsoft Cloud Deutschland (AzureGermanCloud) was closed on 2021-10-29.");
        fix = Tr::tr("Choose AzureCloud, AzureUSGovernment or AzureChinaCloud on the Cloud page.");
    } else if (m_secret.isEmpty()) {
        why = Tr::tr("No client secret was entered.");
        fix = Tr::tr("Enter the client secret's Value on the Credentials page.");
    }
    if (!why.isEmpty()) {
        for (const QString &id : {kToken, kSubscription, kRole, kNetwork})
            if (ids.contains(id))
                finish(result(id, CheckStatus::Fail, why, fix));
        return;
    }
    for (const QString &id : {kSubscription, kRole, kNetwork})
        if (ids.contains(id) && ids.contains(kToken))
            progress(id, Tr::tr("Waits for a token from Entra ID (azure.token)."));
    runToken();
}

void AzureChecks::runToken()
{
    const AzureEndpoints ep = azureEndpoints(m_profile);
    auto *job = m_client->requestToken(
        ep.authority, m_profile.azure.tenantId, m_profile.azure.clientId, m_secret, ep.scope, [this](const AzureAnswer &a) {
            const QByteArray token = a.json.value(QStringLiteral("access_token")).toString().toLatin1();
            if (!a.ok() || token.isEmpty()) {
                if (a.http.failure == NetFailure::Cancelled)
                    return;
                const Diagnosis d = a.ok() ? Diagnosis{Tr::tr("Entra ID answered without an access token."),
                                                       Tr::tr("Check endpoints.azureAuthority."), false}
                                           : diagnoseTokenFailure(a, m_profile);
                if (tokenFailureMayBePropagation(a) && retryWhileGranting(kToken, d.cause, [this] { runToken(); }))
                    return;
                if (m_ids.contains(kToken))
                    finish(failure(kToken, d));
                const QString why = m_ids.contains(kToken) ? Tr::tr("Not run, because Entra ID issued no token (see azure.token).")
                                                           : Tr::tr("Not run, because Entra ID issued no token: %1").arg(d.cause);
                for (const QString &id : {kSubscription, kRole, kNetwork})
                    if (m_ids.contains(id))
                        finish(result(id, CheckStatus::Skipped, why));
                return;
            }
            m_token = decodeAccessToken(token);
            if (m_ids.contains(kToken)) {
                CheckResult r =
                    result(kToken, CheckStatus::Pass,
                           Tr::tr("Entra ID issued a token for application %1 in tenant %2.")
                               .arg(m_profile.azure.clientId, m_token.tenantId.isEmpty() ? m_profile.azure.tenantId : m_token.tenantId));
                r.details = QJsonObject{{QStringLiteral("tenantId"), m_token.tenantId},
                                        {QStringLiteral("objectId"), m_token.objectId},
                                        {QStringLiteral("expiresIn"), a.json.value(QStringLiteral("expires_in")).toInt()}};
                if (!m_token.tenantId.isEmpty() && m_token.tenantId.compare(m_profile.azure.tenantId, Qt::CaseInsensitive) != 0) {
                    r.status = CheckStatus::Warn;
                    r.message = Tr::tr("The token is for tenant %1, not %2.").arg(m_token.tenantId, m_profile.azure.tenantId);
                    r.fix = Tr::tr("Check the Directory (tenant) ID on the Credentials page.");
                }
                finish(r);
            }
            tokenReady();
        });
    track(kToken, job);
}

void AzureChecks::tokenReady()
{
    if (m_ids.contains(kSubscription))
        runSubscription();
    if (m_ids.contains(kRole))
        startRole();
    if (m_ids.contains(kNetwork))
        runNetwork();
}

void AzureChecks::startRole()
{
    {
        if (m_token.objectId.isEmpty()) {
            finish(result(kRole, CheckStatus::Fail,
                          Tr::tr("The token carries no object id (oid), so the app's role assignments cannot be looked up."),
                          Tr::tr("Check that the token comes from Entra ID (endpoints.azureAuthority).")));
        } else {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("api-version"), QStringLiteral("2022-04-01"));
            // assignedTo(): the principal's own assignments and those of the groups it belongs to
            // (transitively); "principalId eq" would miss a Contributor role held through a group
            // [learn.microsoft.com, role-assignments-list-rest, "List role assignments for a user"].
            q.addQueryItem(QStringLiteral("$filter"), QStringLiteral("assignedTo('%1')").arg(m_token.objectId));
            runRole(arm(QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleAssignments")
                            .arg(m_profile.azure.subscriptionId),
                        q.toString(QUrl::FullyEncoded)),
                    {}, {}, 1);
        }
    }
}

void AzureChecks::runSubscription()
{
    const QString id = m_profile.azure.subscriptionId;
    auto *job = m_client->armGet(
        arm(QStringLiteral("/subscriptions/%1").arg(id), QStringLiteral("api-version=2022-12-01")), m_token.token,
        [this, id](const AzureAnswer &a) {
            if (a.http.failure == NetFailure::Cancelled)
                return;
            if (!a.ok()) {
                const Diagnosis d = diagnoseArmFailure(a, Tr::tr("subscription %1").arg(id), m_profile);
                if (armFailureMayBePropagation(a) && retryWhileGranting(kSubscription, d.cause, [this] { runSubscription(); }))
                    return;
                finish(failure(kSubscription, d));
                return;
            }
            const QString name = a.json.value(QStringLiteral("displayName")).toString().left(200);
            const QString state = a.json.value(QStringLiteral("state")).toString().left(40);
            const QString tenant = a.json.value(QStringLiteral("tenantId")).toString().left(64);
            CheckResult r;
            r.id = kSubscription;
            r.details = QJsonObject{{QStringLiteral("subscriptionId"), id},
                                    {QStringLiteral("displayName"), name},
                                    {QStringLiteral("state"), state},
                                    {QStringLiteral("tenantId"), tenant}};
            if (!tenant.isEmpty() && tenant.compare(m_profile.azure.tenantId, Qt::CaseInsensitive) != 0) {
                r.status = CheckStatus::Fail;
                r.message = Tr::tr("Subscription “%1” (%2) belongs to tenant %3, not %4.").arg(name, id, tenant, m_profile.azure.tenantId);
                r.fix = Tr::tr("Use the Directory (tenant) ID of the subscription's directory, or the subscription of this tenant.");
            } else if (state == QLatin1String("Enabled")) {
                r.status = CheckStatus::Pass;
                r.message = Tr::tr("Subscription “%1” (%2) is enabled.").arg(name, id);
            } else if (state == QLatin1String("Warned")) {
                r.status = CheckStatus::Warn;
                r.message = Tr::tr("Subscription “%1” (%2) is in the Warned state: it will be disabled unless the account is settled.")
                                .arg(name, id);
                r.fix = Tr::tr("Check the subscription's billing in the Azure portal (Cost Management + Billing).");
            } else {
                r.status = CheckStatus::Fail;
                r.message = Tr::tr("Subscription “%1” (%2) is %3: no resources can be managed in it.")
                                .arg(name, id, state.isEmpty() ? Tr::tr("in an unknown state") : state);
                r.fix = state == QLatin1String("PastDue")
                            ? Tr::tr("Settle the outstanding payment in Cost Management + Billing.")
                            : Tr::tr("Re-enable the subscription in the Azure portal, or choose another one.");
            }
            finish(r);
        });
    track(kSubscription, job);
}

void AzureChecks::runRole(const QUrl &url, QStringList found, QStringList foundText, int page)
{
    auto *job = m_client->armGet(url, m_token.token, [this, found, foundText, page](const AzureAnswer &a) mutable {
        if (a.http.failure == NetFailure::Cancelled)
            return;
        if (!a.ok()) {
            const Diagnosis d =
                diagnoseArmFailure(a, Tr::tr("the role assignments of subscription %1").arg(m_profile.azure.subscriptionId), m_profile);
            if (armFailureMayBePropagation(a) && retryWhileGranting(kRole, d.cause, [this] { startRole(); }))
                return;
            finish(failure(kRole, d));
            return;
        }
        bool granted = false;
        for (const QJsonValue &v : a.json.value(QStringLiteral("value")).toArray()) {
            const QJsonObject props = v.toObject().value(QStringLiteral("properties")).toObject();
            const QString principal = props.value(QStringLiteral("principalId")).toString().left(64);
            const bool own = principal.compare(m_token.objectId, Qt::CaseInsensitive) == 0;
            // Another principal's assignment counts only as a group's (assignedTo lists only the
            // app's groups; Graph is not asked): a user's or another app's is never the app's.
            if (!own && props.value(QStringLiteral("principalType")).toString() != QLatin1String("Group"))
                continue;
            const QString via = own ? QString() : QStringLiteral(" through group %1").arg(principal);
            const QString viaText = own ? QString() : Tr::tr(" through group %1").arg(principal);
            const QString def = props.value(QStringLiteral("roleDefinitionId")).toString().left(500);
            const QString scope = props.value(QStringLiteral("scope")).toString().left(500);
            if (grantsContributor(def, scope, m_profile.azure.subscriptionId)) {
                granted = true;
                //: %1 a role's name (Contributor, Owner), %2 its scope, %3 " through group …" or nothing
                const QString text = Tr::tr("%1 at %2%3").arg(roleText(def), scope, viaText);
                CheckResult r = result(kRole, CheckStatus::Pass, Tr::tr("The app (object id %1) has %2.").arg(m_token.objectId, text));
                r.details = QJsonObject{{QStringLiteral("objectId"), m_token.objectId},
                                        {QStringLiteral("role"), roleName(def)},
                                        {QStringLiteral("scope"), scope}};
                if (!own)
                    r.details.insert(QStringLiteral("group"), principal);
                finish(r);
                break;
            }
            if (found.size() < 50) {
                found << QStringLiteral("%1 at %2%3").arg(roleName(def), scope, via);
                foundText << Tr::tr("%1 at %2%3").arg(roleText(def), scope, viaText);
            }
        }
        if (granted)
            return;
        const QString next = a.json.value(QStringLiteral("nextLink")).toString();
        if (!next.isEmpty()) {
            const QUrl nextUrl(next);
            const QUrl base = azureEndpoints(m_profile).resourceManager;
            // The next page must come from Resource Manager itself: the token goes with it.
            if (nextUrl.scheme() != base.scheme() || nextUrl.host().compare(base.host(), Qt::CaseInsensitive) != 0
                || nextUrl.port(base.scheme() == QLatin1String("https") ? 443 : 80)
                       != base.port(base.scheme() == QLatin1String("https") ? 443 : 80)) {
                finish(result(kRole, CheckStatus::Fail,
                              Tr::tr("Resource Manager pointed the next page of role assignments at %1; it was not "
                                     "followed, so the token was not sent there.")
                                  .arg(nextUrl.host().left(200)),
                              Tr::tr("Check endpoints.azureResourceManager and any proxy in between.")));
                return;
            }
            if (page < kMaxRolePages) {
                runRole(nextUrl, found, foundText, page + 1);
                return;
            }
        }
        const QString cause =
            found.isEmpty()
                ? Tr::tr("The app (object id %1) has no role on subscription %2.").arg(m_token.objectId, m_profile.azure.subscriptionId)
                : Tr::tr("The app (object id %1) has %2, but not Contributor or Owner on subscription %3.")
                      .arg(m_token.objectId, foundText.join(QStringLiteral("; ")), m_profile.azure.subscriptionId);
        if (retryWhileGranting(kRole, cause, [this] { startRole(); }))
            return;
        CheckResult r = result(kRole, CheckStatus::Fail, cause,
                               Tr::tr("In the subscription's Access control (IAM), add a role assignment: Contributor, "
                                      "for the app “%1”. It can take up to 15 minutes to take effect; tick the "
                                      "checklist step and the checks keep retrying meanwhile.")
                                   .arg(m_profile.azure.appName.isEmpty() ? m_profile.azure.clientId : m_profile.azure.appName));
        r.details =
            QJsonObject{{QStringLiteral("objectId"), m_token.objectId}, {QStringLiteral("found"), QJsonArray::fromStringList(found)}};
        finish(r);
    });
    track(kRole, job);
}

void AzureChecks::runNetwork()
{
    const QString vnet = m_profile.azure.vnetName;
    const QString path = vnet.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive)
                             ? vnet
                             : QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Network/virtualNetworks/%3")
                                   .arg(m_profile.azure.subscriptionId, m_profile.azure.resourceGroup, vnet);
    auto *job = m_client->armGet(arm(path, QStringLiteral("api-version=2023-09-01")), m_token.token, [this, vnet](const AzureAnswer &a) {
        if (a.http.failure == NetFailure::Cancelled)
            return;
        const QString rg = m_profile.azure.resourceGroup;
        if (a.error == QLatin1String("ResourceNotFound") || a.error == QLatin1String("ResourceGroupNotFound")) {
            finish(result(kNetwork, CheckStatus::Fail,
                          a.error == QLatin1String("ResourceGroupNotFound")
                              ? Tr::tr("There is no resource group %1 in subscription %2.").arg(rg, m_profile.azure.subscriptionId)
                              : Tr::tr("There is no virtual network %1 in resource group %2.").arg(vnet, rg),
                          Tr::tr("Check the resource group and virtual network names on the Network page (they "
                                 "are case-insensitive but must exist in this subscription).")));
            return;
        }
        if (!a.ok()) {
            finish(failure(kNetwork, diagnoseArmFailure(a, Tr::tr("virtual network %1").arg(vnet), m_profile)));
            return;
        }
        const QString location = a.json.value(QStringLiteral("location")).toString().left(64);
        QStringList prefixes;
        const QJsonObject props = a.json.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &v :
             props.value(QStringLiteral("addressSpace")).toObject().value(QStringLiteral("addressPrefixes")).toArray())
            if (prefixes.size() < 20)
                prefixes << v.toString().left(64);
        CheckResult r = result(
            kNetwork, CheckStatus::Pass,
            Tr::tr("Virtual network %1 exists in %2 (%3, %4).")
                .arg(a.json.value(QStringLiteral("name")).toString(vnet).left(100), rg, location, prefixes.join(QStringLiteral(", "))));
        r.details =
            QJsonObject{{QStringLiteral("location"), location}, {QStringLiteral("addressPrefixes"), QJsonArray::fromStringList(prefixes)}};
        finish(r);
    });
    track(kNetwork, job);
}

} // namespace cc
