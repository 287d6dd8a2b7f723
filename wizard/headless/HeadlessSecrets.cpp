#include "HeadlessSecrets.h"

#include "KeychainStore.h"
#include "SecretBlob.h"
#include "SecretSources.h"

#include <QEventLoop>
#include <QFile>
#include <QProcessEnvironment>

#include <cstdio>

namespace cc {

KeychainResult runKeychainOperation(const std::function<void(KeychainStore &)> &start, int timeoutSeconds)
{
    KeychainStore store;
    store.setTimeout(timeoutSeconds);
    KeychainResult result;
    QEventLoop loop;
    QObject::connect(&store, &KeychainStore::finished, &loop, [&](const KeychainResult &r) {
        result = r;
        loop.quit();
    });
    start(store);
    if (store.busy())
        loop.exec();
    return result;
}

HeadlessSecrets resolveHeadlessSecrets(const CommandLine &cmd, const QString &profileName)
{
    HeadlessSecrets out;
    if (!cmd.noKeychain) {
        KeychainResult r = runKeychainOperation([&](KeychainStore &s) { s.load(profileName); }, cmd.timeoutSeconds);
        if (r.ok)
            fillMissingSecrets(out.values, r.secrets, QStringLiteral("keychain"), out.sourceOf);
        else if (r.error.kind != KeychainError::Kind::NotFound)
            out.keychain = r.error;
        r.secrets.wipe();
    }
    SecretValues env = secretsFromEnvironment(QProcessEnvironment::systemEnvironment());
    fillMissingSecrets(out.values, env, QStringLiteral("environment"), out.sourceOf);
    env.wipe();
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
    return out;
}

} // namespace cc
