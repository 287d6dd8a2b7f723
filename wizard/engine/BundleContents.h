#pragma once
// What an encrypted bundle (secrets/EncryptedBundle.h) holds once opened: a profile, validated
// like any imported file, and its secrets.
#include "Profile.h"
#include "SecretValues.h"

#include <QtGlobal>

namespace cc {

// The largest bundle file read or written.
inline constexpr qsizetype kBundleMaxBytes = 1024 * 1024;

struct BundleContents {
    Profile profile;
    SecretValues secrets;
};

} // namespace cc
