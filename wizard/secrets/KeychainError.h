#pragma once
// Why the keychain failed, in words an administrator can act on: the cause and the fix. Never
// holds a secret (the backend's message is about the service, not the value).
#include <QString>
#include <QStringList>

namespace cc {

struct KeychainError {
    enum class Kind { None, NoService, Locked, Refused, Timeout, NotFound, Corrupt, BoundElsewhere, Other };
    Kind kind = Kind::None;
    QString cause;
    QString fix;
    QString text() const { return cause + QStringLiteral(" ") + fix; }
    bool isError() const { return kind != Kind::None && kind != Kind::NotFound; }
};

// From QtKeychain's error code (QKeychain::Error as int) and its message.
KeychainError classifyKeychainError(int qkeychainError, const QString &message);
KeychainError keychainTimeout(int seconds);
KeychainError keychainCorrupt();
// Secrets stored for other endpoints or another CA bundle (SecretBinding): `changes`, one per field.
KeychainError keychainBoundElsewhere(const QStringList &changes);

} // namespace cc
