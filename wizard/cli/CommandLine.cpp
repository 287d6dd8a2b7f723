#include "CommandLine.h"

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
namespace {

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
    QStringList given; // the options used, by their long names
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
        if (name == QLatin1String("--man")) {
            c.mode = CommandLine::Mode::Manual;
            return c;
        }
        if (const OptionSpec *known = findOption(name))
            given << known->name;
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
            if (!value(&c.format)
                || !QStringList{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("json")}.contains(
                    c.format))
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
    const CommandSpec *spec = findCommand(positional.first());
    if (!spec) {
        if (positional.size() > 1)
            return usage(Tr::tr("unknown command \"%1\"").arg(positional.first()));
        c.profilePath = positional.first(); // the wizard with this profile
        return c;
    }
    c.mode = CommandLine::Mode::Headless;
    c.command = positional.takeFirst();
    // Each command takes the common options and its own (CommandRegistry.cpp), nothing else.
    for (const QString &option : std::as_const(given)) {
        const OptionSpec *o = findOption(option);
        if (!commandTakesOption(*spec, *o))
            return usage(Tr::tr("%1 does not take %2 (an option of %3); see cloudconnect --help")
                             .arg(c.command, option, commandsTaking(*o).join(QStringLiteral(", "))));
    }
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

} // namespace cc
