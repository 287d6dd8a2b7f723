#include "Engine.h"
#include "Logging.h"
#include "KeychainBackend.h"
#include "ModuleLoader.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPluginLoader>
#include <QThread>

namespace {
struct Loaded {
    cc::Engine *engine = nullptr;
    QString error;
    QPluginLoader *loader = nullptr; // kept: the engine lives until the process ends
};

Loaded load()
{
    const cc::ModuleLoad m = cc::loadModule(QStringLiteral(CC_ENGINE_FILE_NAME), CC_ENGINE_IID);
    auto *e = qobject_cast<cc::Engine *>(m.instance);
    if (!e)
        return {nullptr, cc::moduleFailureText(cc::Module::Engine, m), m.loader};
    qCDebug(cc::logCore).noquote() << "engine loaded";
    return {e, {}, m.loader};
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
