#include "CommandLine.h"

#include "Journey.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

namespace cc {
namespace {

const QStringList kCommands{QStringLiteral("bundle"), QStringLiteral("check"), QStringLiteral("validate"), QStringLiteral("submit"),
                            QStringLiteral("report"), QStringLiteral("secrets"), QStringLiteral("artefact")};

CommandLine usage(const QString &error)
{
    CommandLine c;
    c.mode = CommandLine::Mode::UsageError;
    c.error = error;
    return c;
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine c;
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        auto value = [&](QString *out) -> bool {
            const qsizetype eq = a.indexOf(u'=');
            if (a.startsWith(QLatin1String("--")) && eq > 0) {
                *out = a.mid(eq + 1);
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            *out = arguments.at(++i);
            return true;
        };
        const QString name = a.startsWith(QLatin1String("--")) ? a.section(u'=', 0, 0) : a;
        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            c.mode = CommandLine::Mode::Help;
            return c;
        }
        if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
            c.mode = CommandLine::Mode::Version;
            return c;
        }
        QString v;
        if (name == QLatin1String("--json"))
            c.json = true;
        else if (name == QLatin1String("--secrets-stdin"))
            c.secretsStdin = true;
        else if (name == QLatin1String("--no-keychain"))
            c.noKeychain = true;
        else if (name == QLatin1String("--dry-run"))
            c.dryRun = true;
        else if (name == QLatin1String("--replace"))
            c.replace = true;
        else if (name == QLatin1String("--passphrase-stdin"))
            c.passphraseStdin = true;
        else if (name == QLatin1String("--ca-bundle")) {
            if (!value(&c.caBundle) || c.caBundle.isEmpty())
                return usage(Tr::tr("--ca-bundle needs a file"));
        } else if (name == QLatin1String("--timeout")) {
            bool ok = false;
            if (!value(&v) || (c.timeoutSeconds = v.toInt(&ok), !ok) || c.timeoutSeconds < 1 || c.timeoutSeconds > 600)
                return usage(Tr::tr("--timeout needs a number of seconds from 1 to 600"));
        } else if (name == QLatin1String("--grant-wait")) {
            bool ok = false;
            if (!value(&v) || (c.grantWaitMinutes = v.toInt(&ok), !ok) || c.grantWaitMinutes < 0 || c.grantWaitMinutes > 60)
                return usage(Tr::tr("--grant-wait needs a number of minutes from 0 to 60"));
        } else if (name == QLatin1String("--only")) {
            if (!value(&v) || v.isEmpty())
                return usage(Tr::tr("--only needs check ids, e.g. --only aws.identity"));
            c.only = v.split(u',', Qt::SkipEmptyParts);
        } else if (name == QLatin1String("-o") || name == QLatin1String("--output")) {
            if (!value(&c.output) || c.output.isEmpty())
                return usage(Tr::tr("-o needs a file"));
        } else if (name == QLatin1String("--format")) {
            if (!value(&c.format) || !QStringList{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("json")}.contains(c.format))
                return usage(Tr::tr("--format is one of pdf, html, md, json"));
        } else if (name == QLatin1String("--results")) {
            if (!value(&c.results) || c.results.isEmpty())
                return usage(Tr::tr("--results needs a file"));
        } else if (a.startsWith(u'-') && a.size() > 1) {
            // Secrets are never accepted as arguments: say so rather than "unknown option".
            if (a.contains(QLatin1String("secret"), Qt::CaseInsensitive) || a.contains(QLatin1String("token"), Qt::CaseInsensitive)
                || a.contains(QLatin1String("password"), Qt::CaseInsensitive))
                return usage(Tr::tr("secrets are never accepted on the command line (they would be visible to "
                                    "other users in the process list); use the keychain, CLOUDCONNECT_* "
                                    "environment variables or --secrets-stdin"));
            return usage(Tr::tr("unknown option %1").arg(a.section(u'=', 0, 0)));
        } else {
            positional << a;
        }
    }

    if (positional.isEmpty())
        return c; // the wizard
    if (!kCommands.contains(positional.first())) {
        if (positional.size() > 1)
            return usage(Tr::tr("unknown command \"%1\"").arg(positional.first()));
        c.profilePath = positional.first(); // the wizard with this profile
        return c;
    }
    c.mode = CommandLine::Mode::Headless;
    c.command = positional.takeFirst();
    if (c.command == QLatin1String("secrets")) {
        if (positional.isEmpty() || (positional.first() != QLatin1String("set") && positional.first() != QLatin1String("delete")))
            return usage(Tr::tr("secrets needs set or delete: cloudconnect secrets set PROFILE.json"));
        c.action = positional.takeFirst();
    }
    if (c.command == QLatin1String("bundle")) {
        if (positional.isEmpty() || (positional.first() != QLatin1String("export") && positional.first() != QLatin1String("import")))
            return usage(Tr::tr("bundle needs export or import: cloudconnect bundle export PROFILE.json -o FILE"));
        c.action = positional.takeFirst();
        if (c.output.isEmpty())
            return usage(Tr::tr("bundle %1 needs -o FILE").arg(c.action));
        if (c.passphraseStdin && c.secretsStdin)
            return usage(Tr::tr("--passphrase-stdin and --secrets-stdin both read standard input; use "
                                "CLOUDCONNECT_BUNDLE_PASSPHRASE or the keychain for one of them"));
    }
    if (c.command == QLatin1String("artefact") && positional.size() == 2)
        c.action = positional.takeFirst(); // the artefact's name; without one, the list
    if (positional.size() != 1)
        return usage(positional.isEmpty() ? Tr::tr("%1 needs a profile: cloudconnect %1 PROFILE.json").arg(c.command)
                                          : Tr::tr("%1 takes one profile, not %2").arg(c.command).arg(positional.size()));
    c.profilePath = positional.first();
    if (c.command == QLatin1String("report") && c.output.isEmpty())
        return usage(Tr::tr("report needs -o FILE"));
    return c;
}

