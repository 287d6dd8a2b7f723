#include "HeadlessRunner.h"

#include "CheckCommand.h"
#include "ExitStatus.h"

namespace cc {

int runHeadless(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    if (cmd.command == QLatin1String("check"))
        return runCheckCommand(cmd, out, err);
    // Reserved by docs/cli.md; said plainly instead of pretending to run.
    err << QStringLiteral("cloudconnect: \"%1\" is not available in this build yet (see README, Roadmap); "
                          "\"check\" is.\n")
               .arg(cmd.command);
    return ExitBadInput;
}

} // namespace cc
