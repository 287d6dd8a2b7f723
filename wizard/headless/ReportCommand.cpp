#include "ReportCommand.h"

#include "ExitStatus.h"
#include "HeadlessSecrets.h"
#include "ProfileArgument.h"
#include "ReportRenderers.h"

#include <QFile>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Set once, before the command runs, on the program's thread.
cc::ReportPdfWriter pdfWriter = nullptr;

} // namespace

namespace cc {

void setReportCommandPdfWriter(ReportPdfWriter writer)
{
    pdfWriter = writer;
}

int runReportCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    const std::optional<ReportFormat> format = reportFormatFor(cmd.format, cmd.output);
    if (!format) {
        err << Tr::tr("cloudconnect: cannot tell the report format from \"%1\"; use --format pdf|html|md|json\n").arg(cmd.output);
        return ExitBadInput;
    }
    const std::optional<ProfileParseResult> argument = readProfileArgument(cmd.profilePath, err);
    if (!argument)
        return ExitBadInput;
    const ProfileParseResult &parsed = *argument;
    // The report names secrets by fingerprint only, from the usual sources; a keychain that
    // cannot be read only means fewer fingerprints, so it is a warning here.
    HeadlessSecrets secrets = resolveHeadlessSecrets(cmd, *parsed.profile);
    if (secrets.keychain)
        err << Tr::tr("cloudconnect: warning: %1\n").arg(secrets.keychain->cause);
    if (!secrets.keychainBoundElsewhere.isEmpty())
        err << Tr::tr("cloudconnect: warning: %1\n").arg(boundElsewhereMessage(parsed.profile->name, secrets.keychainBoundElsewhere));
    if (!secrets.inputError.isEmpty()) {
        err << QStringLiteral("cloudconnect: %1\n").arg(secrets.inputError);
        return ExitBadInput;
    }
    ReportData data = buildReportData(*parsed.profile, secrets.values, QStringLiteral(CC_VERSION));
    secrets.values.wipe();
    if (!cmd.results.isEmpty()) {
        QFile f(cmd.results);
        if (!f.open(QIODevice::ReadOnly)) {
            err << Tr::tr("cloudconnect: cannot read %1: %2\n").arg(cmd.results, f.errorString());
            return ExitBadInput;
        }
        const ProfileProblems problems = readResultsInto(f.read(4 * 1024 * 1024 + 1), data);
        if (!problems.isEmpty()) {
            err << Tr::tr("cloudconnect: %1 is not the JSON printed by validate/submit:\n").arg(cmd.results);
            for (const ProfileProblem &p : problems)
                err << QStringLiteral("  ") << p.toString() << u'\n';
            return ExitBadInput;
        }
    }
    const QString error = writeReport(data, *format, cmd.output, pdfWriter);
    if (!error.isEmpty()) {
        err << QStringLiteral("cloudconnect: %1\n").arg(error);
        return ExitEnvironment;
    }
    if (cmd.json)
        out << QStringLiteral("{\"report\": \"%1\"}\n")
                   .arg(QString(cmd.output).replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")));
    else
        out << cmd.output << u'\n';
    return ExitSuccess;
}

} // namespace cc
