#include "EncryptedBundle.h"

#include "ProfileJson.h"
#include "ProfileValidator.h"
#include "SecretSources.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Bundle)
};
} // namespace

namespace cc {

namespace {

constexpr char kMagic[] = "CCBUNDLE";
constexpr int kHeaderSize = 47;
constexpr int kSaltSize = 16;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kKeySize = 32;
// The header that names the scrypt parameters is read before anything is authenticated, so a
// hostile bundle could ask for any cost. Bounded to a few times the defaults: memory 128·r·N at
// most 256 MiB, work N·r·p at most 8 × the default's.
constexpr quint64 kMaxScryptMemory = 256ull * 1024 * 1024;
constexpr quint64 kMaxScryptWork = 8ull * (quint64(1) << 15) * 8 * 1;

struct CipherCtx {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    ~CipherCtx() { EVP_CIPHER_CTX_free(ctx); }
};

bool paramsInBounds(const ScryptParams &s)
{
    if (s.log2N < 10 || s.log2N > 20 || s.r < 1 || s.r > 32 || s.p < 1 || s.p > 16)
        return false;
    const quint64 n = quint64(1) << s.log2N;
    return 128 * quint64(s.r) * n <= kMaxScryptMemory && n * s.r * s.p <= kMaxScryptWork;
}

QByteArray deriveKey(const QString &passphrase, const QByteArray &salt, const ScryptParams &s, QString *error)
{
    QByteArray pass = passphrase.toUtf8();
    QByteArray key(kKeySize, '\0');
    const quint64 n = quint64(1) << s.log2N;
    const int ok = EVP_PBE_scrypt(pass.constData(), size_t(pass.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                                  size_t(salt.size()), n, s.r, s.p, kMaxScryptMemory + 32 * 1024 * 1024,
                                  reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()));
    pass.fill('\0');
    if (ok != 1) {
        *error = Tr::tr("The key could not be derived from the passphrase (scrypt parameters too costly for this computer).");
        return {};
    }
    return key;
}

} // namespace

QByteArray sealBundle(const QByteArray &payload, const QString &passphrase, QString *error, const ScryptParams &params)
{
    if (passphrase.size() < 8) {
        *error = Tr::tr("Choose a passphrase of at least 8 characters.");
        return {};
    }
    if (!paramsInBounds(params) || payload.size() > kBundleMaxBytes - kHeaderSize - kTagSize) {
        *error = Tr::tr("The bundle parameters are out of bounds.");
        return {};
    }
    QByteArray salt(kSaltSize, '\0'), nonce(kNonceSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltSize) != 1
        || RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), kNonceSize) != 1) {
        *error = Tr::tr("The system's random number generator failed.");
        return {};
    }
    QByteArray header(kMagic, 8);
    header.append(char(1)).append(char(1)).append(char(params.log2N));
    char be[4];
    qToBigEndian(params.r, be);
    header.append(be, 4);
    qToBigEndian(params.p, be);
    header.append(be, 4);
    header += salt + nonce;

    QByteArray key = deriveKey(passphrase, salt, params, error);
    if (key.isEmpty())
        return {};
    CipherCtx c;
    QByteArray out = header;
    out.resize(kHeaderSize + payload.size() + kTagSize);
    int len = 0;
    auto *cipher = reinterpret_cast<unsigned char *>(out.data() + kHeaderSize);
    const bool ok =
        c.ctx && EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(c.ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
               == 1
        && EVP_EncryptUpdate(c.ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(header.constData()), kHeaderSize) == 1
        && EVP_EncryptUpdate(c.ctx, cipher, &len, reinterpret_cast<const unsigned char *>(payload.constData()), int(payload.size())) == 1
        && EVP_EncryptFinal_ex(c.ctx, cipher + len, &len) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, kTagSize, out.data() + kHeaderSize + payload.size()) == 1;
    key.fill('\0');
    if (!ok) {
        *error = Tr::tr("Encryption failed (OpenSSL).");
        return {};
    }
    return out;
}

