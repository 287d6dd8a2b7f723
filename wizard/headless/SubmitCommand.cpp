#include "SubmitCommand.h"

#include "ExitStatus.h"
#include "HeadlessChecks.h"
#include "Journey.h"
#include "KeychainBackend.h"
#include "ReportSections.h"
#include "SubmitFlow.h"
#include "Submitter.h"

#include <QEventLoop>
#include <QJsonDocument>
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

int exitStatusOf(const SubmitOutcome &o)
{
    switch (o.stop) {
    case SubmitOutcome::Stop::ChecksFailed: return validateExitStatus(o.checks);
    case SubmitOutcome::Stop::KeychainFailed: return ExitEnvironment;
    case SubmitOutcome::Stop::Cancelled: return ExitFailed;
    case SubmitOutcome::Stop::None: break;
    }
    if (o.submission && !o.submission->succeeded())
        return o.submission->environmental ? ExitEnvironment : ExitFailed;
    return validateExitStatus(o.checks);
}

void printSubmission(QTextStream &out, const SubmissionResult &s)
{
    out << Tr::tr("\nSubmission (%1): %2 — %3\n").arg(s.platform, submissionStatusText(s.statusName()), s.message);
    if (!s.id.isEmpty())
        out << QStringLiteral("      id: %1\n").arg(s.id);
    for (const EnvironmentLink &e : s.environments)
        out << (e.linked ? Tr::tr("      environment %1: linked\n").arg(e.id)
                         : Tr::tr("      environment %1: NOT linked — %2\n").arg(e.id, e.reason));
    if (!s.fix.isEmpty())
        out << Tr::tr("      fix: %1\n").arg(s.fix);
    if (!s.link.isEmpty())
        out << Tr::tr("      open: %1\n").arg(s.link);
}

} // namespace

int runSubmitCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    if (!cmd.only.isEmpty()) {
        err << Tr::tr("cloudconnect: submit runs every check; --only belongs to validate\n");
        return ExitBadInput;
    }
    int status = ExitSuccess;
    std::optional<LiveRun> run = prepareLiveRun(cmd, err, &status);
    if (!run)
        return status;
    const Profile &p = run->profile;

    SubmitFlow::Request request;
    request.profile = p;
    request.secrets = run->secrets.values;
    request.net = run->net;
    request.options = {cmd.replace, cmd.dryRun};
    request.checkOptions = liveCheckOptions(cmd);
    if (!cmd.noKeychain) {
        // A command-line tool may wait for the keychain with a local loop; the GUI never does.
        const int timeout = cmd.timeoutSeconds;
        const SecretBinding binding = secretBinding(p, cmd.caBundle);
        request.storeSecrets = [&err, timeout, binding, p](const SecretValues &secrets, std::function<void(const QString &)> done) {
            // Only the journey's secrets, bound to the endpoints and CA bundle they are sent to.
            SecretValues used = onlyJourneySecrets(secrets, p);
            const QString name = p.name;
            const KeychainResult stored =
                runKeychainOperation([&](KeychainStoreInterface &s) { return s.store(name, used, binding); }, timeout);
            used.wipe();
            if (stored.ok)
                err << Tr::tr("cloudconnect: secrets stored in the keychain for \"%1\"\n").arg(name);
            done(stored.ok ? QString() : stored.error.text());
        };
    }

    SubmitFlow flow;
    QEventLoop loop;
    std::optional<SubmitOutcome> outcome;
    connectCheckProgress(&flow, err);
    QObject::connect(&flow, &SubmitFlow::progress, [&](const QString &text) {
        err << Tr::tr("submit: ") << text << u'\n';
        err.flush();
    });
    // Headless, a conflict is answered by --replace alone: without it, the refusal stands.
    QObject::connect(
        &flow, &SubmitFlow::conflictFound, &flow, [&flow] { flow.answerConflict(false); }, Qt::QueuedConnection);
    QObject::connect(&flow, &SubmitFlow::finished, &loop, [&](const SubmitOutcome &o) {
        outcome = o;
        loop.quit();
    });
    flow.start(request);
    request.secrets.wipe();
    run->secrets.values.wipe();
    if (!outcome)
        loop.exec();
    status = exitStatusOf(*outcome);

    if (cmd.json) {
        QJsonObject o{{QStringLiteral("profile"), p.name}, {QStringLiteral("checks"), checkResultsJson(outcome->checks)}};
        if (outcome->submission)
            o.insert(QStringLiteral("submission"), outcome->submission->toJson());
        else
            o.insert(QStringLiteral("message"), outcome->message);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        printCheckResults(out, p, outcome->checks);
        if (outcome->submission)
            printSubmission(out, *outcome->submission);
        else
            out << u'\n' << outcome->message << u'\n';
    }
    out.flush();
    return status;
}

} // namespace cc
