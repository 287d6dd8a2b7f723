#pragma once
// The recently opened or saved profiles, kept in QSettings (paths only; nothing secret).
#include <QDateTime>
#include <QList>
#include <QString>

namespace cc {

struct RecentProfile {
    QString path;
    QString name;
    QDateTime secretExpiresAt;
    bool secretExpiresSoon = false; // within 30 days (or already expired)
};

class RecentProfiles {
public:
    static constexpr int kMax = 8;
    static QList<RecentProfile> list(); // existing files only, newest first
    static void add(const QString &path);
    static void remove(const QString &path);
};

} // namespace cc
