#include "ReportData.h"

#include "AnswerSummary.h"
#include "Checklist.h"
#include "Journey.h"
#include "JsonLimits.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

namespace cc {

QString secretFingerprint(const SecretString &secret)
{
    if (secret.isEmpty())
        return {};
    QByteArray utf8 = secret.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    utf8.fill('\0');
    return QString::fromLatin1(digest.toHex().left(4));
}

ReportData buildReportData(const Profile &p, const SecretValues &secrets, const QString &toolVersion, const QDateTime &generatedAt,
                           const QList<CheckResult> &checks)
{
    ReportData d;
    d.profile = p;
    d.journey = journeyTitle(Journey::of(p));
    d.toolVersion = toolVersion;
    d.generatedAt = generatedAt.toUTC();
    const bool scalr = p.platform.kind == PlatformKind::Scalr;
    if (scalr)
        d.secrets.append({Tr::tr("Scalr API secret key"), secretFingerprint(secrets.scalrSecretKey)});
    else
        d.secrets.append({Tr::tr("Spot API token"), secretFingerprint(secrets.spotToken)});
    if (p.cloud == CloudKind::Aws)
        d.secrets.append({Tr::tr("AWS secret access key"), secretFingerprint(secrets.awsSecretAccessKey)});
    else
        d.secrets.append({Tr::tr("Azure client secret"), secretFingerprint(secrets.azureClientSecret)});

    for (PageId page : journeyPages(Journey::of(p)))
        for (const ChecklistStep &s : checklistSteps(p, page)) {
            const ChecklistEntry e = p.checklist.value(s.id);
            d.checklist.append({s.id, s.title, e.done, e.at});
        }
    for (const CheckResult &r : checks)
        d.checks.append(
            {r.id, checkStatusName(r.status), r.fix.isEmpty() ? r.message : QStringLiteral("%1 Fix: %2").arg(r.message, r.fix), r.details});
    if (!checks.isEmpty())
        return d;
    // Not run yet: every check that applies is listed as such, so the report never implies a
    // verification that did not happen.
    for (const LiveCheck &c : liveChecks(p))
        d.checks.append({c.id, c.applies ? QStringLiteral("not run") : QStringLiteral("skipped"), c.applies ? c.title : c.skipReason, {}});
    return d;
}

ProfileProblems readResultsInto(const QByteArray &json, ReportData &data)
{
    ProfileProblems problems;
    const QString limit = checkJsonLimits(json, JsonLimits{4 * 1024 * 1024, 16, 64 * 1024});
    if (!limit.isEmpty())
        return {{QString(), limit}};
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return {{QString(), Tr::tr("not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)}};
    // A change record holds this profile's results only: validate and submit name the profile.
    const QString resultsFor = root.value(QLatin1String("profile")).toString();
    if (resultsFor != data.profile.name)
        return {{QStringLiteral("/profile"),
                 resultsFor.isEmpty()
                     ? Tr::tr("names no profile; use the JSON that validate or submit printed for \"%1\"").arg(data.profile.name)
                     : Tr::tr("these results are for the profile \"%1\", not \"%2\"; run validate or submit for \"%2\"")
                           .arg(resultsFor.left(100), data.profile.name)}};
    static const QStringList statuses{QStringLiteral("pass"), QStringLiteral("warn"), QStringLiteral("fail"), QStringLiteral("skipped")};
    const QJsonArray checks = root.value(QLatin1String("checks")).toArray();
    if (checks.size() > 200)
        return {{QStringLiteral("/checks"), Tr::tr("more than 200 checks")}};
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QJsonObject c = checks.at(i).toObject();
        const QString id = c.value(QLatin1String("id")).toString();
        const QString status = c.value(QLatin1String("status")).toString();
        if (id.isEmpty() || !statuses.contains(status)) {
            problems.append({QStringLiteral("/checks/%1").arg(i), Tr::tr("needs an id and a status (pass, warn, fail, skipped)")});
            continue;
        }
        ReportCheck result{id, status, c.value(QLatin1String("message")).toString().left(4000),
                           c.value(QLatin1String("details")).toObject()};
        bool replaced = false;
        for (ReportCheck &existing : data.checks)
            if (existing.id == id) {
                existing = result;
                replaced = true;
            }
        if (!replaced)
            data.checks.append(result);
    }
    if (root.contains(QLatin1String("submission"))) {
        const QJsonObject s = root.value(QLatin1String("submission")).toObject();
        data.submission =
            ReportSubmission{s.value(QLatin1String("status")).toString().left(64), s.value(QLatin1String("platform")).toString().left(64),
                             s.value(QLatin1String("id")).toString().left(256), s.value(QLatin1String("message")).toString().left(4000)};
    }
    return problems;
}

} // namespace cc
