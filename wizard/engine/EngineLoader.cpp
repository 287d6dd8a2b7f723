#include "Engine.h"
#include "Logging.h"
#include "KeychainBackend.h"
#include "ModuleLoader.h"

#include <QCoreApplication>
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

Loaded load()
{
    // Tests link the engine into their executable (Qt's static plugins).
    const QObjectList statics = QPluginLoader::staticInstances();
    for (QObject *o : statics)
        if (auto *e = qobject_cast<cc::Engine *>(o))
            return {e, {}};

    const cc::ModuleLoad m = cc::loadModule(QStringLiteral(CC_ENGINE_FILE_NAME), CC_ENGINE_IID);
    QPluginLoader *const loader = m.loader;
    const QString fix = Tr::tr("Reinstall Cloud Connect: the engine is a part of its package.");
    switch (m.failure) {
    case cc::ModuleLoad::Failure::Missing:
        return {nullptr,
                Tr::tr("Cloud Connect's engine (%1) is missing: it was looked for in %2.")
                        .arg(QStringLiteral(CC_ENGINE_FILE_NAME), m.searched.join(QStringLiteral(", ")))
                    + QLatin1Char(' ') + fix,
                loader};
    case cc::ModuleLoad::Failure::OtherVersion:
        return {nullptr,
                Tr::tr("Cloud Connect's engine (%1) is of another version (%2, this program is %3).")
                        .arg(m.path, m.version.isEmpty() ? Tr::tr("unknown") : m.version, QStringLiteral(CC_VERSION))
                    + QLatin1Char(' ') + fix,
                loader};
    case cc::ModuleLoad::Failure::NotLoadable:
        return {nullptr, Tr::tr("Cloud Connect's engine (%1) could not be loaded: %2").arg(m.path, m.detail) + QLatin1Char(' ') + fix,
                loader};
    case cc::ModuleLoad::Failure::None: break;
    }
    auto *e = qobject_cast<cc::Engine *>(m.instance);
    if (!e)
        return {nullptr,
                Tr::tr("Cloud Connect's engine (%1) could not be loaded: %2").arg(m.path, QStringLiteral(CC_ENGINE_IID)) + QLatin1Char(' ')
                    + fix,
                loader};
    // Loaded by loadEngineInBackground(), the plugin's root object would belong to a thread that
    // ends: it is handed to the application's thread (QObject::moveToThread, from its own thread).
    if (QCoreApplication *app = QCoreApplication::instance(); app && m.instance->thread() != app->thread())
        m.instance->moveToThread(app->thread());
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
    // The keychain module too (KeychainBackend.h): the wizard makes its keychain store on the GUI thread.
    loader = QThread::create([] {
        engine();
        loadKeychainModule();
    });
    loader->setObjectName(QStringLiteral("cc-engine-loader"));
    // Never left running when the process ends: static destructors and a half-done dlopen do not mix.
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, loader, [] { loader->wait(); });
    QObject::connect(loader, &QThread::finished, loader, &QObject::deleteLater);
    loader->start(QThread::LowPriority);
}

} // namespace cc
