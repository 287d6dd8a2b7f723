#include "HeadlessChecks.h"

#include "CheckRunner.h"
#include "ExitStatus.h"
#include "Journey.h"
#include "ProfileArgument.h"
#include "SecretSources.h"

#include <QEventLoop>
#include <algorithm>
#include <QJsonObject>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

namespace cc {

namespace {

struct NeededSecret {
    SecretString SecretValues::*member;
    QString variable; // environment variable of docs/cli.md
    QString what;     // in words, for the error
};

// The secrets the selected checks need: the platform's (platform.auth), the AWS secret access
// key (key-based AWS checks), the Azure client secret (every Azure check).
QList<NeededSecret> neededSecrets(const Profile &p, const QList<LiveCheck> &checks, const QStringList &only)
{
    bool platform = false, aws = false, azure = false;
    for (const LiveCheck &c : checks) {
        if (!c.applies || (!only.isEmpty() && !only.contains(c.id)))
            continue;
        platform = platform || c.id == QLatin1String("platform.auth");
        aws = aws || c.id == QLatin1String("aws.identity") || c.id == QLatin1String("aws.permissions")
              || c.id == QLatin1String("aws.network") || c.id == QLatin1String("aws.billing");
        azure = azure || c.id.startsWith(QLatin1String("azure."));
    }
    QList<NeededSecret> out;
    if (platform && p.platform.kind == PlatformKind::Scalr)
        out.append({&SecretValues::scalrSecretKey, QStringLiteral("CLOUDCONNECT_SCALR_SECRET_KEY"),
                    Tr::tr("the Scalr API secret key of key id %1").arg(p.platform.apiKeyId)});
    if (platform && p.platform.kind == PlatformKind::Spot)
        out.append({&SecretValues::spotToken, QStringLiteral("CLOUDCONNECT_SPOT_TOKEN"),
                    Tr::tr("the Spot API token of account %1").arg(p.platform.accountId)});
    if (aws)
        out.append({&SecretValues::awsSecretAccessKey, QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY"),
                    Tr::tr("the AWS secret access key for %1").arg(p.aws.accessKeyId)});
    if (azure)
        out.append({&SecretValues::azureClientSecret, QStringLiteral("CLOUDCONNECT_AZURE_CLIENT_SECRET"),
                    Tr::tr("the Azure client secret of application %1").arg(p.azure.clientId)});
    return out;
}

QString statusWord(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass: return Tr::tr("PASS", "check status column");
    case CheckStatus::Warn: return Tr::tr("WARN", "check status column");
    case CheckStatus::Fail: return Tr::tr("FAIL", "check status column");
    case CheckStatus::Skipped: break;
    }
    return Tr::tr("SKIP", "check status column");
}

// The status column, as wide as its longest word in the reader's language.
QString statusLabel(CheckStatus s)
{
    qsizetype width = 0;
    for (CheckStatus each : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Skipped})
        width = std::max(width, statusWord(each).size());
    return statusWord(s).leftJustified(width);
}

} // namespace

