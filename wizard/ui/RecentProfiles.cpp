#include "RecentProfiles.h"

#include "ProfileValidator.h"

#include <QFileInfo>
#include <QSettings>

namespace cc {
namespace {
const QString kKey = QStringLiteral("recentProfiles");
}

QList<RecentProfile> RecentProfiles::list()
{
    QList<RecentProfile> out;
    const QStringList paths = QSettings().value(kKey).toStringList();
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(30);
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path) || out.size() >= kMax)
            continue;
        RecentProfile r;
        r.path = path;
        const ProfileParseResult parsed = readProfileFile(path);
        if (parsed.profile) {
            r.name = parsed.profile->name;
            if (parsed.profile->cloud == CloudKind::Azure) {
                r.secretExpiresAt = parsed.profile->azure.secretExpiresAt;
                r.secretExpiresSoon = r.secretExpiresAt.isValid() && r.secretExpiresAt <= soon;
            }
        }
        out.append(r);
    }
    return out;
}

void RecentProfiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList paths = settings.value(kKey).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMax)
        paths.removeLast();
    settings.setValue(kKey, paths);
}

} // namespace cc

namespace cc {

void RecentProfiles::remove(const QString &path)
{
    QSettings settings;
    QStringList paths = settings.value(kKey).toStringList();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    paths.removeAll(path);
    settings.setValue(kKey, paths);
}

} // namespace cc
