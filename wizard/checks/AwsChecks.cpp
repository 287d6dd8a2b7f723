#include "AwsChecks.h"

#include "AwsClient.h"
#include "AwsDiagnosis.h"
#include "AwsPermissionProbes.h"
#include "HttpClient.h"
#include "HttpJob.h"
#include "artefacts/IamPolicies.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <memory>
#include <utility>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AwsChecks)
};
} // namespace

namespace cc {

namespace {

const QString kIdentity = QStringLiteral("aws.identity");
const QString kPermissions = QStringLiteral("aws.permissions");
const QString kNetwork = QStringLiteral("aws.network");
const QString kBilling = QStringLiteral("aws.billing");
const QString kClock = QStringLiteral("aws.clock");

constexpr qint64 kClockToleranceSeconds = 5 * 60;
constexpr int kMaxSimulationPages = 10;

QString accountOfArn(const QString &arn)
{
    const QStringList parts = arn.split(QLatin1Char(':'));
    return parts.size() >= 6 ? parts.at(4) : QString();
}

QString humanDuration(qint64 seconds)
{
    const qint64 s = qAbs(seconds);
    if (s < 120)
        return QStringLiteral("%1 s").arg(s);
    if (s < 7200)
        return Tr::tr("%1 min").arg((s + 30) / 60);
    return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600 + 30) / 60);
}

} // namespace

AwsChecks::AwsChecks(const Profile &p, const SecretValues &secrets, HttpClient *http, Report report, Progress progress, QObject *parent)
    : CheckGroup(http, std::move(report), std::move(progress), parent), m_profile(p)
{
    m_haveSecret = !secrets.awsSecretAccessKey.isEmpty() && !p.aws.accessKeyId.isEmpty();
    m_aws = new AwsClient(http, {p.aws.accessKeyId.toLatin1(), secrets.awsSecretAccessKey.toUtf8(), {}}, this);
}

AwsChecks::~AwsChecks() = default;

QString AwsChecks::policySourceArn(const QString &callerArn)
{
    static const QRegularExpression assumed(QStringLiteral("^arn:([a-z-]+):sts::(\\d{12}):assumed-role/([^/]+)/.*$"));
    const auto m = assumed.match(callerArn);
    if (!m.hasMatch())
        return callerArn;
    return QStringLiteral("arn:%1:iam::%2:role/%3").arg(m.captured(1), m.captured(2), m.captured(3));
}

QStringList AwsChecks::checkIds()
{
    return {kIdentity, kPermissions, kNetwork, kBilling, kClock};
}

CheckResult AwsChecks::failed(const QString &id, const AwsAnswer &a, const QString &call) const
{
    const Diagnosis d = diagnoseAwsFailure(a, call, m_profile);
    CheckResult r = result(id, CheckStatus::Fail, d.cause, d.fix);
    r.environmental = d.environmental;
    if (a.http.failure == NetFailure::Cancelled)
        r = result(id, CheckStatus::Skipped, Tr::tr("Cancelled before it finished."));
    return r;
}

void AwsChecks::start(const QSet<QString> &ids)
{
    const bool needKey = ids.contains(kIdentity) || ids.contains(kPermissions) || ids.contains(kNetwork) || ids.contains(kBilling);
    if (needKey && !m_haveSecret) {
        const QString why =
            m_profile.aws.accessKeyId.isEmpty() ? Tr::tr("No access key id was entered.") : Tr::tr("No secret access key was entered.");
        for (const QString &id : {kIdentity, kPermissions, kNetwork, kBilling}) {
            if (ids.contains(id))
                finish(result(id, CheckStatus::Fail, why,
                              Tr::tr("Enter the access key id and its secret access key on the Credentials page.")));
        }
    } else {
        const bool spot = m_profile.platform.kind == PlatformKind::Spot;
        const bool identity = ids.contains(kIdentity);
        // With aws.identity in the run, the other key checks start once AWS has accepted the key;
        // the Scalr permission check needs the key's ARN in any case.
        if (ids.contains(kPermissions)) {
            if (spot && !identity)
                runPermissions(m_profile.aws.roleArn, {}, {}, {}, 1);
            else
                runAfterIdentity(kPermissions, [this, spot](const Identity &who) {
                    runPermissions(spot ? m_profile.aws.roleArn : policySourceArn(who.arn), {}, {}, {}, 1);
                });
        }
        for (const QString &id : {kNetwork, kBilling}) {
            if (!ids.contains(id))
                continue;
            auto run = [this, id](const Identity &) {
                if (id == kNetwork)
                    runNetwork();
                else
                    runBilling();
            };
            if (identity)
                runAfterIdentity(id, run);
            else
                run(Identity{});
        }
        if (identity || !m_afterIdentity.isEmpty())
            runIdentity(identity);
    }
    if (ids.contains(kClock))
        runClock();
}

