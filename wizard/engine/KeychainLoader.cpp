#include "KeychainBackend.h"
#include "ModuleLoader.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPluginLoader>
#include <optional>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

struct Loaded {
    cc::KeychainBackend *backend = nullptr;
    cc::ModuleLoad module;
};

Loaded load()
{
    const QObjectList statics = QPluginLoader::staticInstances();
    for (QObject *o : statics)
        if (auto *b = qobject_cast<cc::KeychainBackend *>(o))
            return {b, {}};
    Loaded l;
    l.module = cc::loadModule(QStringLiteral(CC_KEYCHAIN_FILE_NAME), CC_KEYCHAIN_IID);
    l.backend = qobject_cast<cc::KeychainBackend *>(l.module.instance);
    return l;
}

// Why the module could not be loaded, in the language of the translators installed now.
QString whyNot(const cc::ModuleLoad &m)
{
    const QString fix = Tr::tr("Reinstall Cloud Connect: the keychain module is a part of its package.");
    switch (m.failure) {
    case cc::ModuleLoad::Failure::Missing:
        return Tr::tr("Cloud Connect's keychain module (%1) is missing: it was looked for in %2.")
                   .arg(QStringLiteral(CC_KEYCHAIN_FILE_NAME), m.searched.join(QStringLiteral(", ")))
               + QLatin1Char(' ') + fix;
    case cc::ModuleLoad::Failure::OtherVersion:
        return Tr::tr("Cloud Connect's keychain module (%1) is of another version (%2, this program is %3).")
                   .arg(m.path, m.version.isEmpty() ? Tr::tr("unknown") : m.version, QStringLiteral(CC_VERSION))
               + QLatin1Char(' ') + fix;
    case cc::ModuleLoad::Failure::NotLoadable:
    case cc::ModuleLoad::Failure::None: break;
    }
    return Tr::tr("Cloud Connect's keychain module (%1) could not be loaded: %2")
               .arg(m.path, m.detail.isEmpty() ? QStringLiteral(CC_KEYCHAIN_IID) : m.detail)
           + QLatin1Char(' ') + fix;
}

} // namespace

namespace cc {

namespace {

QMutex &lock()
{
    static QMutex value;
    return value;
}

// One attempt per process; under lock().
const Loaded &loadedLocked()
{
    static std::optional<Loaded> loaded;
    if (!loaded) {
        loaded = load();
        // Loaded by loadKeychainModule() on the engine's loading thread, the plugin's root object
        // would belong to a thread that ends: it is handed to the application's thread.
        QObject *root = loaded->module.instance;
        if (QCoreApplication *app = QCoreApplication::instance(); root && app && root->thread() != app->thread())
            root->moveToThread(app->thread());
    }
    return *loaded;
}

} // namespace

KeychainStoreInterface *createKeychainStore(QObject *parent)
{
    QMutexLocker locker(&lock());
    const Loaded &loaded = loadedLocked();
    if (loaded.backend)
        return loaded.backend->createStore(parent);
    return new UnavailableKeychainStore(keychainWithoutEngine(whyNot(loaded.module)), parent);
}

void loadKeychainModule()
{
    QMutexLocker locker(&lock());
    loadedLocked();
}

} // namespace cc
