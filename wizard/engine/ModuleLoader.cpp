#include "ModuleLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QPluginLoader>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Engine)
};
} // namespace

namespace cc {

QString executableDir()
{
    const QString resolved = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return resolved.isEmpty() ? QString() : QFileInfo(resolved).absolutePath();
}

ModuleLoad loadModule(const QString &fileName, const char *iid)
{
    ModuleLoad result;
    const QString dir = executableDir();
    if (dir.isEmpty()) { // no /proc (a chroot without it): no way to know where we are installed
        result.failure = ModuleLoad::Failure::NotLoadable;
        result.detail = Tr::tr("the program's own location could not be read from /proc/self/exe");
        return result;
    }
    result.searched = {QDir::cleanPath(dir + QStringLiteral("/" CC_ENGINE_RELATIVE_DIR "/") + fileName), dir + QLatin1Char('/') + fileName};
    for (const QString &p : std::as_const(result.searched))
        if (result.path.isEmpty() && QFileInfo(p).isFile())
            result.path = p;
    if (result.path.isEmpty()) {
        result.failure = ModuleLoad::Failure::Missing;
        return result;
    }
    // Kept by the caller (never unloaded): the module's objects live until the process ends.
    auto *loader = new QPluginLoader(result.path);
    result.loader = loader;
    // The metadata is read from the file without loading it: a module built from other interface
    // headers (another version, a half-finished upgrade, a stale build in a prefix) would not
    // share these interfaces' layout, so it is not loaded. CC_ENGINE_INTERFACE is a hash of the
    // engine's, core's, cli's and report's headers, written into each module's metadata by the
    // same build (wizard/engine/CMakeLists.txt).
    const QJsonObject meta = loader->metaData().value(QLatin1String("MetaData")).toObject();
    result.version = meta.value(QLatin1String("version")).toString();
    if (loader->metaData().value(QLatin1String("IID")).toString() != QLatin1String(iid) || result.version != QLatin1String(CC_VERSION)
        || meta.value(QLatin1String("interface")).toString() != QLatin1String(CC_ENGINE_INTERFACE)) {
        result.failure = ModuleLoad::Failure::OtherVersion;
        return result;
    }
    result.instance = loader->instance();
    if (!result.instance) {
        result.failure = ModuleLoad::Failure::NotLoadable;
        result.detail = loader->errorString();
    }
    return result;
}

} // namespace cc
