// Linked into every program that links cc_keychain_static: registers the keychain module as a
// static plugin, where createKeychainStore() (engine/KeychainBackend.h) finds it before looking
// for the module.
#include <QtPlugin>

Q_IMPORT_PLUGIN(CloudConnectKeychain)
