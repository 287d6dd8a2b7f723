#pragma once
// One keychain operation, as QtKeychain hands them out: whoever asked connects to this job's
// finished() and hears about this call only. The job answers exactly once — with the keychain's
// answer or with a timeout of our own, since QtKeychain has none — always from the event loop
// (never inside the call that created it), and deletes itself afterwards.
#include "KeychainError.h"
#include "SecretBinding.h"
#include "SecretValues.h"

#include <QObject>

#include <functional>

namespace cc {

struct KeychainResult {
    enum class Operation { Store, Load, Remove };
    Operation operation = Operation::Load;
    QString profile;
    bool ok = false;
    SecretValues secrets;  // Load, when ok
    SecretBinding binding; // Load, when ok: the endpoints the secrets were stored for ({} = not recorded)
    KeychainError error;   // when !ok (NotFound for a profile with nothing stored)
};

class KeychainJob : public QObject {
    Q_OBJECT
public:
    using Operation = KeychainResult::Operation;
    Operation operation() const { return m_operation; }
    QString profile() const { return m_profile; }
    bool isFinished() const { return m_finished; }

    // Runs on the answer before finished() is emitted: the owner of the model decides there what
    // an answer may be used for. It may change the result, or return false when the answer is
    // for nobody (then finished() is not emitted).
    void setResultFilter(std::function<bool(KeychainResult &)> filter) { m_filter = std::move(filter); }
    // The answer is no longer wanted (the profile it was asked for is gone): it reaches nobody,
    // its secrets are wiped, and the job still ends cleanly.
    void abandon();

Q_SIGNALS:
    void finished(const cc::KeychainResult &result);

private:
    friend class KeychainStoreInterface; // makes and answers its jobs
    KeychainJob(Operation op, const QString &profile, QObject *parent);
    void finish(KeychainResult result);

    Operation m_operation;
    QString m_profile;
    bool m_finished = false;
    bool m_abandoned = false;
    std::function<bool(KeychainResult &)> m_filter;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::KeychainResult)
