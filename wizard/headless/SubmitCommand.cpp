#include "SubmitCommand.h"

#include "ExitStatus.h"
#include "HeadlessChecks.h"
#include "KeychainStore.h"
#include "Submitter.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc {

int runSubmitCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    if (!cmd.only.isEmpty()) {
        err << QStringLiteral("cloudconnect: submit runs every check; --only belongs to validate\n");
        return ExitBadInput;
    }
    int status = ExitSuccess;
    std::optional<LiveRun> run = prepareLiveRun(cmd, err, &status);
    if (!run)
        return status;
    const Profile &p = run->profile;
    const QList<CheckResult> results = runLiveChecks(cmd, *run, err);
    status = validateExitStatus(results);

    std::optional<SubmissionResult> submission;
    QString stopped;
    if (status != ExitSuccess) {
        stopped = QStringLiteral("Not submitted: a check failed (see above). Nothing was sent to the platform.");
    } else {
        if (!cmd.dryRun && !cmd.noKeychain) {
            const KeychainResult stored =
                runKeychainOperation([&](KeychainStore &s) { s.store(p.name, run->secrets.values); }, cmd.timeoutSeconds);
            if (!stored.ok) {
                stopped = QStringLiteral("Not submitted: the secrets could not be stored in the keychain (%1). Nothing was "
                                         "sent; run again with --no-keychain to submit without storing them.")
                              .arg(stored.error.text());
                status = ExitEnvironment;
            } else {
                err << QStringLiteral("cloudconnect: secrets stored in the keychain for \"%1\"\n").arg(p.name);
            }
        }
        if (stopped.isEmpty()) {
            Submitter submitter;
            QEventLoop loop;
            QObject::connect(&submitter, &Submitter::progress, [&](const QString &text) {
                err << QStringLiteral("submit: ") << text << u'\n';
                err.flush();
            });
            QObject::connect(&submitter, &Submitter::finished, &loop, [&](const SubmissionResult &r) {
                submission = r;
                loop.quit();
            });
            submitter.start(p, run->secrets.values, run->net, {cmd.replace, cmd.dryRun});
            if (!submission)
                loop.exec();
            if (!submission->succeeded())
                status = submission->environmental ? ExitEnvironment : ExitFailed;
        }
    }
    run->secrets.values.wipe();

    if (cmd.json) {
        QJsonObject o{{QStringLiteral("profile"), p.name}, {QStringLiteral("checks"), checkResultsJson(results)}};
        if (submission)
            o.insert(QStringLiteral("submission"), submission->toJson());
        else
            o.insert(QStringLiteral("message"), stopped);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        printCheckResults(out, p, results);
        if (submission) {
            out << QStringLiteral("\nSubmission (%1): %2 — %3\n").arg(submission->platform, submission->status, submission->message);
            if (!submission->id.isEmpty())
                out << QStringLiteral("      id: %1\n").arg(submission->id);
            if (!submission->fix.isEmpty())
                out << QStringLiteral("      fix: %1\n").arg(submission->fix);
            if (!submission->link.isEmpty())
                out << QStringLiteral("      open: %1\n").arg(submission->link);
        } else {
            out << u'\n' << stopped << u'\n';
        }
    }
    out.flush();
    return status;
}

} // namespace cc
