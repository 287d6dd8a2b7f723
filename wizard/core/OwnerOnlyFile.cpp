#include "OwnerOnlyFile.h"

#include <QSaveFile>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProfileFile)
};
} // namespace

namespace cc {

QString writeOwnerOnlyFile(const QString &path, const std::function<QString(QIODevice *)> &write)
{
    QSaveFile f(path);
    // Never fall back to writing the target in place (that could leave it half written).
    f.setDirectWriteFallback(false);
    // Unbuffered, so a short write (disk full, file size limit) is seen here: with Qt's buffer a
    // partial flush can go unnoticed and commit() would replace the old file with a truncated one.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Tr::tr("cannot write %1: %2").arg(path, f.errorString());
    // The temporary file is created with the umask's permissions: narrowed before any byte.
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        f.cancelWriting();
        return Tr::tr("cannot make %1 private to you: %2").arg(path, f.errorString());
    }
    const QString error = write(&f);
    if (!error.isEmpty()) {
        f.cancelWriting();
        return error;
    }
    if (!f.commit())
        return Tr::tr("cannot save %1: %2").arg(path, f.errorString());
    return {};
}

QString writeOwnerOnlyFile(const QString &path, const QByteArray &bytes)
{
    return writeOwnerOnlyFile(path, [&](QIODevice *d) -> QString {
        if (d->write(bytes) != bytes.size() || d->size() != bytes.size())
            return Tr::tr("cannot write %1: %2").arg(path, d->errorString());
        return {};
    });
}

} // namespace cc
