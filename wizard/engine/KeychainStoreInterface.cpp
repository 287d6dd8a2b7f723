#include "KeychainStoreInterface.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace cc {

KeychainJob *KeychainStoreInterface::newJob(KeychainResult::Operation op, const QString &profile, QObject *parent)
{
    return new KeychainJob(op, profile, parent);
}

void KeychainStoreInterface::finishJob(KeychainJob *job, KeychainResult result)
{
    job->finish(std::move(result));
}

UnavailableKeychainStore::UnavailableKeychainStore(const KeychainError &error, QObject *parent)
    : KeychainStoreInterface(parent), m_error(error)
{
}

KeychainJob *UnavailableKeychainStore::store(const QString &profile, const SecretValues &, const SecretBinding &)
{
    return answer(KeychainResult::Operation::Store, profile);
}

KeychainJob *UnavailableKeychainStore::load(const QString &profile)
{
    return answer(KeychainResult::Operation::Load, profile);
}

KeychainJob *UnavailableKeychainStore::remove(const QString &profile)
{
    return answer(KeychainResult::Operation::Remove, profile);
}

bool KeychainStoreInterface::busy() const
{
    // By class name, not qobject_cast: the store and its jobs may come from another module (the
    // engine, the keychain module), whose copy of KeychainJob has a meta-object of its own.
    const QObjectList &kids = children();
    return std::any_of(kids.cbegin(), kids.cend(), [](const QObject *o) {
        return o->inherits("cc::KeychainJob") && !static_cast<const KeychainJob *>(o)->isFinished();
    });
}

KeychainJob *UnavailableKeychainStore::answer(KeychainResult::Operation op, const QString &profile)
{
    KeychainJob *job = newJob(op, profile, this);
    // From the event loop, as every job answers: the caller connects after this returns.
    QTimer::singleShot(0, job, [job, op, profile, error = m_error] { finishJob(job, KeychainResult{op, profile, false, {}, {}, error}); });
    return job;
}

} // namespace cc
