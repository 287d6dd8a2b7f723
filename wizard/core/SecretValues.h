#pragma once
// The four secrets of a profile, held in memory only while needed. Never serialised into a
// profile, a report or a log: the keychain layer (wizard/secrets) is the only place that stores
// them, as one binary blob per profile.
#include "SecretString.h"

#include <QString>

namespace cc {

struct SecretValues {
    // Each in a buffer of its own (SecretString): copying SecretValues copies the text into new
    // buffers, and every one of them is overwritten when released.
    SecretString awsSecretAccessKey;
    SecretString azureClientSecret;
    SecretString scalrSecretKey;
    SecretString spotToken;

    bool isEmpty() const;
    // Overwrites and releases the four buffers. What this does NOT reach, honestly: the copies
    // made for Qt's APIs with toString()/toUtf8() (wiped by their users where Qt lets them), and
    // the copies Qt itself keeps, which no wipe reaches: the QLineEdit a secret was typed into
    // (its undo history included), the UTF-8 bodies and headers handed to QNetworkAccessManager
    // (Qt buffers them internally), QtKeychain/libsecret's D-Bus messages, and OpenSSL's TLS
    // records. Those are released, not overwritten; the process allows no core dump and no
    // debugger attach (app/main.cpp) so that freed memory is not easily read.
    void wipe();
};

// Overwrites this string's buffer (detaching it first if shared: other copies are untouched)
// and clears it.
void wipeString(QString &s);

} // namespace cc
