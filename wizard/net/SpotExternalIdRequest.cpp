#include "SpotExternalIdRequest.h"

#include "HttpClient.h"
#include "HttpJob.h"
#include "PlatformRoutes.h"

#include <QJsonArray>

namespace cc {

SpotExternalIdRequest::SpotExternalIdRequest(QObject *parent) : QObject(parent)
{
}

SpotExternalIdRequest::~SpotExternalIdRequest()
{
    cancel();
}

void SpotExternalIdRequest::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SpotExternalIdRequest::start(const Profile &p, const SecretString &spotToken, const NetSettings &net)
{
    cancel();
    delete m_http; // the client (and the cancelled job's callback) go with it
    m_http = new HttpClient(net, this);
    auto *client = new SpotClient(m_http, spotEndpoint(p), p.platform.accountId, spotToken, m_http);
    m_job = client->call("POST", QStringLiteral("/setup/credentials/aws/externalId"), {}, false, [this](const PlatformAnswer &a) {
        const QString id =
            a.ok() ? SpotClient::items(a).at(0).toObject().value(QStringLiteral("externalId")).toString().left(256) : QString();
        Q_EMIT finished(id, a);
    });
}

} // namespace cc
