#include "HeadlessRunner.h"
#include "Logging.h"

#include "CommandRegistry.h"

#include "ExitStatus.h"
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
    if (const CommandSpec *spec = findCommand(cmd.command)) {
        const int status = spec->run(cmd, out, err);
        qCDebug(logCli).noquote() << cmd.command << "exit" << status;
        return status;
    }
    err << Tr::tr("cloudconnect: unknown command \"%1\"; see cloudconnect --help\n").arg(cmd.command);
    return ExitBadInput;
}

} // namespace cc
