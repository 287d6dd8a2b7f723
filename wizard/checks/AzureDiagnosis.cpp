#include "AzureDiagnosis.h"

#include "artefacts/AzureNationalClouds.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureChecks)
};
} // namespace

namespace cc {

namespace {

QString ids(const AzureAnswer &a)
{
    QStringList parts;
    if (!a.traceId.isEmpty())
        parts << Tr::tr("trace id %1").arg(a.traceId);
    if (!a.correlationId.isEmpty())
        parts << Tr::tr("correlation id %1").arg(a.correlationId);
    return parts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
}

// Microsoft's description without the trace/correlation/timestamp lines it appends.
QString firstLine(const QString &description)
{
    QString d = description.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (d.endsWith(QLatin1Char('\r')))
        d.chop(1);
    return d.left(400);
}

bool hasCode(const AzureAnswer &a, qint64 code)
{
    return a.aadCodes.contains(code) || a.errorMessage.startsWith(QStringLiteral("AADSTS%1:").arg(code));
}

Diagnosis transport(const AzureAnswer &a)
{
    Diagnosis d;
    d.cause = a.http.failureText;
    d.fix = failureFix(a.http.failure);
    d.environmental = a.http.failure != NetFailure::InsecureUrl;
    return d;
}

Diagnosis busyOrBroken(const AzureAnswer &a, const QString &service)
{
    Diagnosis d;
    const HttpResponse &r = a.http;
    if (r.status == 429) {
        d.cause = Tr::tr("%1 throttled the request (HTTP 429). %2").arg(service, r.failureText).trimmed() + ids(a);
        d.fix = Tr::tr("Wait a minute and run the checks again.");
    } else {
        d.cause =
            Tr::tr("%1 answered HTTP %2 %3. %4").arg(service).arg(r.status).arg(QString::fromLatin1(r.reason), r.failureText).trimmed()
            + ids(a);
        d.fix = Tr::tr("This is on Microsoft's side or a proxy's; try again in a few minutes and check Azure status.");
    }
    d.environmental = true;
    return d;
}

Diagnosis redirected(const AzureAnswer &a)
{
    Diagnosis d;
    const QString to = QString::fromLatin1(a.http.header("location")).left(300);
    d.cause = Tr::tr("%1 answered with a redirect (HTTP %2)%3. Redirects are not followed, so no secret or "
                     "token is sent anywhere else.")
                  .arg(a.http.url.host())
                  .arg(a.http.status)
                  .arg(to.isEmpty() ? QString() : QStringLiteral(" to %1").arg(to));
    d.fix = Tr::tr("Check the national cloud on the Cloud page, or endpoints.azureAuthority / "
                   "endpoints.azureResourceManager in the profile.");
    return d;
}

} // namespace

bool tokenFailureMayBePropagation(const AzureAnswer &a)
{
    for (qint64 code : {65001, 650056, 650057, 700016})
        if (hasCode(a, code))
            return true;
    return false;
}

bool armFailureMayBePropagation(const AzureAnswer &a)
{
    return a.error == QLatin1String("AuthorizationFailed") || a.error == QLatin1String("SubscriptionNotFound");
}

Diagnosis diagnoseTokenFailure(const AzureAnswer &a, const Profile &p)
{
    if (!a.http.answered())
        return transport(a);
    if (a.http.status >= 300 && a.http.status < 400)
        return redirected(a);
    if (a.http.status == 429 || a.http.status >= 500)
        return busyOrBroken(a, QStringLiteral("Entra ID"));
    const AzureCloudInfo cloud = azureCloudInfo(p.azure.cloud);
    Diagnosis d;
    const QString app = p.azure.clientId;
    if (hasCode(a, 7000215)) {
        d.cause = Tr::tr("Entra ID rejected the client secret of application %1.").arg(app) + ids(a);
        d.fix = Tr::tr("Copy the secret's Value (not its Secret ID) from Certificates & secrets again, without "
                       "spaces around it.");
        if (p.platform.kind == PlatformKind::Scalr)
            d.fix += Tr::tr(" Scalr does not accept a secret containing + or /: if yours has one, create a new "
                            "secret until it has neither.");
    } else if (hasCode(a, 7000222)) {
        d.cause = Tr::tr("The client secret of application %1 has expired.").arg(app) + ids(a);
        d.fix = Tr::tr("Create a new client secret under Certificates & secrets, enter it with its new expiry "
                       "on the Credentials page, and update the platform's credentials.");
    } else if (hasCode(a, 700016)) {
        d.cause = Tr::tr("Application %1 was not found in tenant %2.").arg(app, p.azure.tenantId) + ids(a);
        d.fix = Tr::tr("Check the Application (client) ID and that the app was registered in this directory; "
                       "an app created a moment ago can take a few minutes to appear.");
    } else if (hasCode(a, 90002) || hasCode(a, 90023)) {
        d.cause = Tr::tr("Tenant %1 was not found in %2.").arg(p.azure.tenantId, cloud.displayName) + ids(a);
        d.fix = Tr::tr("Check the Directory (tenant) ID. A tenant of Azure Government or Azure China exists "
                       "only in that cloud: choose it on the Cloud page.");
    } else if (hasCode(a, 65001) || hasCode(a, 650056) || hasCode(a, 650057)) {
        d.cause = Tr::tr("Consent for application %1 has not been granted (or has not reached Entra ID yet).").arg(app) + ids(a);
        d.fix = Tr::tr("Click “Grant admin consent” under API permissions and tick that step on the checklist: "
                       "a grant can take up to 15 minutes to take effect, and the checks keep retrying for "
                       "15 minutes after it is ticked.");
    } else if (!a.error.isEmpty()) {
        d.cause = Tr::tr("Entra ID refused the token request (%1): %2").arg(a.error, firstLine(a.errorMessage)) + ids(a);
        d.fix = Tr::tr("Look the AADSTS code up in Microsoft's error reference (login.microsoftonline.com/error).");
    } else {
        d.cause = Tr::tr("%1 answered HTTP %2 without an Entra ID error.").arg(a.http.url.host()).arg(a.http.status);
        d.fix = Tr::tr("Check that the authority address points at Entra ID (endpoints.azureAuthority).");
    }
    return d;
}

Diagnosis diagnoseArmFailure(const AzureAnswer &a, const QString &what, const Profile &p)
{
    if (!a.http.answered())
        return transport(a);
    if (a.http.status >= 300 && a.http.status < 400)
        return redirected(a);
    if (a.http.status == 429 || a.http.status >= 500)
        return busyOrBroken(a, QStringLiteral("Resource Manager"));
    Diagnosis d;
    const QString says = a.errorMessage.isEmpty() ? QString() : Tr::tr(" Azure says: “%1”").arg(firstLine(a.errorMessage));
    if (a.error == QLatin1String("InvalidAuthenticationToken") || a.error == QLatin1String("InvalidAuthenticationTokenAudience")
        || a.error == QLatin1String("ExpiredAuthenticationToken")) {
        d.cause = Tr::tr("Resource Manager did not accept the token for %1.%2").arg(what, says) + ids(a);
        d.fix = Tr::tr("Check that the Cloud page names the cloud this subscription lives in, and "
                       "endpoints.azureResourceManager if set.");
    } else if (a.error == QLatin1String("AuthorizationFailed")) {
        d.cause = Tr::tr("Application %1 may not read %2.%3").arg(p.azure.clientId, what, says) + ids(a);
        d.fix = Tr::tr("Assign the app the Contributor role on subscription %1 (Access control (IAM)); a new "
                       "assignment can take up to 15 minutes to take effect.")
                    .arg(p.azure.subscriptionId);
    } else if (a.error == QLatin1String("SubscriptionNotFound")) {
        d.cause =
            Tr::tr("Subscription %1 was not found, or application %2 has no role on it yet.").arg(p.azure.subscriptionId, p.azure.clientId)
            + ids(a);
        d.fix = Tr::tr("Check the Subscription ID, and assign the app a role on it (Contributor).");
    } else if (!a.error.isEmpty()) {
        d.cause = Tr::tr("Resource Manager refused %1 with %2.%3").arg(what, a.error, says) + ids(a);
        d.fix = Tr::tr("Look the error code up in Azure Resource Manager's documentation.");
    } else {
        d.cause = Tr::tr("%1 answered %2 with HTTP %3 and no Azure error.").arg(a.http.url.host(), what).arg(a.http.status);
        d.fix = Tr::tr("Check that endpoints.azureResourceManager points at Azure Resource Manager.");
    }
    return d;
}

} // namespace cc
