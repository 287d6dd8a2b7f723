#include "PlatformDiagnosis.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PlatformChecks)
};
} // namespace

namespace cc {

QString pointerForPlatformField(const QString &field, const Profile &p)
{
    const QString f = field.section(QLatin1Char('.'), -1).toLower();
    if (f == QLatin1String("clientid"))
        return QStringLiteral("/azure/clientId");
    if (f == QLatin1String("clientsecret"))
        return QStringLiteral("/secrets/azureClientSecret");
    if (f == QLatin1String("tenantid"))
        return QStringLiteral("/azure/tenantId");
    if (f == QLatin1String("subscriptionid"))
        return QStringLiteral("/azure/subscriptionId");
    if (f == QLatin1String("expirationdate"))
        return QStringLiteral("/azure/secretExpiresAt");
    if (f == QLatin1String("iamrole"))
        return QStringLiteral("/aws/roleArn");
    if (f == QLatin1String("accesskey"))
        return QStringLiteral("/aws/accessKeyId");
    if (f == QLatin1String("secretkey"))
        return QStringLiteral("/secrets/awsSecretAccessKey");
    if (f == QLatin1String("name"))
        return QStringLiteral("/platform/credentialsName");
    if (f == QLatin1String("accountid"))
        return QStringLiteral("/platform/accountId");
    Q_UNUSED(p);
    return {};
}

Diagnosis diagnosePlatformFailure(const PlatformAnswer &a, const QString &what, const Profile &p)
{
    Diagnosis d;
    const HttpResponse &r = a.http;
    const bool spot = p.platform.kind == PlatformKind::Spot;
    const QString platform = spot ? QStringLiteral("Spot") : QStringLiteral("Scalr");
    if (!r.answered()) {
        d.cause = r.failureText;
        d.fix = failureFix(r.failure);
        d.environmental = r.failure != NetFailure::InsecureUrl;
        return d;
    }
    if (r.status >= 300 && r.status < 400) {
        const QString to = QString::fromLatin1(r.header("location")).left(300);
        d.cause = Tr::tr("%1 answered %2 with a redirect (HTTP %3)%4. Redirects are not followed, so no token "
                         "or signature is sent to another address.")
                      .arg(r.url.host(), what)
                      .arg(r.status)
                      .arg(to.isEmpty() ? QString() : QStringLiteral(" to %1").arg(to));
        d.fix = spot ? Tr::tr("Use https://api.spotinst.io (or the address Spot gave you) as the endpoint.")
                     : Tr::tr("Enter the Scalr server's final address (with https:// and without a path) on the Platform page.");
        return d;
    }
    const PlatformError e = a.errors.value(0);
    const QString text = a.errorText();
    if (r.status == 401 || e.code == QLatin1String("BadAuthentication")) {
        const QString m = e.message.toLower();
        if (spot) {
            d.cause = Tr::tr("Spot did not accept the API token for account %1 (%2).").arg(p.platform.accountId, text);
            d.fix = Tr::tr("Create a new token under Settings → API in the Spot console (it is shown only "
                           "once) and check the account id.");
        } else if (m.contains(QLatin1String("expired"))) {
            d.cause = Tr::tr("Scalr refused the request as expired: this computer's clock differs from the "
                             "server's by more than 5 minutes (%1).")
                          .arg(text);
            d.fix = Tr::tr("Set the clock right (timedatectl set-ntp true) and try again.");
        } else if (m.contains(QLatin1String("signature"))) {
            d.cause = Tr::tr("Scalr says the signature does not match: the API secret key does not belong to "
                             "key id %1 (%2).")
                          .arg(p.platform.apiKeyId, text);
            d.fix = Tr::tr("Paste the API secret key again, exactly as shown when the key was generated.");
        } else if (m.contains(QLatin1String("api key")) || m.contains(QLatin1String("key id"))) {
            d.cause = Tr::tr("Scalr does not know the API key id %1 (%2).").arg(p.platform.apiKeyId, text);
            d.fix = Tr::tr("Check the key id under your profile → API access in Scalr, and that the key is active.");
        } else {
            d.cause = Tr::tr("Scalr refused the authentication (%1).").arg(text);
            d.fix = Tr::tr("Check the API key id and secret key on the Platform page.");
        }
        return d;
    }
    if (r.status == 403 || e.code == QLatin1String("PermissionViolation")) {
        d.cause = Tr::tr("%1 refused %2: the API key may not do this (%3).").arg(platform, what, text);
        d.fix = spot ? Tr::tr("Use a token of an account administrator.")
                     : Tr::tr("Use the API key of a user allowed to manage cloud credentials at this scope.");
        return d;
    }
    if (r.status == 429 || r.status >= 500) {
        d.cause = Tr::tr("%1 answered %2 with HTTP %3 (%4). %5").arg(platform, what).arg(r.status).arg(text, r.failureText).trimmed();
        d.fix = Tr::tr("Try again in a few minutes.");
        d.environmental = true;
        return d;
    }
    d.cause = Tr::tr("%1 refused %2: %3").arg(platform, what, text);
    if (!e.field.isEmpty())
        d.cause += Tr::tr(" (field %1)").arg(e.field);
    d.fix = e.code == QLatin1String("InvalidValue") && !spot
                ? Tr::tr("Scalr verifies the cloud credentials itself: check them with the Verify page, then try again.")
                : Tr::tr("Correct the answer it names and submit again.");
    return d;
}

} // namespace cc
