#pragma once
// The keychain entry's content: all of a profile's secrets as one binary blob (gnome-keyring
// mangles text secrets with newlines). Parsing is bounded and never trusts a length or a count.
#include "SecretValues.h"

#include <QByteArray>
#include <optional>

namespace cc {

QByteArray encodeSecretBlob(const SecretValues &secrets);
// nullopt for anything that is not a blob this version wrote (wrong magic, size, structure).
std::optional<SecretValues> decodeSecretBlob(const QByteArray &blob);
// Overwrites a buffer's bytes (OpenSSL_cleanse) and empties it.
void wipeBytes(QByteArray &bytes);

} // namespace cc
