#include "KeychainPlugin.h"

#include "KeychainStore.h"

cc::KeychainStoreInterface *CloudConnectKeychain::createStore(QObject *parent)
{
    return new cc::KeychainStore(parent);
}
