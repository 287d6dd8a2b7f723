#pragma once
// A profile and its secrets in one file, for handing a prepared onboarding to a colleague:
// AES-256-GCM with a key derived from a passphrase by scrypt (OpenSSL), authenticated end to end.
//
// File format, version 1 (all integers big-endian):
//   offset  size  field
//   0       8     magic "CCBUNDLE"
//   8       1     format version (1)
//   9       1     KDF (1 = scrypt)
//   10      1     scrypt log2(N)            (10..20)
//   11      4     scrypt r                  (1..32)
//   15      4     scrypt p                  (1..16)
//   19      16    salt (random)
//   35      12    GCM nonce (random)
//   47      n     ciphertext of the payload
//   47+n    16    GCM tag
// The 47 header bytes are the GCM additional data, so a changed parameter fails like a changed
// ciphertext byte. Payload: UTF-8 JSON {"profile": {…profile-format…}, "secrets": {"awsSecretAccessKey": …}}.
#include "BundleContents.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace cc {

struct ScryptParams {
    int log2N = 15; // 32 MiB with r = 8: about 0.1 s here, 2^15 guesses cost the same each
    quint32 r = 8;
    quint32 p = 1;
};

// Empty on failure, with `error` set.
QByteArray sealBundle(const QByteArray &payload, const QString &passphrase, QString *error, const ScryptParams &params = {});
// nullopt on failure, with `error` saying which: not a bundle, a newer version, parameters out of
// bounds, or (authentication failed) a wrong passphrase or a changed file.
std::optional<QByteArray> openBundle(const QByteArray &file, const QString &passphrase, QString *error);

QByteArray exportBundle(const Profile &p, const SecretValues &secrets, const QString &passphrase, QString *error,
                        const ScryptParams &params = {});
// The profile inside goes through the same validation as any imported file.
std::optional<BundleContents> importBundle(const QByteArray &file, const QString &passphrase, QString *error);

} // namespace cc
