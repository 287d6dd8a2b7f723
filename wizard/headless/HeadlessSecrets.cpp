#include "HeadlessSecrets.h"

#include "KeychainBackend.h"
#include "SecretBlob.h"
#include "SecretSources.h"

#include <QEventLoop>
#include <memory>
#include <QFile>
#include <QProcessEnvironment>

#include <cstdio>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

namespace cc {

KeychainResult runKeychainOperation(const std::function<KeychainJob *(KeychainStoreInterface &)> &start, int timeoutSeconds)
{
    // The keychain module is loaded here, by the first command that uses the keychain.
    const std::unique_ptr<KeychainStoreInterface> store(createKeychainStore(nullptr));
    store->setTimeout(timeoutSeconds);
    KeychainResult result;
    QEventLoop loop;
    KeychainJob *job = start(*store);
    QObject::connect(job, &KeychainJob::finished, &loop, [&](const KeychainResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec(); // a job always answers, from the event loop, within the store's timeout
    return result;
}

QString boundElsewhereMessage(const QString &profileName, const QStringList &changes)
{
    return Tr::tr("the keychain holds secrets for \"%1\", but they were stored for other endpoints or another CA "
                  "bundle than this profile file names, so they were not used:\n  %2\nIf you trust this file, give "
                  "the secrets explicitly (environment variables or --secrets-stdin), or store them for these "
                  "endpoints with 'cloudconnect secrets set'.")
        .arg(profileName, changes.join(QStringLiteral("\n  ")));
}

HeadlessSecrets resolveHeadlessSecrets(const CommandLine &cmd, const Profile &profile)
{
    HeadlessSecrets out;
    if (cmd.secretsStdin) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            QByteArray bytes = in.read(64 * 1024 + 1);
            std::optional<SecretValues> fromStdin = secretsFromJson(bytes, &out.inputError);
            wipeBytes(bytes);
            if (fromStdin) {
                fillMissingSecrets(out.values, *fromStdin, QStringLiteral("stdin"), out.sourceOf);
                fromStdin->wipe();
            }
        }
    }
    SecretValues env = secretsFromEnvironment(QProcessEnvironment::systemEnvironment());
    fillMissingSecrets(out.values, env, QStringLiteral("environment"), out.sourceOf);
    env.wipe();
    if (!cmd.noKeychain) {
        KeychainResult r = runKeychainOperation([&](KeychainStoreInterface &s) { return s.load(profile.name); }, cmd.timeoutSeconds);
        if (r.ok) {
            // Used only with the endpoints and CA bundle they were stored for.
            const QStringList changes = secretBindingChanges(r.binding, secretBinding(profile, cmd.caBundle));
            if (changes.isEmpty())
                fillMissingSecrets(out.values, r.secrets, QStringLiteral("keychain"), out.sourceOf);
            else if (!r.secrets.isEmpty())
                out.keychainBoundElsewhere = changes;
        } else if (r.error.kind != KeychainError::Kind::NotFound) {
            out.keychain = r.error;
        }
        r.secrets.wipe();
    }
    return out;
}

} // namespace cc
