#pragma once
// The keychain entry's content: all of a profile's secrets as one binary blob (gnome-keyring
// mangles text secrets with newlines). Parsing is bounded and never trusts a length or a count.
// Beside the secrets it records the endpoints and CA bundle they were stored for (SecretBinding):
// entries written before that have none, and are used for nothing until stored again.
#include "SecretBinding.h"
#include "SecretValues.h"

#include <QByteArray>
#include <optional>

namespace cc {

struct SecretBlob {
    SecretValues secrets;
    SecretBinding binding; // empty: not recorded
};

QByteArray encodeSecretBlob(const SecretValues &secrets, const SecretBinding &binding);
// nullopt for anything that is not a blob this version wrote (wrong magic, size, structure).
std::optional<SecretBlob> decodeSecretBlob(const QByteArray &blob);
// Overwrites a buffer's bytes (OpenSSL_cleanse) and empties it.
void wipeBytes(QByteArray &bytes);

} // namespace cc
