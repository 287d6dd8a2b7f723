#include "BundleCommand.h"

#include "EncryptedBundle.h"
#include "ExitStatus.h"
#include "HeadlessSecrets.h"
#include "Journey.h"
#include "SecretSources.h"
#include "KeychainBackend.h"
#include "OwnerOnlyFile.h"
#include "ProfileArgument.h"
#include "ProfileFile.h"
#include "SecretBlob.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

namespace cc {

namespace {

QString readPassphrase(const CommandLine &cmd)
{
    if (cmd.passphraseStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return {};
        QByteArray line = in.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        const QString pass = QString::fromUtf8(line);
        wipeBytes(line);
        return pass;
    }
    return qEnvironmentVariable("CLOUDCONNECT_BUNDLE_PASSPHRASE");
}

} // namespace

int runBundleCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    QString passphrase = readPassphrase(cmd);
    if (passphrase.isEmpty()) {
        err << Tr::tr("cloudconnect: bundle needs a passphrase: set CLOUDCONNECT_BUNDLE_PASSPHRASE or use --passphrase-stdin\n");
        return ExitBadInput;
    }
    QString error;
    if (cmd.action == QLatin1String("export")) {
        const std::optional<ProfileParseResult> argument = readProfileArgument(cmd.profilePath, err);
        if (!argument) {
            wipeString(passphrase);
            return ExitBadInput;
        }
        const Profile &p = *argument->profile;
        HeadlessSecrets secrets = resolveHeadlessSecrets(cmd, p);
        if (!secrets.inputError.isEmpty()) {
            wipeString(passphrase);
            secrets.values.wipe();
            err << Tr::tr("cloudconnect: --secrets-stdin: %1\n").arg(secrets.inputError);
            return ExitBadInput;
        }
        // Only the journey's secrets go into the bundle; one it uses that could not be read is an
        // error, never a bundle silently missing it.
        SecretValues packed = onlyJourneySecrets(secrets.values, p);
        secrets.values.wipe();
        for (auto it = secrets.sourceOf.begin(); it != secrets.sourceOf.end();) {
            bool used = false;
            for (const SecretNames &n : secretNames())
                used = used || (it.key() == QLatin1String(n.label) && !(packed.*n.member).isEmpty());
            it = used ? std::next(it) : secrets.sourceOf.erase(it);
        }
        if (packed.isEmpty() && !secrets.keychainBoundElsewhere.isEmpty()) {
            wipeString(passphrase);
            err << QStringLiteral("cloudconnect: %1\n").arg(boundElsewhereMessage(p.name, secrets.keychainBoundElsewhere));
            return ExitBadInput;
        }
        if (packed.isEmpty() && secrets.keychain) {
            wipeString(passphrase);
            err << Tr::tr("cloudconnect: the keychain could not be read: %1\n").arg(secrets.keychain->text());
            return ExitEnvironment;
        }
        const QByteArray sealed = exportBundle(p, packed, passphrase, &error);
        packed.wipe();
        wipeString(passphrase);
        if (sealed.isEmpty()) {
            err << QStringLiteral("cloudconnect: %1\n").arg(error);
            return ExitBadInput;
        }
        const QString writeError = writeOwnerOnlyFile(cmd.output, sealed);
        if (!writeError.isEmpty()) {
            err << QStringLiteral("cloudconnect: %1\n").arg(writeError);
            return ExitEnvironment;
        }
        for (auto it = secrets.sourceOf.cbegin(); it != secrets.sourceOf.cend(); ++it)
            err << Tr::tr("cloudconnect: %1 (%2) is in the bundle\n").arg(secretLabelText(it.key()), secretSourceText(it.value()));
        out << Tr::tr("Wrote %1: profile \"%2\" with %3 secret(s), encrypted. Give the passphrase to your "
                      "colleague another way than the file.\n")
                   .arg(cmd.output, argument->profile->name)
                   .arg(secrets.sourceOf.size());
        return ExitSuccess;
    }

    QFile in(cmd.profilePath);
    if (!in.open(QIODevice::ReadOnly)) {
        wipeString(passphrase);
        err << Tr::tr("cloudconnect: cannot read %1: %2\n").arg(cmd.profilePath, in.errorString());
        return ExitBadInput;
    }
    std::optional<BundleContents> contents = importBundle(in.read(kBundleMaxBytes + 1), passphrase, &error);
    wipeString(passphrase);
    if (!contents) {
        err << QStringLiteral("cloudconnect: %1: %2\n").arg(cmd.profilePath, error);
        return ExitBadInput;
    }
    // Nothing already there is replaced without --replace: neither the file nor another bundle's
    // (or this user's own) secrets stored under the same profile name.
    if (!cmd.replace && QFileInfo::exists(cmd.output)) {
        contents->secrets.wipe();
        err << Tr::tr("cloudconnect: %1 exists; nothing was imported. Choose another -o file, or add --replace to "
                      "replace it.\n")
                   .arg(cmd.output);
        return ExitBadInput;
    }
    if (!cmd.replace && !cmd.noKeychain && !contents->secrets.isEmpty()) {
        KeychainResult existing =
            runKeychainOperation([&](KeychainStoreInterface &s) { return s.load(contents->profile.name); }, cmd.timeoutSeconds);
        existing.secrets.wipe();
        if (!existing.ok && existing.error.isError()) {
            contents->secrets.wipe();
            err << Tr::tr("cloudconnect: nothing was imported: the keychain could not be read to see whether it holds "
                          "secrets for \"%1\": %2\n")
                       .arg(contents->profile.name, existing.error.text());
            return ExitEnvironment;
        }
        if (existing.ok) {
            contents->secrets.wipe();
            err << Tr::tr("cloudconnect: the keychain already holds secrets for a profile named \"%1\"; nothing was "
                          "imported. Add --replace to replace them with the bundle's, or --no-keychain to write only "
                          "the profile.\n")
                       .arg(contents->profile.name);
            return ExitBadInput;
        }
    }
    const QString saveError = saveProfileFile(contents->profile, cmd.output);
    if (!saveError.isEmpty()) {
        contents->secrets.wipe();
        err << QStringLiteral("cloudconnect: %1\n").arg(saveError);
        return ExitEnvironment;
    }
    int status = ExitSuccess;
    if (cmd.noKeychain) {
        err << Tr::tr("cloudconnect: --no-keychain: the secrets in the bundle were not stored\n");
    } else if (!contents->secrets.isEmpty()) {
        const KeychainResult stored = runKeychainOperation(
            [&](KeychainStoreInterface &s) {
                return s.store(contents->profile.name, onlyJourneySecrets(contents->secrets, contents->profile),
                               secretBinding(contents->profile));
            },
            cmd.timeoutSeconds);
        if (!stored.ok) {
            err << Tr::tr("cloudconnect: the profile was written, but the secrets could not be stored: %1\n").arg(stored.error.text());
            status = ExitEnvironment;
        }
    }
    contents->secrets.wipe();
    out << Tr::tr("Wrote %1 (profile \"%2\")%3.\n")
               .arg(cmd.output, contents->profile.name,
                    status == ExitSuccess && !cmd.noKeychain ? Tr::tr("; its secrets are in the keychain") : QString());
    return status;
}

} // namespace cc
