#pragma once
// The OS keychain: one entry per profile (service "cloudconnect", key = profile name) holding all
// of its secrets as one binary blob. Asynchronous only — results arrive through finished(), the
// GUI thread never waits — with a timeout of our own, since QtKeychain has none. Nothing ever
// falls back to plain-text storage.
#include "KeychainError.h"
#include "SecretBinding.h"
#include "SecretValues.h"

#include <QObject>
#include <QPointer>

namespace cc {

struct KeychainResult {
    enum class Operation { Store, Load, Remove };
    Operation operation = Operation::Load;
    QString profile;
    bool ok = false;
    SecretValues secrets; // Load, when ok
    SecretBinding binding; // Load, when ok: the endpoints the secrets were stored for ({} = not recorded)
    KeychainError error;  // when !ok (NotFound for a profile with nothing stored)
};

class KeychainStore : public QObject {
    Q_OBJECT
public:
    static constexpr auto kService = "cloudconnect";

    explicit KeychainStore(QObject *parent = nullptr);
    ~KeychainStore() override;
    void setTimeout(int seconds) { m_timeoutSeconds = seconds; }

    // `binding`: the endpoints and CA bundle these secrets may be used with (SecretBinding.h).
    void store(const QString &profile, const SecretValues &secrets, const SecretBinding &binding);
    void load(const QString &profile);
    void remove(const QString &profile);
    bool busy() const { return m_pending > 0; }

Q_SIGNALS:
    void finished(const cc::KeychainResult &result);

private:
    void start(KeychainResult::Operation op, const QString &profile, const SecretValues *secrets, const SecretBinding &binding = {});
    int m_timeoutSeconds = 20;
    int m_pending = 0;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::KeychainResult)
