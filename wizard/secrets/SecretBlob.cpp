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
    SecretString SecretValues::*member;
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

QByteArray encodeSecretBlob(const SecretValues &secrets, const SecretBinding &binding)
{
    QJsonObject o;
    for (const Field &f : kFields)
        if (!(secrets.*f.member).isEmpty())
            o.insert(QLatin1String(f.key), (secrets.*f.member).toString()); // the JSON holds a Qt copy (SecretValues.h)
    QJsonObject bound;
    for (auto it = binding.cbegin(); it != binding.cend(); ++it)
        bound.insert(it.key(), it.value());
    o.insert(QStringLiteral("boundTo"), bound);
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QByteArray blob = QByteArray(kMagic) + json;
    wipeBytes(json);
    return blob;
}

std::optional<SecretBlob> decodeSecretBlob(const QByteArray &blob)
{
    const QByteArray magic(kMagic);
    if (blob.size() > kMaxBlob || !blob.startsWith(magic))
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(blob.mid(magic.size()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    SecretBlob out;
    SecretValues &s = out.secrets;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() == QLatin1String("boundTo")) {
            if (!it.value().isObject() || it.value().toObject().size() > 64)
                return std::nullopt;
            const QJsonObject bound = it.value().toObject();
            for (auto b = bound.constBegin(); b != bound.constEnd(); ++b) {
                if (!b.value().isString() || b.key().size() > 64)
                    return std::nullopt;
                out.binding.insert(b.key(), b.value().toString().left(2048));
            }
            continue;
        }
        const Field *field = nullptr;
        for (const Field &f : kFields)
            if (it.key() == QLatin1String(f.key))
                field = &f;
        if (!field || !it.value().isString())
            return std::nullopt;
        s.*field->member = it.value().toString();
    }
    return out;
}

} // namespace cc
