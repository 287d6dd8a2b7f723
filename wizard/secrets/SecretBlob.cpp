#include "SecretBlob.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace cc {
namespace {

constexpr char kMagic[] = "cloudconnect-secrets/1\n";
constexpr qsizetype kMaxBlob = 64 * 1024;

struct Field {
    const char *key;
    QString SecretValues::*member;
};
constexpr Field kFields[] = {{"awsSecretAccessKey", &SecretValues::awsSecretAccessKey},
                             {"azureClientSecret", &SecretValues::azureClientSecret},
                             {"scalrSecretKey", &SecretValues::scalrSecretKey},
                             {"spotToken", &SecretValues::spotToken}};

} // namespace

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size())); // data() detaches: only our copy is wiped
    bytes.clear();
}

QByteArray encodeSecretBlob(const SecretValues &secrets)
{
    QJsonObject o;
    for (const Field &f : kFields)
        if (!(secrets.*f.member).isEmpty())
            o.insert(QLatin1String(f.key), secrets.*f.member);
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QByteArray blob = QByteArray(kMagic) + json;
    wipeBytes(json);
    return blob;
}

std::optional<SecretValues> decodeSecretBlob(const QByteArray &blob)
{
    const QByteArray magic(kMagic);
    if (blob.size() > kMaxBlob || !blob.startsWith(magic))
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(blob.mid(magic.size()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    SecretValues s;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const Field *field = nullptr;
        for (const Field &f : kFields)
            if (it.key() == QLatin1String(f.key))
                field = &f;
        if (!field || !it.value().isString())
            return std::nullopt;
        s.*field->member = it.value().toString();
    }
    return s;
}

} // namespace cc