std::optional<QByteArray> openBundle(const QByteArray &file, const QString &passphrase, QString *error)
{
    if (file.size() > kBundleMaxBytes) {
        *error = Tr::tr("The file is larger than a bundle can be (1 MiB).");
        return std::nullopt;
    }
    if (file.size() < kHeaderSize + kTagSize || !file.startsWith(QByteArray(kMagic, 8))) {
        *error = Tr::tr("This is not a Cloud Connect bundle.");
        return std::nullopt;
    }
    if (quint8(file.at(8)) != 1) {
        *error = Tr::tr("This bundle has format version %1; this version of Cloud Connect reads version 1. Use a newer Cloud Connect.")
                     .arg(quint8(file.at(8)));
        return std::nullopt;
    }
    ScryptParams params;
    params.log2N = quint8(file.at(10));
    params.r = qFromBigEndian<quint32>(file.constData() + 11);
    params.p = qFromBigEndian<quint32>(file.constData() + 15);
    if (quint8(file.at(9)) != 1 || !paramsInBounds(params)) {
        *error = Tr::tr("The bundle's key-derivation parameters are out of bounds: the file was changed or is not "
                        "from Cloud Connect.");
        return std::nullopt;
    }
    const QByteArray header = file.left(kHeaderSize);
    const QByteArray salt = file.mid(19, kSaltSize);
    const QByteArray nonce = file.mid(35, kNonceSize);
    const qsizetype cipherSize = file.size() - kHeaderSize - kTagSize;
    QByteArray tag = file.right(kTagSize);

    QByteArray key = deriveKey(passphrase, salt, params, error);
    if (key.isEmpty())
        return std::nullopt;
    CipherCtx c;
    QByteArray plain(cipherSize, '\0');
    int len = 0;
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    const bool setup =
        c.ctx && EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(c.ctx, nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
               == 1
        && EVP_DecryptUpdate(c.ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(header.constData()), kHeaderSize) == 1
        && EVP_DecryptUpdate(c.ctx, out, &len, reinterpret_cast<const unsigned char *>(file.constData() + kHeaderSize), int(cipherSize))
               == 1
        && EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) == 1;
    key.fill('\0');
    // Only a verified tag releases the plaintext: nothing of a wrong key's output is ever used.
    if (!setup || EVP_DecryptFinal_ex(c.ctx, out + len, &len) != 1) {
        plain.fill('\0');
        *error = Tr::tr("The passphrase is wrong, or the file was changed after it was written. Nothing was imported.");
        return std::nullopt;
    }
    return plain;
}

QByteArray exportBundle(const Profile &p, const SecretValues &secrets, const QString &passphrase, QString *error,
                        const ScryptParams &params)
{
    QJsonObject s;
    for (const SecretNames &n : secretNames()) {
        if (!(secrets.*n.member).isEmpty())
            s.insert(QLatin1String(n.json), (secrets.*n.member).toString()); // a Qt copy (SecretValues.h)
    }
    QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("profile"), profileToJson(p)}, {QStringLiteral("secrets"), s}})
                             .toJson(QJsonDocument::Compact);
    const QByteArray sealed = sealBundle(payload, passphrase, error, params);
    payload.fill('\0');
    return sealed;
}

std::optional<BundleContents> importBundle(const QByteArray &file, const QString &passphrase, QString *error)
{
    std::optional<QByteArray> plain = openBundle(file, passphrase, error);
    if (!plain)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*plain).object();
    plain->fill('\0');
    const QByteArray profileBytes = QJsonDocument(o.value(QStringLiteral("profile")).toObject()).toJson();
    const ProfileParseResult parsed = parseProfile(profileBytes);
    if (!parsed.ok()) {
        QStringList problems;
        for (const ProfileProblem &pr : parsed.problems)
            problems << pr.toString();
        *error = Tr::tr("The profile in the bundle is not valid: %1").arg(problems.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    QByteArray secretsJson = QJsonDocument(o.value(QStringLiteral("secrets")).toObject()).toJson(QJsonDocument::Compact);
    std::optional<SecretValues> secrets = secretsFromJson(secretsJson, error);
    secretsJson.fill('\0');
    if (!secrets)
        return std::nullopt;
    return BundleContents{*parsed.profile, *secrets};
}

} // namespace cc
