#include "StoredSecretsIndex.h"

#include <QSettings>

namespace cc {
namespace {
const QString kGroup = QStringLiteral("keychain/profiles");
}

QList<StoredSecretsEntry> StoredSecretsIndex::list()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QList<StoredSecretsEntry> out;
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys)
        out.append(
            {QString::fromUtf8(QByteArray::fromBase64(key.toLatin1(), QByteArray::Base64UrlEncoding)), settings.value(key).toDateTime()});
    return out;
}

static QString settingsKey(const QString &profile)
{
    // Profile names may contain spaces and dots; QSettings keys may not hold '/' or '\'.
    return QString::fromLatin1(profile.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool StoredSecretsIndex::contains(const QString &profile)
{
    QSettings settings;
    return settings.contains(kGroup + u'/' + settingsKey(profile));
}

void StoredSecretsIndex::add(const QString &profile)
{
    QSettings().setValue(kGroup + u'/' + settingsKey(profile), QDateTime::currentDateTimeUtc());
}

void StoredSecretsIndex::remove(const QString &profile)
{
    QSettings().remove(kGroup + u'/' + settingsKey(profile));
}

} // namespace cc
