#pragma once
// The four secrets of a profile, held in memory only while needed. Never serialised into a
// profile, a report or a log: the keychain layer (wizard/secrets) is the only place that stores
// them, as one binary blob per profile.
#include <QString>

namespace cc {

struct SecretValues {
    QString awsSecretAccessKey;
    QString azureClientSecret;
    QString scalrSecretKey;
    QString spotToken;

    bool isEmpty() const;
    // Overwrites the characters in place before releasing them, so no copy of a secret lingers
    // in freed memory longer than needed.
    void wipe();
};

// Overwrites a string's buffer (when it is not shared) and clears it.
void wipeString(QString &s);

} // namespace cc
