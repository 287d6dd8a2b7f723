#pragma once
// Which profiles have secrets in the keychain (names and when stored; never a secret), kept in
// QSettings so the app can list and delete them without asking the keychain for each.
#include <QDateTime>
#include <QList>
#include <QString>

namespace cc {

struct StoredSecretsEntry {
    QString profile;
    QDateTime storedAt;
};

class StoredSecretsIndex {
public:
    static QList<StoredSecretsEntry> list();
    static bool contains(const QString &profile);
    static void add(const QString &profile);
    static void remove(const QString &profile);
};

} // namespace cc
