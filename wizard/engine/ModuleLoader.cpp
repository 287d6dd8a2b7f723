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

namespace {

// Loaded on a thread of its own (loadEngineInBackground), the root object would belong to a
// thread that ends: it is handed to the application's thread (from its own thread).
QObject *onApplicationThread(QObject *root)
{
    if (QCoreApplication *app = QCoreApplication::instance(); root && app && root->thread() != app->thread())
        root->moveToThread(app->thread());
    return root;
}

} // namespace

ModuleLoad loadModule(const QString &fileName, const char *iid)
{
    ModuleLoad result;
    const QList<QStaticPlugin> statics = QPluginLoader::staticPlugins();
    for (const QStaticPlugin &plugin : statics)
        if (plugin.metaData().value(QLatin1String("IID")).toString() == QLatin1String(iid)) {
            result.instance = onApplicationThread(plugin.instance());
            return result;
        }
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
    result.instance = onApplicationThread(loader->instance());
    if (!result.instance) {
        result.failure = ModuleLoad::Failure::NotLoadable;
        result.detail = loader->errorString();
    }
    return result;
}

QString moduleFailureText(Module which, const ModuleLoad &m)
{
    // Whole sentences per module, so that each language can word them as it needs.
    struct Texts {
        QString fileName, missing, otherVersion, otherBuild, notLoadable, fix;
    };
    const Texts t = which == Module::Engine
                        ? Texts{QStringLiteral(CC_ENGINE_FILE_NAME),
                                Tr::tr("Cloud Connect's engine (%1) is missing: it was looked for in %2."),
                                Tr::tr("Cloud Connect's engine (%1) is of another version (%2, this program is %3)."),
                                Tr::tr("Cloud Connect's engine (%1) is from another build of version %2 than this program."),
                                Tr::tr("Cloud Connect's engine (%1) could not be loaded: %2"),
                                Tr::tr("Reinstall Cloud Connect: the engine is a part of its package.")}
                    : which == Module::Window
                        ? Texts{QStringLiteral(CC_WINDOW_FILE_NAME),
                                Tr::tr("Cloud Connect's window module (%1), which shows the wizard and writes PDF reports, is missing: "
                                       "it was looked for in %2."),
                                Tr::tr("Cloud Connect's window module (%1) is of another version (%2, this program is %3)."),
                                Tr::tr("Cloud Connect's window module (%1) is from another build of version %2 than this program."),
                                Tr::tr("Cloud Connect's window module (%1) could not be loaded: %2"),
                                Tr::tr("Reinstall Cloud Connect: the window module is a part of its package.")}
                        : Texts{QStringLiteral(CC_KEYCHAIN_FILE_NAME),
                                Tr::tr("Cloud Connect's keychain module (%1) is missing: it was looked for in %2."),
                                Tr::tr("Cloud Connect's keychain module (%1) is of another version (%2, this program is %3)."),
                                Tr::tr("Cloud Connect's keychain module (%1) is from another build of version %2 than this program."),
                                Tr::tr("Cloud Connect's keychain module (%1) could not be loaded: %2"),
                                Tr::tr("Reinstall Cloud Connect: the keychain module is a part of its package.")};
    QString why;
    switch (m.failure) {
    case ModuleLoad::Failure::Missing: why = t.missing.arg(t.fileName, m.searched.join(QStringLiteral(", "))); break;
    case ModuleLoad::Failure::OtherVersion:
        // The same version number with other interfaces: a stale build or a half-finished upgrade
        // (saying "0.1.0, this program is 0.1.0" would read as a contradiction).
        why = m.version == QLatin1String(CC_VERSION)
                  ? t.otherBuild.arg(m.path, m.version)
                  : t.otherVersion.arg(m.path, m.version.isEmpty() ? Tr::tr("unknown") : m.version, QStringLiteral(CC_VERSION));
        break;
    case ModuleLoad::Failure::NotLoadable:
    case ModuleLoad::Failure::None: // loaded, but not of the interface asked for
        why = t.notLoadable.arg(m.path.isEmpty() ? t.fileName : m.path,
                                m.detail.isEmpty() ? Tr::tr("not a module of this program") : m.detail);
        break;
    }
    return why + QLatin1Char(' ') + t.fix;
}

} // namespace cc
