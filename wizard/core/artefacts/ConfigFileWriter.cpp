#include "ConfigFileWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Artefacts)
};
} // namespace

namespace cc {

ConfigFileRead readConfigFile(const QString &path)
{
    constexpr qint64 kMax = 1024 * 1024;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {false, {}, Tr::tr("cannot read %1: %2").arg(path, f.errorString())};
    const QByteArray bytes = f.read(kMax + 1);
    if (bytes.size() > kMax)
        return {false, {}, Tr::tr("%1 is larger than 1 MiB; that is not a scalr-server.rb").arg(path)};
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(bytes);
    if (decode.hasError())
        return {false, {}, Tr::tr("%1 is not UTF-8 text").arg(path)};
    return {true, text, {}};
}

ConfigFileWrite writeConfigFileWithBackup(const QString &path, const QString &expected, const QString &newText, const QDateTime &now)
{
    const ConfigFileRead current = readConfigFile(path);
    if (!current.ok)
        return {false, {}, current.error};
    if (current.text != expected)
        return {false, {}, Tr::tr("%1 changed since it was read; nothing was written. Merge again.").arg(path)};
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    QString backup = path + QStringLiteral(".bak-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = path + QStringLiteral(".bak-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral("-%1").arg(n);
    if (!QFile::copy(path, backup))
        return {false, {}, Tr::tr("cannot create the backup %1; nothing was written").arg(backup)};
    QFile::setPermissions(backup, permissions);

    QSaveFile out(path);
    const QByteArray bytes = newText.toUtf8();
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return {false, backup, Tr::tr("cannot write %1: %2 (the original is unchanged)").arg(path, out.errorString())};
    out.setPermissions(permissions);
    if (out.write(bytes) != bytes.size() || !out.commit()) {
        out.cancelWriting();
        return {false, backup, Tr::tr("cannot write %1: %2 (the original is unchanged)").arg(path, out.errorString())};
    }
    return {true, backup, {}};
}

} // namespace cc