void AwsChecks::runIdentity(bool reportIt)
{
    const AwsEndpoint ep = awsEndpoint(m_profile, AwsService::Sts, m_profile.aws.region);
    auto *job = m_aws->query(ep, "GetCallerIdentity", "2011-06-15", {}, [this, reportIt](const AwsAnswer &a) {
        const XmlNode *res = a.xml ? a.xml->find(QStringLiteral("GetCallerIdentityResult")) : nullptr;
        if (!a.ok() || !res || res->textAt(QStringLiteral("Arn")).isEmpty()) {
            CheckResult r =
                a.ok() ? result(kIdentity, CheckStatus::Fail, Tr::tr("STS answered without an identity (no GetCallerIdentityResult)."),
                                Tr::tr("Check that endpoints.sts points at AWS STS."))
                       : failed(kIdentity, a, QStringLiteral("STS GetCallerIdentity"));
            if (reportIt)
                finish(r);
            QString why;
            if (r.status == CheckStatus::Skipped)
                why = r.message; // cancelled
            else if (reportIt)
                why = Tr::tr("Not run, because AWS did not accept the key (see aws.identity).");
            else
                why = Tr::tr("Not run, because AWS did not accept the key: %1").arg(r.message);
            identityKnown(std::nullopt, why);
            return;
        }
        Identity id{res->textAt(QStringLiteral("Account")).left(64), res->textAt(QStringLiteral("Arn")).left(2048),
                    res->textAt(QStringLiteral("UserId")).left(256)};
        if (reportIt) {
            CheckResult r = result(kIdentity, CheckStatus::Pass, Tr::tr("AWS accepts the key: account %1, %2.").arg(id.account, id.arn));
            r.details = QJsonObject{
                {QStringLiteral("account"), id.account}, {QStringLiteral("arn"), id.arn}, {QStringLiteral("userId"), id.userId}};
            const QString roleAccount = accountOfArn(m_profile.aws.roleArn);
            if (m_profile.platform.kind == PlatformKind::Spot && !roleAccount.isEmpty() && roleAccount != id.account) {
                r.status = CheckStatus::Warn;
                r.message = Tr::tr("The key belongs to account %1, but the Spot role %2 is in account %3.")
                                .arg(id.account, m_profile.aws.roleArn, roleAccount);
                r.fix = Tr::tr("Use a key of the account that holds the role, or correct the role ARN.");
            }
            finish(r);
        }
        identityKnown(id, {});
    });
    track(kIdentity, job);
}

void AwsChecks::runAfterIdentity(const QString &id, std::function<void(const Identity &)> run)
{
    m_afterIdentity.append({id, std::move(run)});
    progress(id, Tr::tr("Waits until AWS has accepted the key (aws.identity)."));
}

void AwsChecks::identityKnown(const std::optional<Identity> &identity, const QString &whyNot)
{
    const auto waiting = std::exchange(m_afterIdentity, {});
    for (const auto &w : waiting) {
        if (identity)
            w.second(*identity);
        else
            finish(result(w.first, CheckStatus::Skipped, whyNot));
    }
}

