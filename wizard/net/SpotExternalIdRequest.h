#pragma once
// Spot + AWS, before the role exists: asks Spot for the account's external id, which goes into
// the role's trust policy. POST /setup/credentials/aws/externalId?accountId=… with no body →
// items [{"externalId": …, "maxValidUntil": …}] (Spot OpenAPI createAWSAccountExternalId.yaml;
// spotinst-sdk-go service/account/providers/aws). It creates nothing that matters if repeated,
// but it is not a read, so it is not retried.
#include "NetSettings.h"
#include "PlatformClients.h"
#include "Profile.h"

#include <QObject>
#include <QPointer>

namespace cc {

class HttpClient;
class HttpJob;

class SpotExternalIdRequest : public QObject {
    Q_OBJECT
public:
    explicit SpotExternalIdRequest(QObject *parent = nullptr);
    ~SpotExternalIdRequest() override;
    // A new request cancels one in flight.
    void start(const Profile &p, const SecretString &spotToken, const NetSettings &net);
    void cancel();

Q_SIGNALS:
    // `externalId` empty when Spot did not give one; `answer` says why.
    void finished(const QString &externalId, const cc::PlatformAnswer &answer);

private:
    QPointer<HttpClient> m_http;
    QPointer<HttpJob> m_job;
};

} // namespace cc
