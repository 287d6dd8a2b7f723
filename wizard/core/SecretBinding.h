#pragma once
// Where a profile's secrets may go: the platform's endpoint, every endpoint override, the clouds
// that decide the default endpoints, and the CA bundle that decides whom TLS trusts. Secrets are
// stored in the keychain together with this set and are used only while a profile still has the
// same set, so a shared profile file that points elsewhere gets none of them.
#include "Profile.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace cc {

// field (as in the profile format, e.g. "platform.endpoint") → value; the CA bundle is its path
// and the SHA-256 of its content.
using SecretBinding = QMap<QString, QString>;

// `caBundle` is the CA bundle in effect (--ca-bundle overrides the profile's); "" = the profile's.
SecretBinding secretBinding(const Profile &p, const QString &caBundle = {});

// What differs between the set secrets were stored for and the profile's, in words, one line per
// field: `platform.endpoint: https://a → https://b`. Empty when the secrets may be used.
QStringList secretBindingChanges(const SecretBinding &stored, const SecretBinding &now);

} // namespace cc