QString versionText()
{
    return QStringLiteral("cloudconnect %1\n").arg(QStringLiteral(CC_VERSION));
}

QString helpText()
{
    return QStringLiteral(
        "Usage:\n"
        "  cloudconnect                               open the wizard\n"
        "  cloudconnect PROFILE.json                  open the wizard with a profile (reviewed before it is applied)\n"
        "  cloudconnect check PROFILE.json [--json]   check the profile file only (schema + field rules), no network\n"
        "  cloudconnect validate PROFILE.json         run every live check that applies and print the results\n"
        "               [--only ID[,ID...]]           (AWS, Azure and the platform's token or API key)\n"
        "  cloudconnect submit PROFILE.json           run every check, store the secrets in the keychain, submit\n"
        "               [--dry-run] [--replace]       (--replace: overwrite different credentials of that name)\n"
        "  cloudconnect report PROFILE.json -o FILE   write the summary report (format from --format or the\n"
        "               [--format pdf|html|md|json] extension; --results FILE adds validate/submit results)\n"
        "  cloudconnect secrets set PROFILE.json      store the profile's secrets (from the environment or\n"
        "                                             --secrets-stdin) in the keychain\n"
        "  cloudconnect secrets delete PROFILE.json   delete them from the keychain\n"
        "  cloudconnect bundle export PROFILE.json -o FILE   profile + secrets, encrypted (AES-256-GCM, scrypt)\n"
        "  cloudconnect bundle import FILE -o PROFILE.json   the profile to a file, the secrets to the keychain\n"
        "               [--replace]                   (--replace: overwrite that file and stored secrets of that name)\n"
        "               (passphrase: CLOUDCONNECT_BUNDLE_PASSPHRASE or --passphrase-stdin, never an argument)\n"
        "  cloudconnect artefact PROFILE.json         list the generated artefacts of the profile's journey\n"
        "  cloudconnect artefact NAME PROFILE.json    print one (iam-policy, aws-cli, trust-policy, role-policy,\n"
        "                                             cloudformation, cloudformation-deploy, az-cli, scalr-server-entry)\n"
        "  cloudconnect --help | --version\n"
        "\n"
        "Options:\n"
        "  --json              machine-readable result on stdout (one JSON document)\n"
        "  --secrets-stdin     read secrets as one JSON object from standard input\n"
        "  --no-keychain       do not use the OS keychain (secrets from environment / stdin only)\n"
        "  --ca-bundle FILE    trust these extra CA certificates (PEM)\n"
        "  --timeout SECONDS   per-request timeout (default 30)\n"
        "  --only ID[,ID...]   validate: only these checks\n"
        "  --grant-wait MIN    validate: after an Azure grant ticked on the checklist less than MIN minutes\n"
        "                      ago (default 15, 0 = never), keep retrying the checks it explains\n"
        "  --dry-run           submit: every check and lookup, but nothing stored or sent\n"
        "  --replace           submit: replace existing credentials that differ (otherwise a conflict, exit 1);\n"
        "                      bundle import: replace the -o file and secrets stored under the profile's name\n"
        "  -o FILE, --format pdf|html|md|json, --results FILE   report options\n"
        "\n"
        "Secrets are never accepted as arguments. Environment variables: CLOUDCONNECT_AWS_SECRET_ACCESS_KEY,\n"
        "CLOUDCONNECT_AZURE_CLIENT_SECRET, CLOUDCONNECT_SCALR_SECRET_KEY, CLOUDCONNECT_SPOT_TOKEN.\n"
        "\n"
        "Exit status: 0 success, 1 a check failed or the platform refused, 2 bad input (usage, invalid profile,\n"
        "missing secret), 3 environment (keychain, network, TLS, timeout).\n"
        "\n"
        "Examples:\n"
        "  cloudconnect check prod-aws.json\n"
        "  cloudconnect check prod-aws.json --json | jq '.problems'\n"
        "  cloudconnect validate prod-aws.json --json | jq -r '.checks[] | select(.status==\"fail\") | .id'\n"
        "  cloudconnect submit prod-aws.json --dry-run && cloudconnect submit prod-aws.json --json > result.json\n"
        "  read -rs K; CLOUDCONNECT_AWS_SECRET_ACCESS_KEY=\"$K\" cloudconnect validate prod-aws.json --no-keychain\n"
        "  for f in profiles/*.json; do cloudconnect check \"$f\" || echo \"fix $f\"; done\n"
        "  cloudconnect report prod-aws.json -o prod-aws-change-record.pdf\n"
        "  read -rs T; printf '{\"spotToken\":\"%s\"}' \"$T\" | cloudconnect secrets set spot.json --secrets-stdin\n"
        "  cloudconnect artefact iam-policy prod-aws.json > scalr-minimum-policy.json\n");
}

} // namespace cc
