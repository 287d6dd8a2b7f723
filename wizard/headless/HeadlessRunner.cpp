#include "HeadlessRunner.h"

#include "ArtefactCommand.h"
#include "CheckCommand.h"
#include "ExitStatus.h"
#include "ReportCommand.h"
#include "SecretsCommand.h"
#include "ValidateCommand.h"

namespace cc {

int runHeadless(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    if (cmd.command == QLatin1String("check"))
        return runCheckCommand(cmd, out, err);
    if (cmd.command == QLatin1String("artefact"))
        return runArtefactCommand(cmd, out, err);
    if (cmd.command == QLatin1String("secrets"))
        return runSecretsCommand(cmd, out, err);
    if (cmd.command == QLatin1String("report"))
        return runReportCommand(cmd, out, err);
    if (cmd.command == QLatin1String("validate"))
        return runValidateCommand(cmd, out, err);
    // Reserved by docs/cli.md; said plainly instead of pretending to run.
    err << QStringLiteral("cloudconnect: \"%1\" is not available in this build yet (see README, Roadmap); "
                          "\"check\", \"validate\", \"report\", \"artefact\" and \"secrets\" are.\n")
               .arg(cmd.command);
    return ExitBadInput;
}

} // namespace cc
