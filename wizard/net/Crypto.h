#pragma once
// SHA-256 and HMAC-SHA256 through OpenSSL: the primitives of AWS SigV4 and Scalr's request
// signatures. Small wrappers so the rest of the code never touches OpenSSL types.
#include <QByteArray>

namespace cc {

QByteArray sha256(const QByteArray &data);                            // 32 raw bytes
QByteArray sha256Hex(const QByteArray &data);                         // 64 lowercase hex digits
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data); // 32 raw bytes
// Overwrites the bytes (OPENSSL_cleanse: not optimised away), then empties the array. Only this
// copy: a QByteArray shared with another (implicit sharing) is detached first, so call it on the
// one that holds the key, before any copy is made.
void cleanseBytes(QByteArray &bytes);

} // namespace cc
