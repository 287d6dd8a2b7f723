#include "CommandRegistry.h"

#include "Journey.h"

#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

namespace cc {

const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> options{
        {QStringLiteral("--json"), {}, {}, QT_TRANSLATE_NOOP("Cli", "machine-readable result on stdout (one JSON document)"), true},
        {QStringLiteral("--secrets-stdin"), {}, {}, QT_TRANSLATE_NOOP("Cli", "read secrets as one JSON object from standard input"), true},
        {QStringLiteral("--no-keychain"),
         {},
         {},
         QT_TRANSLATE_NOOP("Cli", "do not use the OS keychain (secrets from environment / stdin only)"),
         true},
        {QStringLiteral("--ca-bundle"),
         {},
         QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("Cli", "trust these extra CA certificates (PEM)"),
         true},
        {QStringLiteral("--timeout"),
         {},
         QStringLiteral("SECONDS"),
         QT_TRANSLATE_NOOP("Cli", "per-request timeout, 1 to 600 (default 30)"),
         true},
        {QStringLiteral("--only"),
         {},
         QStringLiteral("ID[,ID...]"),
         QT_TRANSLATE_NOOP("Cli", "only these checks, e.g. aws.identity"),
         false},
        {QStringLiteral("--grant-wait"),
         {},
         QStringLiteral("MINUTES"),
         QT_TRANSLATE_NOOP(
             "Cli",
             "after an Azure grant ticked less than this long ago (0 to 60, default 15; 0 = never), keep retrying the checks it explains"),
         false},
        {QStringLiteral("--dry-run"), {}, {}, QT_TRANSLATE_NOOP("Cli", "every check and lookup, but nothing stored or sent"), false},
        {QStringLiteral("--replace"),
         {},
         {},
         QT_TRANSLATE_NOOP(
             "Cli",
             "submit: replace existing credentials that differ; bundle import: replace the -o file and the secrets stored under that name"),
         false},
        {QStringLiteral("--output"), QStringLiteral("-o"), QStringLiteral("FILE"), QT_TRANSLATE_NOOP("Cli", "the file to write"), false},
        {QStringLiteral("--format"),
         {},
         QStringLiteral("pdf|html|md|json"),
         QT_TRANSLATE_NOOP("Cli", "the report's format (default: from the file's extension)"),
         false},
        {QStringLiteral("--results"),
         {},
         QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("Cli", "add the results validate or submit printed with --json"),
         false},
        {QStringLiteral("--passphrase-stdin"),
         {},
         {},
         QT_TRANSLATE_NOOP("Cli", "read the bundle's passphrase from standard input (else CLOUDCONNECT_BUNDLE_PASSPHRASE)"),
         false},
    };
    return options;
}

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> commands{
        {QStringLiteral("check"),
         {},
         QStringLiteral("check PROFILE.json"),
         QT_TRANSLATE_NOOP("Cli", "check the profile file only (schema and field rules), no network"),
         {}},
        {QStringLiteral("validate"),
         {},
         QStringLiteral("validate PROFILE.json [--only ID[,ID...]]"),
         QT_TRANSLATE_NOOP("Cli", "run every live check that applies (AWS, Azure, the platform's token or API key) and print the results"),
         {QStringLiteral("--only"), QStringLiteral("--grant-wait")}},
        {QStringLiteral("submit"),
         {},
         QStringLiteral("submit PROFILE.json [--dry-run] [--replace]"),
         QT_TRANSLATE_NOOP("Cli", "run every check, store the secrets in the keychain, then submit the credentials to the platform"),
         {QStringLiteral("--dry-run"), QStringLiteral("--replace"), QStringLiteral("--grant-wait")}},
        {QStringLiteral("report"),
         {},
         QStringLiteral("report PROFILE.json -o FILE [--format pdf|html|md|json] [--results FILE]"),
         QT_TRANSLATE_NOOP("Cli", "write the summary report for the change record"),
         {QStringLiteral("--output"), QStringLiteral("--format"), QStringLiteral("--results")}},
        {QStringLiteral("secrets"),
         {QStringLiteral("set"), QStringLiteral("delete")},
         QStringLiteral("secrets set|delete PROFILE.json"),
         QT_TRANSLATE_NOOP("Cli", "store the profile's secrets (from the environment or --secrets-stdin) in the keychain, or delete them"),
         {}},
        {QStringLiteral("bundle"),
         {QStringLiteral("export"), QStringLiteral("import")},
         QStringLiteral("bundle export PROFILE.json -o FILE | bundle import FILE -o PROFILE.json [--replace]"),
         QT_TRANSLATE_NOOP("Cli", "profile and secrets in one encrypted file (AES-256-GCM, scrypt) for a colleague, and back"),
         {QStringLiteral("--output"), QStringLiteral("--replace"), QStringLiteral("--passphrase-stdin")}},
        {QStringLiteral("artefact"),
         {},
         QStringLiteral("artefact [NAME] PROFILE.json"),
         QT_TRANSLATE_NOOP("Cli", "list the generated artefacts of the profile's journey, or print one (iam-policy, aws-cli, trust-policy, "
                                  "role-policy, cloudformation, cloudformation-deploy, az-cli, scalr-server-entry)"),
         {}},
    };
    return commands;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &c : commandSpecs())
        if (c.name == name)
            return &c;
    return nullptr;
}

