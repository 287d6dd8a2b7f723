#include "ValidateCommand.h"

#include "CheckRunner.h"
#include "ExitStatus.h"
#include "HeadlessSecrets.h"
#include "Journey.h"
#include "ProfileArgument.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc {

namespace {

// The secret the selected checks need: the AWS secret access key for the key-based AWS checks,
// the Azure client secret for every Azure check. Empty when none is needed.
QString neededSecret(const QList<LiveCheck> &checks, const QStringList &only)
{
    for (const LiveCheck &c : checks) {
        if (!c.applies || (!only.isEmpty() && !only.contains(c.id)))
            continue;
        if (c.id == QLatin1String("aws.identity") || c.id == QLatin1String("aws.permissions") ||
            c.id == QLatin1String("aws.network") || c.id == QLatin1String("aws.billing"))
            return QStringLiteral("aws");
        if (c.id.startsWith(QLatin1String("azure.")))
            return QStringLiteral("azure");
    }
    return {};
}

QString statusLabel(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass: return QStringLiteral("PASS");
    case CheckStatus::Warn: return QStringLiteral("WARN");
    case CheckStatus::Fail: return QStringLiteral("FAIL");
    case CheckStatus::Skipped: break;
    }
    return QStringLiteral("SKIP");
}

} // namespace

int runValidateCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    const std::optional<ProfileParseResult> argument = readProfileArgument(cmd.profilePath, err);
    if (!argument)
        return ExitBadInput;
    const Profile &p = *argument->profile;
    if (!argument->incomplete.isEmpty()) {
        err << QStringLiteral("cloudconnect: %1 is not complete enough to validate:\n").arg(cmd.profilePath);
        for (const ProfileProblem &problem : argument->incomplete)
            err << QStringLiteral("  ") << problem.toString() << u'\n';
        return ExitBadInput;
    }

    const QList<LiveCheck> checks = liveChecks(p);
    QStringList known;
    for (const LiveCheck &c : checks)
        known << c.id;
    for (const QString &id : cmd.only) {
        if (!known.contains(id)) {
            err << QStringLiteral("cloudconnect: unknown check id \"%1\" in --only; the ids are: %2\n")
                       .arg(id, known.join(QStringLiteral(", ")));
            return ExitBadInput;
        }
    }

    HeadlessSecrets secrets;
    const QString needed = neededSecret(checks, cmd.only);
    if (!needed.isEmpty()) {
        secrets = resolveHeadlessSecrets(cmd, p.name);
        if (!secrets.inputError.isEmpty()) {
            err << QStringLiteral("cloudconnect: --secrets-stdin: %1\n").arg(secrets.inputError);
            return ExitBadInput;
        }
        const bool aws = needed == QLatin1String("aws");
        const QString value = aws ? secrets.values.awsSecretAccessKey : secrets.values.azureClientSecret;
        const QString variable = aws ? QStringLiteral("CLOUDCONNECT_AWS_SECRET_ACCESS_KEY") : QStringLiteral("CLOUDCONNECT_AZURE_CLIENT_SECRET");
        const QString what = aws ? QStringLiteral("the AWS secret access key for %1").arg(p.aws.accessKeyId)
                                 : QStringLiteral("the Azure client secret of application %1").arg(p.azure.clientId);
        if (value.isEmpty()) {
            if (secrets.keychain) {
                err << QStringLiteral("cloudconnect: the keychain could not be read (%1) and %2 is not set\n")
                           .arg(secrets.keychain->text(), variable);
                return ExitEnvironment;
            }
            err << QStringLiteral("cloudconnect: missing secret: %1 is not in the keychain%2, not in %3%4\n")
                       .arg(what, cmd.noKeychain ? QStringLiteral(" (not read: --no-keychain)") : QString(), variable,
                            cmd.secretsStdin ? QStringLiteral(" and not in the JSON on standard input") : QStringLiteral(" (or use --secrets-stdin)"));
            return ExitBadInput;
        }
        for (auto it = secrets.sourceOf.cbegin(); it != secrets.sourceOf.cend(); ++it)
            err << QStringLiteral("cloudconnect: %1 from the %2\n").arg(it.key(), it.value());
    }

    NetSettings net;
    net.timeoutMs = cmd.timeoutSeconds * 1000;
    net.caBundle = cmd.caBundle.isEmpty() ? p.caBundle : cmd.caBundle;

    CheckRunner runner;
    QEventLoop loop;
    QObject::connect(&runner, &CheckRunner::checkStarted, [&](const QString &id) { err << id << QStringLiteral(": running\n"); err.flush(); });
    QObject::connect(&runner, &CheckRunner::checkProgress, [&](const QString &id, const QString &text) {
        err << id << QStringLiteral(": ") << text << u'\n';
        err.flush();
    });
    QObject::connect(&runner, &CheckRunner::checkFinished, [&](const CheckResult &r) {
        if (r.status != CheckStatus::Skipped)
            err << r.id << QStringLiteral(": ") << checkStatusName(r.status) << u'\n';
        err.flush();
    });
    QObject::connect(&runner, &CheckRunner::finished, &loop, &QEventLoop::quit);
    CheckOptions options;
    options.grantWaitMs = qint64(cmd.grantWaitMinutes) * 60 * 1000;
    runner.start(p, secrets.values, net, cmd.only, options);
    secrets.values.wipe();
    if (runner.isRunning())
        loop.exec();
    const QList<CheckResult> results = runner.results();

    if (cmd.json) {
        QJsonArray a;
        for (const CheckResult &r : results)
            a.append(checkResultToJson(r));
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("profile"), p.name}, {QStringLiteral("checks"), a}})
                                     .toJson(QJsonDocument::Indented));
    } else {
        out << QStringLiteral("%1 — %2\n").arg(p.name, journeyTitle(Journey::of(p)));
        for (const CheckResult &r : results) {
            out << QStringLiteral("%1  %2  %3\n").arg(statusLabel(r.status), r.id.leftJustified(18), r.message);
            if (!r.fix.isEmpty())
                out << QStringLiteral("      fix: %1\n").arg(r.fix);
        }
    }
    out.flush();
    return validateExitStatus(results);
}

} // namespace cc
