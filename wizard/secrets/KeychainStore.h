#pragma once
// The OS keychain over QtKeychain (KeychainStoreInterface, in the engine): one entry per profile
// (service "cloudconnect", key = profile name) holding all of its secrets as one binary blob. Asynchronous only: each call returns its own
// KeychainJob, whose finished() carries the answer to that call — the GUI thread never waits. Nothing ever falls back to plain-text
// storage.
#include "KeychainStoreInterface.h"

#include <QObject>

namespace cc {

class KeychainStore : public KeychainStoreInterface {
    Q_OBJECT
public:
    explicit KeychainStore(QObject *parent = nullptr);
    ~KeychainStore() override;
    void setTimeout(int seconds) override { m_timeoutSeconds = seconds; }

    // Each returns a job that has not answered yet: connect to its finished() right away. The job
    // is a child of this store and deletes itself once it has answered.
    // `binding`: the endpoints and CA bundle these secrets may be used with (SecretBinding.h).
    KeychainJob *store(const QString &profile, const SecretValues &secrets, const SecretBinding &binding) override;
    KeychainJob *load(const QString &profile) override;
    KeychainJob *remove(const QString &profile) override;

private:
    KeychainJob *start(KeychainResult::Operation op, const QString &profile, const SecretValues *secrets,
                       const SecretBinding &binding = {});
    int m_timeoutSeconds = 20;
};

} // namespace cc
