#include "KeychainStore.h"
#include "Logging.h"

#include "KeychainErrorClassify.h"
#include "SecretBlob.h"
#include "StoredSecretsIndex.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace cc {

KeychainStore::KeychainStore(QObject *parent) : KeychainStoreInterface(parent)
{
}

KeychainStore::~KeychainStore() = default;

KeychainJob *KeychainStore::store(const QString &profile, const SecretValues &secrets, const SecretBinding &binding)
{
    return start(KeychainResult::Operation::Store, profile, &secrets, binding);
}

KeychainJob *KeychainStore::load(const QString &profile)
{
    return start(KeychainResult::Operation::Load, profile, nullptr);
}

KeychainJob *KeychainStore::remove(const QString &profile)
{
    return start(KeychainResult::Operation::Remove, profile, nullptr);
}

namespace {

KeychainResult answerOf(QKeychain::Job *j, KeychainResult::Operation op, const QString &profile)
{
    KeychainResult r{op, profile, false, {}, {}, {}};
    if (j->error() != QKeychain::NoError) {
        r.error = classifyKeychainError(j->error(), j->errorString());
        // Deleting what is not there is what was asked for.
        r.ok = op == KeychainResult::Operation::Remove && r.error.kind == KeychainError::Kind::NotFound;
    } else if (op == KeychainResult::Operation::Load) {
        QByteArray blob = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        std::optional<SecretBlob> decoded = decodeSecretBlob(blob);
        wipeBytes(blob);
        r.ok = decoded.has_value();
        if (decoded) {
            r.secrets = decoded->secrets;
            r.binding = decoded->binding;
            decoded->secrets.wipe();
        } else {
            r.error = keychainCorrupt();
        }
    } else {
        r.ok = true;
    }
    qCDebug(logSecrets).noquote() << "keychain" << int(op) << "for a profile:" << (r.ok ? "ok" : "failed") << int(r.error.kind);
    if (r.ok && op == KeychainResult::Operation::Store)
        StoredSecretsIndex::add(profile);
    if (r.ok && op == KeychainResult::Operation::Remove)
        StoredSecretsIndex::remove(profile);
    return r;
}

} // namespace

KeychainJob *KeychainStore::start(KeychainResult::Operation op, const QString &profile, const SecretValues *secrets,
                                  const SecretBinding &binding)
{
    // QtKeychain's jobs (qtkeychain/keychain.h: ReadPasswordJob, WritePasswordJob, DeletePasswordJob,
    // one per call, finished(Job*) once, autoDelete) are what this mirrors.
    const QString service = QLatin1String(kService);
    QKeychain::Job *keychainJob = nullptr;
    switch (op) {
    case KeychainResult::Operation::Store: {
        auto *write = new QKeychain::WritePasswordJob(service);
        QByteArray blob = encodeSecretBlob(*secrets, binding);
        write->setBinaryData(blob); // QtKeychain keeps its own copy until the job ends (SecretValues.h)
        wipeBytes(blob);
        keychainJob = write;
        break;
    }
    case KeychainResult::Operation::Load: keychainJob = new QKeychain::ReadPasswordJob(service); break;
    case KeychainResult::Operation::Remove: keychainJob = new QKeychain::DeletePasswordJob(service); break;
    }
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false); // never plain text
    keychainJob->setKey(profile);

    KeychainJob *job = newJob(op, profile, this);
    // Either the keychain or the timer answers, whichever is first; the job ignores the other.
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    const int seconds = m_timeoutSeconds;
    connect(timer, &QTimer::timeout, job, [job, op, profile, seconds] {
        finishJob(job, KeychainResult{op, profile, false, {}, {}, keychainTimeout(seconds)});
    });
    // The index follows the keyring even when nobody waits for the answer any more.
    connect(keychainJob, &QKeychain::Job::finished, this, [job = QPointer<KeychainJob>(job), op, profile](QKeychain::Job *j) {
        KeychainResult r = answerOf(j, op, profile);
        if (job)
            finishJob(job, r);
        r.secrets.wipe();
    });
    // Started from the event loop: a keychain that fails at once (no Secret Service) answers
    // inside start(), and the caller has not connected to the job yet.
    QTimer::singleShot(0, keychainJob, [keychainJob, timer = QPointer<QTimer>(timer), seconds] {
        if (timer)
            timer->start(seconds * 1000);
        keychainJob->start();
    });
    return job;
}

} // namespace cc