void AwsChecks::runPermissions(const QString &sourceArn, const QString &marker, QStringList denied, QStringList allowed, int page)
{
    const bool spot = m_profile.platform.kind == PlatformKind::Spot;
    const QStringList actions = spot ? spotRequiredActions() : scalrRequiredActions();
    AwsParams params{{"PolicySourceArn", sourceArn.toUtf8()}};
    for (int i = 0; i < actions.size(); ++i)
        params.append({"ActionNames.member." + QByteArray::number(i + 1), actions.at(i).toLatin1()});
    if (!marker.isEmpty())
        params.append({"Marker", marker.toUtf8()});
    const AwsEndpoint ep = awsEndpoint(m_profile, AwsService::Iam, m_profile.aws.region);
    auto *job = m_aws->query(
        ep, "SimulatePrincipalPolicy", "2010-05-08", params, [this, sourceArn, denied, allowed, page, spot](const AwsAnswer &a) mutable {
            if (!a.ok()) {
                const bool mayNotSimulate = a.errorCode == QLatin1String("AccessDenied");
                if (mayNotSimulate && !spot) {
                    // Scalr's minimum policy (seed 001) does not allow simulation: try the actions instead.
                    runPermissionProbes(sourceArn);
                    return;
                }
                if (mayNotSimulate) {
                    finish(result(kPermissions, CheckStatus::Warn,
                                  spot ? Tr::tr("The access key may not call iam:SimulatePrincipalPolicy, so its permissions "
                                                "could not be checked from here.")
                                       : Tr::tr("The identity may not call iam:SimulatePrincipalPolicy, so its permissions "
                                                "could not be checked from here."),
                                  Tr::tr("Check in the IAM console that the policy is attached to %1, or allow "
                                         "iam:SimulatePrincipalPolicy for this check.")
                                      .arg(sourceArn)));
                    return;
                }
                CheckResult r = failed(kPermissions, a, QStringLiteral("IAM SimulatePrincipalPolicy"));
                if (a.errorCode == QLatin1String("NoSuchEntity")) {
                    r.message = Tr::tr("IAM does not know %1.").arg(sourceArn);
                    r.fix = spot ? Tr::tr("Create the role with the generated template, then enter its ARN on the Identity page.")
                                 : Tr::tr("Check that the user still exists in IAM.");
                }
                finish(r);
                return;
            }
            const XmlNode *res = a.xml ? a.xml->find(QStringLiteral("SimulatePrincipalPolicyResult")) : nullptr;
            const XmlNode *list = res ? res->child(QStringLiteral("EvaluationResults")) : nullptr;
            if (!list) {
                finish(result(kPermissions, CheckStatus::Fail, Tr::tr("IAM answered without evaluation results."),
                              Tr::tr("Check that endpoints.iam points at AWS IAM.")));
                return;
            }
            for (const XmlNode *m : list->childrenNamed(QStringLiteral("member"))) {
                const QString action = m->textAt(QStringLiteral("EvalActionName")).left(200);
                const QString decision = m->textAt(QStringLiteral("EvalDecision")).left(50);
                if (decision == QLatin1String("allowed"))
                    allowed << action;
                else
                    denied << QStringLiteral("%1 (%2)").arg(action, decision.isEmpty() ? Tr::tr("no decision") : decision);
            }
            const QString next = res->textAt(QStringLiteral("Marker"));
            if (res->textAt(QStringLiteral("IsTruncated")) == QLatin1String("true") && !next.isEmpty() && page < kMaxSimulationPages) {
                runPermissions(sourceArn, next.left(4096), denied, allowed, page + 1);
                return;
            }
            CheckResult r;
            r.id = kPermissions;
            r.details = QJsonObject{{QStringLiteral("principal"), sourceArn},
                                    {QStringLiteral("allowed"), QJsonArray::fromStringList(allowed)},
                                    {QStringLiteral("denied"), QJsonArray::fromStringList(denied)}};
            if (denied.isEmpty()) {
                r.status = CheckStatus::Pass;
                r.message = Tr::tr("%1 may perform all %2 actions the platform needs.").arg(sourceArn).arg(allowed.size());
            } else {
                r.status = CheckStatus::Fail;
                r.message = Tr::tr("%1 may not perform: %2.").arg(sourceArn, denied.join(QStringLiteral(", ")));
                r.fix = spot ? Tr::tr("Attach the generated Spot role policy (spot-role-policy.json) to the role, or "
                                      "deploy the generated CloudFormation template again.")
                             : Tr::tr("Attach Scalr's minimum policy (scalr-minimum-policy.json) to the user; an "
                                      "explicit Deny in another policy or a permissions boundary also blocks these.");
            }
            finish(r);
        });
    track(kPermissions, job);
}