const OptionSpec *findOption(const QString &nameOrShortName)
{
    for (const OptionSpec &o : optionSpecs())
        if (o.name == nameOrShortName || (!o.shortName.isEmpty() && o.shortName == nameOrShortName))
            return &o;
    return nullptr;
}

bool commandTakesOption(const CommandSpec &command, const OptionSpec &option)
{
    return option.common || command.options.contains(option.name);
}

QStringList commandsTaking(const OptionSpec &option)
{
    QStringList names;
    for (const CommandSpec &c : commandSpecs())
        if (c.options.contains(option.name))
            names << c.name;
    return names;
}

namespace {

QString optionLabel(const OptionSpec &o)
{
    QString label = o.shortName.isEmpty() ? o.name : o.shortName + QStringLiteral(", ") + o.name;
    if (!o.valueName.isEmpty())
        label += u' ' + o.valueName;
    return label;
}

QStringList takenBy(const OptionSpec &o)
{
    return commandsTaking(o);
}

} // namespace

QString helpText()
{
    QString text = Tr::tr("Usage:") + u'\n';
    // The description below its command or option, indented, wrapped at about 100 columns.
    auto line = [&text](const QString &left, const QString &right) {
        text += QStringLiteral("  ") + left + u'\n';
        QString row = QStringLiteral("      ");
        for (const QString &word : right.split(u' ', Qt::SkipEmptyParts)) {
            if (row.size() > 6 && row.size() + 1 + word.size() > 100) {
                text += row + u'\n';
                row = QStringLiteral("      ");
            }
            row += (row.size() > 6 ? QStringLiteral(" ") : QString()) + word;
        }
        text += row + u'\n';
    };
    line(QStringLiteral("cloudconnect [PROFILE.json]"), Tr::tr("open the wizard (with a profile: reviewed before it is applied)"));
    for (const CommandSpec &c : commandSpecs())
        line(QStringLiteral("cloudconnect ") + c.synopsis, Tr::tr(c.summary));
    line(QStringLiteral("cloudconnect --help | --version | --man"), Tr::tr("this text, the version, or the manual page (roff)"));
    text += u'\n' + Tr::tr("Options every command takes:") + u'\n';
    for (const OptionSpec &o : optionSpecs())
        if (o.common)
            line(optionLabel(o), Tr::tr(o.help));
    text += u'\n' + Tr::tr("Options of some commands:") + u'\n';
    for (const OptionSpec &o : optionSpecs())
        if (!o.common)
            line(optionLabel(o), QStringLiteral("%1 (%2)").arg(Tr::tr(o.help), takenBy(o).join(QStringLiteral(", "))));
    QStringList ids;
    for (const LiveCheck &c : liveChecks(Profile::defaults()))
        ids << c.id;
    text += u'\n' + Tr::tr("Check ids for --only: %1").arg(ids.join(QStringLiteral(", "))) + u'\n';
    text += u'\n'
            + Tr::tr("Secrets are never accepted as arguments. Environment variables: CLOUDCONNECT_AWS_SECRET_ACCESS_KEY, "
                     "CLOUDCONNECT_AZURE_CLIENT_SECRET, CLOUDCONNECT_SCALR_SECRET_KEY, CLOUDCONNECT_SPOT_TOKEN.")
            + u'\n' + u'\n'
            + Tr::tr("Exit status: 0 success, 1 a check failed or the platform refused, 2 bad input (usage, invalid profile, "
                     "missing secret), 3 environment (keychain, network, TLS, timeout).")
            + u'\n' + u'\n' + Tr::tr("Examples:") + u'\n';
    for (const char *example : {"cloudconnect check prod-aws.json", "cloudconnect check prod-aws.json --json | jq '.problems'",
                                "cloudconnect validate prod-aws.json --json | jq -r '.checks[] | select(.status==\"fail\") | .id'",
                                "cloudconnect submit prod-aws.json --dry-run && cloudconnect submit prod-aws.json --json > result.json",
                                "read -rs K; CLOUDCONNECT_AWS_SECRET_ACCESS_KEY=\"$K\" cloudconnect validate prod-aws.json --no-keychain",
                                "for f in profiles/*.json; do cloudconnect check \"$f\" || echo \"fix $f\"; done",
                                "cloudconnect report prod-aws.json -o prod-aws-change-record.pdf",
                                "read -rs T; printf '{\"spotToken\":\"%s\"}' \"$T\" | cloudconnect secrets set spot.json --secrets-stdin",
                                "cloudconnect artefact iam-policy prod-aws.json > scalr-minimum-policy.json"})
        text += QStringLiteral("  %1\n").arg(QLatin1String(example));
    return text;
}

