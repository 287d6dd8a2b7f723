#pragma once
// The OS keychain: one entry per profile (service "cloudconnect", key = profile name) holding all
// of its secrets as one binary blob. Asynchronous only: each call returns its own KeychainJob,
// whose finished() carries the answer to that call — the GUI thread never waits. Nothing ever
// falls back to plain-text storage.
#include "KeychainJob.h"

#include <QObject>

namespace cc {

class KeychainStore : public QObject {
    Q_OBJECT
public:
    static constexpr auto kService = "cloudconnect";

    explicit KeychainStore(QObject *parent = nullptr);
    ~KeychainStore() override;
    void setTimeout(int seconds) { m_timeoutSeconds = seconds; }

    // Each returns a job that has not answered yet: connect to its finished() right away. The job
    // is a child of this store and deletes itself once it has answered.
    // `binding`: the endpoints and CA bundle these secrets may be used with (SecretBinding.h).
    KeychainJob *store(const QString &profile, const SecretValues &secrets, const SecretBinding &binding);
    KeychainJob *load(const QString &profile);
    KeychainJob *remove(const QString &profile);
    // Whether any job of this store has yet to answer.
    bool busy() const;

private:
    KeychainJob *start(KeychainResult::Operation op, const QString &profile, const SecretValues *secrets,
                       const SecretBinding &binding = {});
    int m_timeoutSeconds = 20;
};

} // namespace cc
