#pragma once
// The OS keychain's own module. QtKeychain pulls in Qt DBus, libdbus, libsystemd and libsecret's
// stack: about a tenth of a `validate` that never touches the keychain (`--no-keychain`, secrets
// from the environment). So the store over QtKeychain (secrets/KeychainStore) is a plugin of its
// own, `cloudconnect-keychain.so` (wizard/keychainplugin), loaded the first time a store is made.
#include "KeychainStoreInterface.h"

#include <QtPlugin>

namespace cc {

class KeychainBackend {
public:
    virtual ~KeychainBackend() = default;
    virtual KeychainStoreInterface *createStore(QObject *parent) = 0;
};

// A keychain store, a child of `parent`: the real one (the module loaded on the first call), or,
// when the module cannot be loaded, a store that answers every call with why and the fix
// (UnavailableKeychainStore), so callers handle it as any keychain that cannot be reached. A
// program that links the module statically (cc_keychain_static: the tests) gets that one.
KeychainStoreInterface *createKeychainStore(QObject *parent);

// Loads the keychain module now (from any thread), so that the first keychain store does not load
// QtKeychain, Qt DBus and libdbus on the GUI thread: the wizard's engine-loading thread calls it
// (Engine.h, loadEngineInBackground). Does nothing once tried.
void loadKeychainModule();

} // namespace cc

#define CC_KEYCHAIN_IID "io.github.cloudconnect.Keychain"
Q_DECLARE_INTERFACE(cc::KeychainBackend, CC_KEYCHAIN_IID)