void AwsChecks::runPermissionProbes(const QString &principal)
{
    // All probes at once; the result once the last has answered, in the probes' order.
    const QList<AwsProbe> probes = scalrPermissionProbes(m_profile.aws.vpcId);
    struct State {
        QList<std::optional<AwsAnswer>> answers;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    state->answers.resize(probes.size());
    state->pending = int(probes.size());
    for (int i = 0; i < probes.size(); ++i) {
        const AwsProbe &probe = probes.at(i);
        const AwsEndpoint ep = awsEndpoint(m_profile, probe.service, m_profile.aws.region);
        auto *job = m_aws->query(ep, probe.apiAction, probe.version, probe.params, [this, state, probes, i, principal](const AwsAnswer &a) {
            state->answers[i] = a;
            if (--state->pending > 0)
                return;
            ProbeOutcomes o;
            for (int k = 0; k < probes.size(); ++k) {
                const AwsProbe &p = probes.at(k);
                const AwsAnswer &answer = *state->answers.at(k);
                switch (probeVerdict(p, answer)) {
                case ProbeVerdict::Allowed: o.allowed << p.action; break;
                case ProbeVerdict::Denied: o.denied << QStringLiteral("%1 (%2)").arg(p.action, answer.errorCode); break;
                case ProbeVerdict::Unproven: o.unproven << QStringLiteral("%1 (%2)").arg(p.action, answer.errorCode); break;
                case ProbeVerdict::Failed:
                    finish(failed(kPermissions, answer,
                                  QStringLiteral("%1 %2").arg(p.service == AwsService::Ec2 ? QStringLiteral("EC2") : QStringLiteral("IAM"),
                                                              QString::fromLatin1(p.apiAction))));
                    return;
                }
            }
            finish(probeResult(principal, o));
        });
        track(kPermissions, job);
    }
}

void AwsChecks::runNetwork()
{
    const QString vpc = m_profile.aws.vpcId;
    const QString region = m_profile.aws.region;
    const AwsEndpoint ep = awsEndpoint(m_profile, AwsService::Ec2, region);
    auto *job = m_aws->query(ep, "DescribeVpcs", "2016-11-15", {{"VpcId.1", vpc.toUtf8()}}, [this, vpc, region](const AwsAnswer &a) {
        if (a.errorCode == QLatin1String("InvalidVpcID.NotFound") || a.errorCode == QLatin1String("InvalidVpcID.Malformed")) {
            finish(result(kNetwork, CheckStatus::Fail, Tr::tr("There is no VPC %1 in %2.").arg(vpc, region),
                          Tr::tr("Check the VPC id and the region on the Network page: VPC ids belong to one "
                                 "region and one account.")));
            return;
        }
        if (!a.ok()) {
            finish(failed(kNetwork, a, QStringLiteral("EC2 DescribeVpcs")));
            return;
        }
        const XmlNode *set = a.xml ? a.xml->find(QStringLiteral("vpcSet")) : nullptr;
        const XmlNode *item = nullptr;
        if (set) {
            for (const XmlNode *i : set->childrenNamed(QStringLiteral("item"))) {
                if (i->textAt(QStringLiteral("vpcId")) == vpc)
                    item = i;
            }
        }
        if (!item) {
            finish(result(kNetwork, CheckStatus::Fail, Tr::tr("There is no VPC %1 in %2.").arg(vpc, region),
                          Tr::tr("Check the VPC id and the region on the Network page.")));
            return;
        }
        const QString cidr = item->textAt(QStringLiteral("cidrBlock")).left(64);
        const QString state = item->textAt(QStringLiteral("state")).left(32);
        const bool isDefault = item->textAt(QStringLiteral("isDefault")) == QLatin1String("true");
        CheckResult r = result(
            kNetwork, CheckStatus::Pass,
            Tr::tr("VPC %1 exists in %2 (%3%4).").arg(vpc, region, cidr, isDefault ? Tr::tr(", the region's default VPC") : QString()));
        if (!state.isEmpty() && state != QLatin1String("available")) {
            r.status = CheckStatus::Warn;
            r.message = Tr::tr("VPC %1 exists in %2 but is %3, not available yet.").arg(vpc, region, state);
            r.fix = Tr::tr("Wait until the VPC is available, then run the checks again.");
        }
        r.details = QJsonObject{{QStringLiteral("vpcId"), vpc},
                                {QStringLiteral("region"), region},
                                {QStringLiteral("cidrBlock"), cidr},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("isDefault"), isDefault}};
        finish(r);
    });
    track(kNetwork, job);
}

