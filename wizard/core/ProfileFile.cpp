#include "ProfileFile.h"

#include "ProfileJson.h"

#include "OwnerOnlyFile.h"

namespace cc {

QString saveProfileFile(const Profile &p, const QString &path)
{
    return writeOwnerOnlyFile(path, serializeProfile(p));
}

} // namespace cc
