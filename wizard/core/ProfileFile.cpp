#include "ProfileFile.h"

#include "ProfileJson.h"

#include <QSaveFile>

namespace cc {

QString saveProfileFile(const Profile &p, const QString &path)
{
    QSaveFile f(path);
    // Unbuffered, so a short write (disk full, file size limit) is seen here: with Qt's buffer a
    // partial flush can go unnoticed and commit() would replace the old file with a truncated one.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
    // Set before any byte is written, so the content is never readable by others.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = serializeProfile(p);
    if (f.write(bytes) != bytes.size() || f.size() != bytes.size()) {
        f.cancelWriting();
        return QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
    }
    if (!f.commit())
        return QStringLiteral("cannot save %1: %2").arg(path, f.errorString());
    return {};
}

} // namespace cc
