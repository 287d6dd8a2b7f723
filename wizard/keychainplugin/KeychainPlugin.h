#pragma once
// The keychain module (engine/KeychainBackend.h) as a Qt plugin: makes the store over QtKeychain
// (secrets/KeychainStore). Built twice from this one class: a module loaded the first time a
// keychain store is made, and a static library the in-process tests link (Qt's static plugins).
#include "KeychainBackend.h"

#include <QObject>

class CloudConnectKeychain : public QObject, public cc::KeychainBackend {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CC_KEYCHAIN_IID FILE "keychain.json")
    Q_INTERFACES(cc::KeychainBackend)
public:
    cc::KeychainStoreInterface *createStore(QObject *parent) override;
};