std::optional<LiveRun> prepareLiveRun(const CommandLine &cmd, QTextStream &err, int *exitStatus)
{
    const std::optional<ProfileParseResult> argument = readProfileArgument(cmd.profilePath, err);
    if (!argument) {
        *exitStatus = ExitBadInput;
        return std::nullopt;
    }
    LiveRun run;
    run.profile = *argument->profile;
    const Profile &p = run.profile;
    if (!argument->incomplete.isEmpty()) {
        err << Tr::tr("cloudconnect: %1 is not complete enough for live checks:\n").arg(cmd.profilePath);
        for (const ProfileProblem &problem : argument->incomplete)
            err << QStringLiteral("  ") << problem.toString() << u'\n';
        {
            *exitStatus = ExitBadInput;
            return std::nullopt;
        }
    }

    const QList<LiveCheck> checks = liveChecks(p);
    QStringList known;
    for (const LiveCheck &c : checks)
        known << c.id;
    for (const QString &id : cmd.only) {
        if (!known.contains(id)) {
            err << Tr::tr("cloudconnect: unknown check id \"%1\" in --only; the ids are: %2\n").arg(id, known.join(QStringLiteral(", ")));
            {
                *exitStatus = ExitBadInput;
                return std::nullopt;
            }
        }
    }

    HeadlessSecrets &secrets = run.secrets;
    const QList<NeededSecret> needed = neededSecrets(p, checks, cmd.only);
    if (!needed.isEmpty()) {
        secrets = resolveHeadlessSecrets(cmd, p);
        if (!secrets.inputError.isEmpty()) {
            err << Tr::tr("cloudconnect: --secrets-stdin: %1\n").arg(secrets.inputError);
            {
                *exitStatus = ExitBadInput;
                return std::nullopt;
            }
        }
        for (const NeededSecret &n : needed) {
            if (!(secrets.values.*n.member).isEmpty())
                continue;
            if (!secrets.keychainBoundElsewhere.isEmpty()) {
                err << Tr::tr("cloudconnect: %1 is missing: %2\n")
                           .arg(n.what, boundElsewhereMessage(p.name, secrets.keychainBoundElsewhere));
                {
                    *exitStatus = ExitBadInput;
                    return std::nullopt;
                }
            }
            if (secrets.keychain) {
                err << Tr::tr("cloudconnect: the keychain could not be read (%1) and %2 is not set\n")
                           .arg(secrets.keychain->text(), n.variable);
                {
                    *exitStatus = ExitEnvironment;
                    return std::nullopt;
                }
            }
            err << Tr::tr("cloudconnect: missing secret: %1 is not in the keychain%2, not in %3%4\n")
                       .arg(n.what, cmd.noKeychain ? Tr::tr(" (not read: --no-keychain)") : QString(), n.variable,
                            cmd.secretsStdin ? Tr::tr(" and not in the JSON on standard input") : Tr::tr(" (or use --secrets-stdin)"));
            {
                *exitStatus = ExitBadInput;
                return std::nullopt;
            }
        }
        for (auto it = secrets.sourceOf.cbegin(); it != secrets.sourceOf.cend(); ++it)
            err << Tr::tr("cloudconnect: %1 %2\n").arg(secretLabelText(it.key()), secretSourceText(it.value()));
    }

    run.net.timeoutMs = cmd.timeoutSeconds * 1000;
    run.net.caBundle = cmd.caBundle.isEmpty() ? p.caBundle : cmd.caBundle;
    return run;
}

CheckOptions liveCheckOptions(const CommandLine &cmd)
{
    CheckOptions options;
    options.grantWaitMs = qint64(cmd.grantWaitMinutes) * 60 * 1000;
    return options;
}

QList<CheckResult> runLiveChecks(const CommandLine &cmd, const LiveRun &run, QTextStream &err)
{
    CheckRunner runner;
    QEventLoop loop;
    connectCheckProgress(&runner, err);
    QObject::connect(&runner, &CheckRunner::finished, &loop, &QEventLoop::quit);
    runner.start(run.profile, run.secrets.values, run.net, cmd.only, liveCheckOptions(cmd));
    if (runner.isRunning())
        loop.exec();
    return runner.results();
}

void printCheckResults(QTextStream &out, const Profile &p, const QList<CheckResult> &results)
{
    out << QStringLiteral("%1 — %2\n").arg(p.name, journeyTitle(Journey::of(p)));
    for (const CheckResult &r : results) {
        out << QStringLiteral("%1  %2  %3\n").arg(statusLabel(r.status), r.id.leftJustified(18), r.message);
        if (!r.fix.isEmpty())
            out << Tr::tr("      fix: %1\n").arg(r.fix);
    }
}

QJsonArray checkResultsJson(const QList<CheckResult> &results)
{
    QJsonArray a;
    for (const CheckResult &r : results)
        a.append(checkResultToJson(r));
    return a;
}

} // namespace cc
