#include "HeadlessRunner.h"
#include "Logging.h"

#include "ArtefactCommand.h"
#include "BundleCommand.h"
#include "CheckCommand.h"
#include "CommandRegistry.h"
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

using Runner = int (*)(const cc::CommandLine &, QTextStream &, QTextStream &);

// The function of each command CommandRegistry declares (the declarations live outside the
// engine, so that parsing and --help need none of it).
Runner runnerOf(const QString &command)
{
    static const QList<std::pair<QString, Runner>> runners{
        {QStringLiteral("check"), cc::runCheckCommand},       {QStringLiteral("validate"), cc::runValidateCommand},
        {QStringLiteral("submit"), cc::runSubmitCommand},     {QStringLiteral("report"), cc::runReportCommand},
        {QStringLiteral("secrets"), cc::runSecretsCommand},   {QStringLiteral("bundle"), cc::runBundleCommand},
        {QStringLiteral("artefact"), cc::runArtefactCommand},
    };
    for (const auto &[name, run] : runners)
        if (name == command)
            return run;
    return nullptr;
}

} // namespace

namespace cc {

int runHeadless(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    const Runner run = findCommand(cmd.command) ? runnerOf(cmd.command) : nullptr;
    if (!run) {
        err << Tr::tr("cloudconnect: unknown command \"%1\"; see cloudconnect --help\n").arg(cmd.command);
        return ExitBadInput;
    }
    const int status = run(cmd, out, err);
    qCDebug(logCli).noquote() << cmd.command << "exit" << status;
    return status;
}

} // namespace cc
