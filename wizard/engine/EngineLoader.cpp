#include "Engine.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMutex>
#include <QPluginLoader>
#include <QThread>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

struct Loaded {
    cc::Engine *engine = nullptr;
    QString error;
    QPluginLoader *loader = nullptr; // kept: the engine lives until the process ends
};

// Where the engine is looked for, first found wins, always relative to the running executable
// (never the working directory, the environment or a profile): the installed layout
// (CC_ENGINE_RELATIVE_DIR, from bin/ to lib/<arch>/cloudconnect, set by CMake), then beside
// the executable (the build tree).
QStringList candidates()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString file = QStringLiteral(CC_ENGINE_FILE_NAME);
    return {QDir::cleanPath(appDir + QStringLiteral("/" CC_ENGINE_RELATIVE_DIR "/") + file), appDir + QLatin1Char('/') + file};
}

Loaded load()
{
    // Tests link the engine into their executable (Qt's static plugins).
    const QObjectList statics = QPluginLoader::staticInstances();
    for (QObject *o : statics)
        if (auto *e = qobject_cast<cc::Engine *>(o))
            return {e, {}};

    const QStringList paths = candidates();
    QString path;
    for (const QString &p : paths)
        if (path.isEmpty() && QFileInfo(p).isFile())
            path = p;
    const QString fix = Tr::tr("Reinstall Cloud Connect: the engine is a part of its package.");
    if (path.isEmpty())
        return {nullptr, Tr::tr("Cloud Connect's engine (%1) is missing: it was looked for in %2.")
                                 .arg(QStringLiteral(CC_ENGINE_FILE_NAME), paths.join(QStringLiteral(", ")))
                             + QLatin1Char(' ') + fix};

    // Kept in the result (never unloaded): the engine's objects live until the process ends.
    auto *loader = new QPluginLoader(path);
    // The metadata is read from the file without loading it: an engine built from other
    // interface headers (another version, a half-finished upgrade, a stale build in a prefix)
    // would not share these interfaces' layout, so it is not loaded. CC_ENGINE_INTERFACE is a
    // hash of the engine's, core's and cli's headers, written into the plugin's metadata by the
    // same build (wizard/engine/CMakeLists.txt).
    const QJsonObject meta = loader->metaData().value(QLatin1String("MetaData")).toObject();
    const QString version = meta.value(QLatin1String("version")).toString();
    if (loader->metaData().value(QLatin1String("IID")).toString() != QLatin1String(CC_ENGINE_IID) || version != QLatin1String(CC_VERSION)
        || meta.value(QLatin1String("interface")).toString() != QLatin1String(CC_ENGINE_INTERFACE))
        return {nullptr,
                Tr::tr("Cloud Connect's engine (%1) is of another version (%2, this program is %3).")
                        .arg(path, version.isEmpty() ? Tr::tr("unknown") : version, QStringLiteral(CC_VERSION))
                    + QLatin1Char(' ') + fix,
                loader};
    QObject *instance = loader->instance();
    auto *e = qobject_cast<cc::Engine *>(instance);
    if (!e)
        return {nullptr,
                Tr::tr("Cloud Connect's engine (%1) could not be loaded: %2").arg(path, loader->errorString()) + QLatin1Char(' ') + fix,
                loader};
    // Loaded by loadEngineInBackground(), the plugin's root object would belong to a thread that
    // ends: it is handed to the application's thread (QObject::moveToThread, from its own thread).
    if (QCoreApplication *app = QCoreApplication::instance(); app && instance->thread() != app->thread())
        instance->moveToThread(app->thread());
    qCDebug(cc::logCore).noquote() << "engine loaded";
    return {e, {}, loader};
}

QMutex &loadLock()
{
    static QMutex lock;
    return lock;
}

Loaded *&loaded()
{
    static Loaded *value = nullptr;
    return value;
}

} // namespace

namespace cc {

Engine *engine(QString *error)
{
    QMutexLocker lock(&loadLock());
    if (!loaded())
        loaded() = new Loaded(load()); // one attempt per process: a missing file stays missing
    if (error && !loaded()->engine)
        *error = loaded()->error;
    return loaded()->engine;
}

bool engineLoaded()
{
    QMutexLocker lock(&loadLock());
    return loaded() && loaded()->engine;
}

bool engineLoadAttempted()
{
    QMutexLocker lock(&loadLock());
    return loaded() != nullptr;
}

void loadEngineInBackground()
{
    static QThread *loader = nullptr; // GUI thread only
    {
        QMutexLocker lock(&loadLock());
        if (loaded() || loader)
            return;
    }
    loader = QThread::create([] { engine(); });
    loader->setObjectName(QStringLiteral("cc-engine-loader"));
    // Never left running when the process ends: static destructors and a half-done dlopen do not mix.
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, loader, [] { loader->wait(); });
    QObject::connect(loader, &QThread::finished, loader, &QObject::deleteLater);
    loader->start(QThread::LowPriority);
}

} // namespace cc