void AwsChecks::runBilling()
{
    const QString bucket = m_profile.aws.billing.bucket;
    const QString region = m_profile.aws.billing.region.isEmpty() ? m_profile.aws.region : m_profile.aws.billing.region;
    const AwsEndpoint ep = awsEndpoint(m_profile, AwsService::S3, region);
    auto *job = m_aws->listBucket(ep, bucket, [this, bucket, region](const AwsAnswer &a) {
        if (a.ok()) {
            CheckResult r = result(kBilling, CheckStatus::Pass, Tr::tr("The bucket %1 exists and this key may list it.").arg(bucket));
            r.details = QJsonObject{{QStringLiteral("bucket"), bucket}, {QStringLiteral("region"), region}};
            finish(r);
            return;
        }
        // A bucket in another region: 301 PermanentRedirect or 400 AuthorizationHeaderMalformed,
        // with the right region in a header or the body.
        QString actual = QString::fromLatin1(a.http.header("x-amz-bucket-region")).left(64);
        if (actual.isEmpty() && a.xml)
            actual = a.xml->textAt(QStringLiteral("Region")).left(64);
        const bool movedCode = a.errorCode == QLatin1String("PermanentRedirect")
                               || a.errorCode == QLatin1String("AuthorizationHeaderMalformed")
                               || a.errorCode == QLatin1String("IllegalLocationConstraintException");
        if (a.http.answered() && (a.http.status == 301 || movedCode) && !actual.isEmpty() && actual != region) {
            finish(result(kBilling, CheckStatus::Fail, Tr::tr("The bucket %1 is in %2, not in %3.").arg(bucket, actual, region),
                          Tr::tr("Set the billing bucket's region to %1 on the Billing page.").arg(actual)));
            return;
        }
        if (a.errorCode == QLatin1String("NoSuchBucket") || (a.http.status == 404 && a.errorCode.isEmpty())) {
            finish(result(kBilling, CheckStatus::Fail, Tr::tr("There is no bucket named %1.").arg(bucket),
                          Tr::tr("Check the bucket name on the Billing page, or create the bucket and turn on "
                                 "the detailed billing reports that write to it.")));
            return;
        }
        if (a.errorCode == QLatin1String("AccessDenied") || a.errorCode == QLatin1String("AllAccessDisabled")) {
            finish(result(kBilling, CheckStatus::Fail,
                          Tr::tr("The bucket %1 exists, but this key may not list it (AccessDenied).").arg(bucket),
                          Tr::tr("Allow s3:ListBucket and s3:GetObject on the bucket for this user, or check "
                                 "the bucket policy.")));
            return;
        }
        finish(failed(kBilling, a, QStringLiteral("S3 ListObjectsV2")));
    });
    track(kBilling, job);
}

void AwsChecks::runClock()
{
    // Any answer of AWS carries its time; an unsigned GET needs no key, so this check also runs
    // when no credentials were given.
    const AwsEndpoint ep = awsEndpoint(m_profile, AwsService::Sts, m_profile.aws.region);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    auto *job = m_http->send([ep]() {
        HttpRequest r;
        r.url = ep.url;
        r.url.setPath(QStringLiteral("/"));
        return r;
    });
    connect(job, &HttpJob::finished, this, [this, sentAt](const HttpResponse &resp) {
        if (!resp.answered()) {
            AwsAnswer a;
            a.http = resp;
            finish(failed(kClock, a, Tr::tr("the time check")));
            return;
        }
        const QDateTime server = resp.serverDate();
        if (!server.isValid()) {
            finish(result(kClock, CheckStatus::Warn,
                          Tr::tr("%1 sent no readable Date header, so the clock could not be compared.").arg(resp.url.host()),
                          Tr::tr("Make sure this computer synchronises its clock (NTP).")));
            return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime local = sentAt.addMSecs(sentAt.msecsTo(now) / 2);
        // Date has whole seconds; positive skew = this computer is ahead.
        const qint64 skew = server.secsTo(local);
        CheckResult r;
        r.id = kClock;
        r.details =
            QJsonObject{{QStringLiteral("skewSeconds"), double(skew)}, {QStringLiteral("serverTime"), server.toString(Qt::ISODate)}};
        if (qAbs(skew) > kClockToleranceSeconds) {
            r.status = CheckStatus::Warn;
            r.message = (skew > 0 ? Tr::tr("This computer's clock is %1 ahead of AWS's. Signed requests fail once the "
                                           "difference passes 15 minutes.")
                                  : Tr::tr("This computer's clock is %1 behind AWS's. Signed requests fail once the "
                                           "difference passes 15 minutes."))
                            .arg(humanDuration(skew));
            r.fix = Tr::tr("Set the clock right (for example turn on NTP: timedatectl set-ntp true).");
        } else {
            r.status = CheckStatus::Pass;
            r.message = Tr::tr("This computer's clock is within %1 of AWS's.").arg(humanDuration(qMax<qint64>(1, qAbs(skew))));
        }
        finish(r);
    });
    track(kClock, job);
}

} // namespace cc
