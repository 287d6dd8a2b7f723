#pragma once
// Saving a profile: atomically (QSaveFile: the old file stays whole if anything fails) and
// readable by the owner only, since a profile names accounts and keys even without secrets.
#include "Profile.h"

#include <QString>

namespace cc {

// Empty on success, otherwise why it failed (the previous file, if any, is untouched).
QString saveProfileFile(const Profile &p, const QString &path);

} // namespace cc
