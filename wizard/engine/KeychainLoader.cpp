#include "KeychainBackend.h"
#include "ModuleLoader.h"

#include <QMutex>
#include <optional>

namespace cc {

namespace {

struct Loaded {
    KeychainBackend *backend = nullptr;
    ModuleLoad module;
};

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
        ModuleLoad m = loadModule(QStringLiteral(CC_KEYCHAIN_FILE_NAME), CC_KEYCHAIN_IID);
        auto *backend = qobject_cast<KeychainBackend *>(m.instance);
        loaded = Loaded{backend, std::move(m)};
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
    return new UnavailableKeychainStore(keychainWithoutEngine(moduleFailureText(Module::Keychain, loaded.module)), parent);
}

void loadKeychainModule()
{
    QMutexLocker locker(&lock());
    loadedLocked();
}

} // namespace cc
