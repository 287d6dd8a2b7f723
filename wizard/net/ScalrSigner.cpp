#include "ScalrSigner.h"

#include "Crypto.h"

namespace cc {

QByteArray scalrDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")).toLatin1();
}

QByteArray scalrStringToSign(const QByteArray &method, const QByteArray &date, const QByteArray &path, const HeaderList &query,
                             const QByteArray &body)
{
    // Same canonical query as SigV4: keys (then values) sorted, RFC 3986 encoded.
    return method + '\n' + date + '\n' + path + '\n' + sigv4CanonicalQuery(query) + '\n' + body;
}

QByteArray scalrSignature(const QByteArray &secretKey, const QByteArray &stringToSign)
{
    return "V1-HMAC-SHA256 " + hmacSha256(secretKey, stringToSign).toBase64();
}

} // namespace cc
