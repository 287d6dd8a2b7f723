#pragma once
// Scalr API v2 request signing (api-reference.md): X-Scalr-Key-Id, X-Scalr-Date,
// X-Scalr-Signature = "V1-HMAC-SHA256 " + base64(HMAC-SHA256(secret, stringToSign)) on OpenSSL.
#include "SigV4.h" // HeaderList

#include <QByteArray>
#include <QDateTime>

namespace cc {

QByteArray scalrDate(const QDateTime &utc); // 2026-11-22T12:00:00.000Z
// METHOD \n date \n path \n canonical query \n body
QByteArray scalrStringToSign(const QByteArray &method, const QByteArray &date, const QByteArray &path, const HeaderList &query,
                             const QByteArray &body);
QByteArray scalrSignature(const QByteArray &secretKey, const QByteArray &stringToSign); // "V1-HMAC-SHA256 …"

} // namespace cc
