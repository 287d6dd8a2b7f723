#include "SecretKeyScan.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)
};
} // namespace

namespace cc {
namespace {

QJsonValue scan(const QJsonValue &v, const QString &pointer, ProfileProblems &out, int depth)
{
    if (depth > 64)
        return v; // JsonLimits already bounds real input far below this
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        QJsonObject kept;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString child = pointer + u'/' + pointerToken(it.key());
            if (looksLikeSecretKey(it.key())) {
                out.append({child, Tr::tr("looks like a secret: secrets belong in the OS keychain, never in a "
                                          "profile file. Remove this field and store the secret with the "
                                          "wizard or `cloudconnect secrets set`.")});
                continue;
            }
            kept.insert(it.key(), scan(it.value(), child, out, depth + 1));
        }
        return kept;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        QJsonArray kept;
        for (qsizetype i = 0; i < a.size(); ++i)
            kept.append(scan(a.at(i), pointer + u'/' + QString::number(i), out, depth + 1));
        return kept;
    }
    return v;
}

} // namespace

bool looksLikeSecretKey(const QString &key)
{
    QString k = key.toLower();
    k.remove(u'_').remove(u'-').remove(u' ');
    static const char *const endings[] = {"secret", "secretkey",  "secretaccesskey", "token",       "password",
                                          "passwd", "passphrase", "privatekey",      "apikeysecret"};
    for (const char *e : endings)
        if (k.endsWith(QLatin1String(e)))
            return true;
    return k == QLatin1String("pwd") || k == QLatin1String("credentials");
}

ProfileProblems findSecretKeys(const QJsonObject &root, QJsonObject *cleaned)
{
    ProfileProblems out;
    const QJsonValue kept = scan(root, QString(), out, 0);
    if (cleaned)
        *cleaned = kept.toObject();
    return out;
}

} // namespace cc
