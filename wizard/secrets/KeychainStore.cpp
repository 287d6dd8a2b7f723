#include "KeychainStore.h"

#include "SecretBlob.h"
#include "StoredSecretsIndex.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace cc {

KeychainStore::KeychainStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<cc::KeychainResult>();
}

KeychainStore::~KeychainStore() = default;

void KeychainStore::store(const QString &profile, const SecretValues &secrets, const SecretBinding &binding)
{
    start(KeychainResult::Operation::Store, profile, &secrets, binding);
}

void KeychainStore::load(const QString &profile)
{
    start(KeychainResult::Operation::Load, profile, nullptr);
}

void KeychainStore::remove(const QString &profile)
{
    start(KeychainResult::Operation::Remove, profile, nullptr);
}

void KeychainStore::start(KeychainResult::Operation op, const QString &profile, const SecretValues *secrets, const SecretBinding &binding)
{
    const QString service = QLatin1String(kService);
    QKeychain::Job *job = nullptr;
    switch (op) {
    case KeychainResult::Operation::Store: {
        auto *write = new QKeychain::WritePasswordJob(service);
        QByteArray blob = encodeSecretBlob(*secrets, binding);
        write->setBinaryData(blob);
        wipeBytes(blob);
        job = write;
        break;
    }
    case KeychainResult::Operation::Load:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case KeychainResult::Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text
    job->setKey(profile);
    ++m_pending;

    // Either the job or the timer answers, whichever is first; the other is ignored.
    auto done = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const int seconds = m_timeoutSeconds;
    connect(timer, &QTimer::timeout, this, [this, done, timer, op, profile, seconds] {
        timer->deleteLater();
        if (*done)
            return;
        *done = true;
        --m_pending;
        KeychainResult r{op, profile, false, {}, {}, keychainTimeout(seconds)};
        Q_EMIT finished(r);
    });
    connect(job, &QKeychain::Job::finished, this, [this, done, timer, op, profile](QKeychain::Job *j) {
        if (*done)
            return; // too late: the caller was already told about the timeout
        *done = true;
        timer->stop();
        timer->deleteLater();
        --m_pending;
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
            } else
                r.error = keychainCorrupt();
        } else {
            r.ok = true;
        }
        if (r.ok && op == KeychainResult::Operation::Store)
            StoredSecretsIndex::add(profile);
        if (r.ok && op == KeychainResult::Operation::Remove)
            StoredSecretsIndex::remove(profile);
        Q_EMIT finished(r);
        r.secrets.wipe();
    });
    timer->start(seconds * 1000);
    job->start();
}

} // namespace cc
