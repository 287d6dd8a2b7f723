#include "AwsDiagnosis.h"

#include "ProfileEnums.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AwsChecks)
};
} // namespace

namespace cc {

namespace {

QString withRequestId(const QString &text, const AwsAnswer &a)
{
    if (a.awsRequestId.isEmpty())
        return text;
    return text + Tr::tr(" (AWS request id %1)").arg(a.awsRequestId);
}

QString partitionName(AwsPartition p)
{
    switch (p) {
    case AwsPartition::AwsUsGov: return Tr::tr("AWS GovCloud (US)");
    case AwsPartition::AwsCn: return Tr::tr("AWS China");
    case AwsPartition::Aws: break;
    }
    return Tr::tr("AWS commercial");
}

} // namespace

Diagnosis diagnoseAwsFailure(const AwsAnswer &a, const QString &call, const Profile &p)
{
    Diagnosis d;
    const HttpResponse &r = a.http;
    if (!r.answered()) {
        d.cause = r.failureText;
        d.fix = failureFix(r.failure);
        d.environmental = r.failure != NetFailure::InsecureUrl;
        return d;
    }
    const QString code = a.errorCode;
    const QString awsSays = a.errorMessage.isEmpty() ? QString() : Tr::tr(" AWS says: “%1”").arg(a.errorMessage);
    if (code == QLatin1String("InvalidClientTokenId") || code == QLatin1String("UnrecognizedClientException")
        || code == QLatin1String("InvalidAccessKeyId") || code == QLatin1String("AuthFailure")) {
        d.cause = withRequestId(
            Tr::tr("AWS does not know the access key id %1 in the %2 partition.").arg(p.aws.accessKeyId, partitionName(p.aws.partition)),
            a);
        d.fix = Tr::tr("Check the access key id. A key of GovCloud or China works only there: choose that "
                       "partition on the Cloud page. A key deleted or made inactive in IAM also ends here.");
        if (p.aws.accessKeyId.startsWith(QLatin1String("ASIA")))
            d.fix += Tr::tr(" Keys starting with ASIA are temporary and need a session token; create a "
                            "long-term access key (AKIA…) for the platform instead.");
    } else if (code == QLatin1String("SignatureDoesNotMatch")) {
        d.cause = withRequestId(Tr::tr("AWS rejected the signature: the secret access key does not belong to "
                                       "the access key id %1.")
                                    .arg(p.aws.accessKeyId),
                                a);
        d.fix = Tr::tr("Paste the secret access key again, exactly 40 characters, without spaces or line "
                       "breaks around it (copying from a table or an e-mail often adds them).");
    } else if (code == QLatin1String("RequestExpired") || code == QLatin1String("RequestTimeTooSkewed")) {
        d.cause = withRequestId(Tr::tr("AWS refused the request as expired: this computer's clock differs from "
                                       "AWS's by more than 15 minutes."),
                                a);
        d.fix = Tr::tr("Set the clock right (for example turn on NTP: timedatectl set-ntp true) and run the "
                       "checks again.");
    } else if (code == QLatin1String("ExpiredToken")) {
        d.cause = withRequestId(Tr::tr("The session token of these credentials has expired."), a);
        d.fix = Tr::tr("Use a long-term access key (AKIA…) for the platform.");
    } else if (code == QLatin1String("IncompleteSignature") || code == QLatin1String("MissingAuthenticationToken")) {
        d.cause = withRequestId(Tr::tr("AWS could not read the request's signature.%1").arg(awsSays), a);
        d.fix = Tr::tr("Check that endpoints.* points at AWS itself and not at a proxy that rewrites "
                       "requests; if it does, report this with the request id.");
    } else if (code == QLatin1String("AccessDenied") || code == QLatin1String("AccessDeniedException")
               || code == QLatin1String("UnauthorizedOperation")) {
        d.cause = withRequestId(Tr::tr("The identity may not call %1.%2").arg(call, awsSays), a);
        d.fix = Tr::tr("Attach the policy the platform needs (see the generated policy on the Identity "
                       "page) to this user, then run the checks again.");
    } else if (r.status == 429 || code == QLatin1String("Throttling") || code == QLatin1String("RequestLimitExceeded")) {
        d.cause = withRequestId(Tr::tr("AWS throttled %1 (HTTP %2). %3").arg(call).arg(r.status).arg(r.failureText).trimmed(), a);
        d.fix = Tr::tr("Wait a minute and run the checks again.");
        d.environmental = true;
    } else if (r.status >= 500) {
        d.cause = withRequestId(Tr::tr("AWS answered %1 with HTTP %2 %3. %4")
                                    .arg(call)
                                    .arg(r.status)
                                    .arg(QString::fromLatin1(r.reason), r.failureText)
                                    .trimmed(),
                                a);
        d.fix = Tr::tr("This is on AWS's side or a proxy's; try again in a few minutes and check the AWS "
                       "Health Dashboard.");
        d.environmental = true;
    } else if (r.status >= 300 && r.status < 400) {
        const QString to = QString::fromLatin1(r.header("location")).left(300);
        d.cause = Tr::tr("%1 answered with a redirect (HTTP %2)%3. Redirects are not followed, so that no "
                         "signed request is sent anywhere else.")
                      .arg(r.url.host())
                      .arg(r.status)
                      .arg(to.isEmpty() ? QString() : QStringLiteral(" to %1").arg(to));
        d.fix = Tr::tr("Set the endpoint (endpoints.* in the profile) to the address the service itself "
                       "uses for this region.");
    } else if (!code.isEmpty()) {
        d.cause = withRequestId(Tr::tr("AWS refused %1 with %2.%3").arg(call, code, awsSays), a);
        d.fix = Tr::tr("Look the error code up in AWS's documentation for %1.").arg(call);
    } else {
        d.cause = Tr::tr("%1 answered %2 with HTTP %3 and no AWS error in the body.").arg(r.url.host(), call).arg(r.status);
        d.fix = Tr::tr("Check that the endpoint address points at AWS (endpoints.* in the profile).");
    }
    return d;
}

} // namespace cc
