#include "SecretBinding.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProfileFile)
};
} // namespace

namespace cc {

namespace {

constexpr qint64 kMaxCaBundle = 4 * 1024 * 1024;

// The bundle's path and what it holds now: a file swapped under the same name is another bundle.
QString caBundleIdentity(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("(none)");
    const QFileInfo info(path);
    QFile f(path);
    if (!info.isFile() || info.size() > kMaxCaBundle || !f.open(QIODevice::ReadOnly))
        return path + QStringLiteral(" (unreadable)");
    return path + QStringLiteral(" sha256:")
           + QString::fromLatin1(QCryptographicHash::hash(f.read(kMaxCaBundle), QCryptographicHash::Sha256).toHex());
}

QString orDefault(const QString &v)
{
    return v.isEmpty() ? QStringLiteral("(default)") : v;
}

} // namespace

SecretBinding secretBinding(const Profile &p, const QString &caBundle)
{
    SecretBinding b;
    b.insert(QStringLiteral("platform.kind"), toString(p.platform.kind));
    b.insert(QStringLiteral("platform.endpoint"), p.platform.kind == PlatformKind::Spot && p.platform.endpoint.isEmpty()
                                                      ? QString::fromLatin1(kSpotDefaultEndpoint)
                                                      : p.platform.endpoint);
    b.insert(QStringLiteral("cloud"), toString(p.cloud));
    if (p.cloud == CloudKind::Aws)
        b.insert(QStringLiteral("aws.partition"), toString(p.aws.partition));
    else
        b.insert(QStringLiteral("azure.cloud"), toString(p.azure.cloud));
    const QList<QPair<const char *, QString>> overrides{{"endpoints.sts", p.endpoints.sts},
                                                        {"endpoints.iam", p.endpoints.iam},
                                                        {"endpoints.ec2", p.endpoints.ec2},
                                                        {"endpoints.s3", p.endpoints.s3},
                                                        {"endpoints.azureAuthority", p.endpoints.azureAuthority},
                                                        {"endpoints.azureResourceManager", p.endpoints.azureResourceManager}};
    for (const auto &[key, value] : overrides)
        b.insert(QLatin1String(key), orDefault(value));
    b.insert(QStringLiteral("tls.caBundle"), caBundleIdentity(caBundle.isEmpty() ? p.caBundle : caBundle));
    return b;
}

QStringList secretBindingChanges(const SecretBinding &stored, const SecretBinding &now)
{
    QStringList out;
    if (stored.isEmpty()) {
        out << Tr::tr("the keychain entry does not say which endpoints its secrets belong to (stored by an older "
                      "version)");
        return out;
    }
    QStringList keys = now.keys();
    for (const QString &k : stored.keys())
        if (!keys.contains(k))
            keys << k;
    for (const QString &k : std::as_const(keys)) {
        const QString was = stored.value(k, QStringLiteral("(none)"));
        const QString is = now.value(k, QStringLiteral("(none)"));
        if (was != is)
            out << QStringLiteral("%1: %2 → %3").arg(k, was.left(300), is.left(300));
    }
    return out;
}

} // namespace cc
