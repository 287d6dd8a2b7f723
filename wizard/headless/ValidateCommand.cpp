#include "ValidateCommand.h"

#include "ExitStatus.h"
#include "HeadlessChecks.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cc {

int runValidateCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    int status = ExitSuccess;
    std::optional<LiveRun> run = prepareLiveRun(cmd, err, &status);
    if (!run)
        return status;
    const QList<CheckResult> results = runLiveChecks(cmd, *run, err);
    run->secrets.values.wipe();
    if (cmd.json)
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("profile"), run->profile.name},
                                                           {QStringLiteral("checks"), checkResultsJson(results)}})
                                     .toJson(QJsonDocument::Indented));
    else
        printCheckResults(out, run->profile, results);
    out.flush();
    return validateExitStatus(results);
}

} // namespace cc
