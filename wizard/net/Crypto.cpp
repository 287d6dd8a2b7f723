#include "Crypto.h"

#include <openssl/evp.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>

namespace cc {

QByteArray sha256(const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &len, EVP_sha256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

QByteArray sha256Hex(const QByteArray &data)
{
    return sha256(data).toHex();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(data.constData()),
              size_t(data.size()), out, &len))
        return {};
    QByteArray mac(reinterpret_cast<const char *>(out), int(len));
    OPENSSL_cleanse(out, sizeof out); // a SigV4 intermediate is a key in its own right
    return mac;
}

void cleanseBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace cc