namespace {
// roff escapes: a leading dot or quote would be read as a request; backslashes and hyphens.
QString roff(QString s)
{
    s.replace(u'\\', QStringLiteral("\\e"));
    s.replace(u'-', QStringLiteral("\\-"));
    if (s.startsWith(u'.') || s.startsWith(u'\''))
        s.prepend(QStringLiteral("\\&"));
    return s;
}
} // namespace

QString manPage()
{
    // The prose around the declarations (description, environment, exit status, examples) is
    // written here once; synopsis, commands and options come from the registry.
    static const char *const kDescription = R"roff(.SH DESCRIPTION
Without a command, \fBcloudconnect\fR opens the wizard (with \fIPROFILE.json\fR, after showing what
importing it would change). The commands run the same engine without a window, for scripts and
pipelines. Results go to standard output, progress and errors to standard error.
)roff";
    static const char *const kRest = R"roff(.SH ENVIRONMENT
Secrets are never accepted as arguments. Lookup order, the most explicit first:
\fB\-\-secrets\-stdin\fR, then \fBCLOUDCONNECT_AWS_SECRET_ACCESS_KEY\fR,
\fBCLOUDCONNECT_AZURE_CLIENT_SECRET\fR, \fBCLOUDCONNECT_SCALR_SECRET_KEY\fR,
\fBCLOUDCONNECT_SPOT_TOKEN\fR, then the keychain (unless \fB\-\-no\-keychain\fR) \(em and the keychain's
only for the endpoints and CA bundle they were stored for; a profile that names others gets none
(exit 2, naming what changed).
\fBCLOUDCONNECT_BUNDLE_PASSPHRASE\fR holds the bundle passphrase.
.SH EXIT STATUS
.TP
.B 0
Everything asked for succeeded (validate: no check failed; warnings allowed).
.TP
.B 1
A check failed, or the platform rejected the submission.
.TP
.B 2
Bad input: usage error, unreadable or invalid profile, missing secret.
.TP
.B 3
Environment: keychain unavailable, network unreachable, TLS failure, timeout.
.SH EXAMPLES
.nf
cloudconnect check prod\-aws.json
cloudconnect validate prod\-aws.json \-\-json | jq \-r '.checks[] | select(.status=="fail") | .id'
cloudconnect submit prod\-aws.json \-\-dry\-run && cloudconnect submit prod\-aws.json \-\-json > result.json
cloudconnect report prod\-aws.json \-o change.pdf \-\-results result.json
read \-rs P; printf '%s\\n' "$P" | cloudconnect bundle import prod.ccbundle \-o prod\-aws.json \-\-passphrase\-stdin
.fi
.SH FILES
Profiles are JSON (docs/profile\-format.md), saved owner\-only; they never contain a secret.
.SH SEE ALSO
The README of the project, and its docs/cli.md.

)roff";
    QString m;
    m += QStringLiteral(".TH CLOUDCONNECT 1 \"\" \"cloudconnect %1\" \"User Commands\"\n").arg(QStringLiteral(CC_VERSION));
    m += QStringLiteral(".SH NAME\ncloudconnect \\- connect an AWS account or Azure subscription to Scalr or Spot\n");
    m += QStringLiteral(".SH SYNOPSIS\n.B cloudconnect\n[\\fIPROFILE.json\\fR]\n");
    for (const CommandSpec &c : commandSpecs())
        m += QStringLiteral(".br\n.B cloudconnect %1\n").arg(roff(c.synopsis));
    m += QString::fromUtf8(kDescription);
    m += QStringLiteral(".SH COMMANDS\n");
    for (const CommandSpec &c : commandSpecs())
        m += QStringLiteral(".TP\n.B %1\n%2\n").arg(roff(c.name), roff(QString::fromUtf8(c.summary)));
    m += QStringLiteral(".SH OPTIONS\n");
    for (const OptionSpec &o : optionSpecs()) {
        QString text = QString::fromUtf8(o.help);
        if (!o.common)
            text += QStringLiteral(" (") + takenBy(o).join(QStringLiteral(", ")) + u')';
        m += QStringLiteral(".TP\n.B %1\n%2\n").arg(roff(optionLabel(o)), roff(text));
    }
    // The ids --only takes, with what each proves (the same list validate runs from).
    m += QStringLiteral(".SH CHECKS\n");
    for (const LiveCheck &c : liveChecks(Profile::defaults()))
        m += QStringLiteral(".TP\n.B %1\n%2\n").arg(roff(c.id), roff(c.title));
    m += QStringLiteral(".SH OTHER OPTIONS\n");
    m += QStringLiteral(".TP\n.B \\-h, \\-\\-help\nthe commands and options, in the reader's language\n"
                        ".TP\n.B \\-v, \\-\\-version\nthe version\n"
                        ".TP\n.B \\-\\-man\nthis manual page (roff)\n");
    m += QString::fromUtf8(kRest);
    return m;
}

} // namespace cc
