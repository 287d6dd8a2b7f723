#include "HeadlessRunner.h"

#include "ArtefactCommand.h"
#include "BundleCommand.h"
#include "CheckCommand.h"
#include "ExitStatus.h"
#include "ReportCommand.h"
#include "SecretsCommand.h"
#include "SubmitCommand.h"
#include "ValidateCommand.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

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
    if (cmd.command == QLatin1String("bundle"))
        return runBundleCommand(cmd, out, err);
    if (cmd.command == QLatin1String("submit"))
        return runSubmitCommand(cmd, out, err);
    // Reserved by docs/cli.md; said plainly instead of pretending to run.
    err << Tr::tr("cloudconnect: unknown command \"%1\"; see cloudconnect --help\n").arg(cmd.command);
    return ExitBadInput;
}

} // namespace cc
