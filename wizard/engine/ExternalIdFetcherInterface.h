#pragma once
// Spot + AWS, before the role exists: the Identity page asks Spot for this account's external
// id. The request (submit/Submitter) lives in the engine, loaded on first use (Engine.h).
#include "NetSettings.h"
#include "Profile.h"
#include "SecretValues.h"

#include <QObject>

namespace cc {

class ExternalIdFetcherInterface : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void fetchSpotExternalId(const Profile &p, const SecretValues &secrets, const NetSettings &net) = 0;

Q_SIGNALS:
    // Exactly one of the two is set.
    void externalIdReceived(const QString &externalId, const QString &error);
};

} // namespace cc
