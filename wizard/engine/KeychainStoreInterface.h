#pragma once
// The OS keychain as the wizard sees it: one entry per profile, asynchronous only — each call
// returns its own KeychainJob (KeychainJob.h). The store over QtKeychain (secrets/KeychainStore)
// lives in the keychain module, loaded on first use (KeychainBackend.h), so D-Bus and libsecret's stack are not
// loaded before the first window is painted.
#include "KeychainJob.h"

#include <QObject>

namespace cc {

class KeychainStoreInterface : public QObject {
    Q_OBJECT
public:
    static constexpr auto kService = "cloudconnect";

    using QObject::QObject;

    virtual void setTimeout(int seconds) = 0;
    // Each returns a job that has not answered yet: connect to its finished() right away. The job
    // is a child of this store and deletes itself once it has answered.
    // `binding`: the endpoints and CA bundle these secrets may be used with (SecretBinding.h).
    virtual KeychainJob *store(const QString &profile, const SecretValues &secrets, const SecretBinding &binding) = 0;
    virtual KeychainJob *load(const QString &profile) = 0;
    virtual KeychainJob *remove(const QString &profile) = 0;
    // Whether any job of this store has yet to answer (its jobs are its children).
    bool busy() const;

protected:
    // For the stores: a job of theirs, and its one answer (KeychainJob.h).
    static KeychainJob *newJob(KeychainResult::Operation op, const QString &profile, QObject *parent);
    static void finishJob(KeychainJob *job, KeychainResult result);
};

// A store that answers every call with `error` (the engine or the keychain module could not be loaded): the wizard
// says so where it would have said what the keychain answered, and nothing else changes.
class UnavailableKeychainStore : public KeychainStoreInterface {
    Q_OBJECT
public:
    UnavailableKeychainStore(const KeychainError &error, QObject *parent);
    void setTimeout(int) override {}
    KeychainJob *store(const QString &profile, const SecretValues &, const SecretBinding &) override;
    KeychainJob *load(const QString &profile) override;
    KeychainJob *remove(const QString &profile) override;

private:
    KeychainJob *answer(KeychainResult::Operation op, const QString &profile);
    KeychainError m_error;
};

} // namespace cc
