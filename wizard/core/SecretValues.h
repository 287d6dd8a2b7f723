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
    // Overwrites this object's own buffers and clears them. What this does NOT reach, honestly:
    // QString shares buffers implicitly, so wiping detaches and overwrites only this copy — any
    // other QString still holding the same text keeps it until it is released. Copies we know of
    // and cannot reach: the QLineEdit a secret was typed into (its undo history included), the
    // UTF-8 bodies and headers handed to QNetworkAccessManager (Qt buffers them internally),
    // QtKeychain/libsecret's D-Bus messages, and OpenSSL's TLS records. Those are released, not
    // overwritten; the process allows no core dump and no debugger attach (app/main.cpp) so that
    // freed memory is not easily read.
    void wipe();
};

// Overwrites this string's buffer (detaching it first if shared: other copies are untouched)
// and clears it.
void wipeString(QString &s);

} // namespace cc
