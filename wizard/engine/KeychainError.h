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
    bool retryable = true; // whether trying again in this process can help
    QString text() const { return fix.isEmpty() ? cause : cause + QStringLiteral(" ") + fix; }
    bool isError() const { return kind != Kind::None && kind != Kind::NotFound; }
};

// What to say after a keychain fix when the command line is the way in: secrets can come from
// the environment or stdin instead.
QString keychainHeadlessHint();
KeychainError keychainTimeout(int seconds);
KeychainError keychainCorrupt();
// Secrets stored for other endpoints or another CA bundle (SecretBinding): `changes`, one per field.
KeychainError keychainBoundElsewhere(const QStringList &changes);
// The engine (Engine.h) could not be loaded, so there is no keychain store: `why` says what failed.
KeychainError keychainWithoutEngine(const QString &why);

} // namespace cc
