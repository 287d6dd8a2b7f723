#include "Submitter.h"

#include "HttpClient.h"
#include "PlatformDiagnosis.h"
#include "SpotExternalIdRequest.h"
#include "SubmissionBody.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Submission)
};
} // namespace

namespace cc {

Submitter::Submitter(QObject *parent) : ExternalIdFetcherInterface(parent)
{
}

Submitter::~Submitter() = default;

QString Submitter::credentialsPageUrl(const Profile &p)
{
    if (p.platform.kind == PlatformKind::Spot)
        return QStringLiteral("https://console.spotinst.com/");
    QString base = p.platform.endpoint;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QLatin1Char('/');
}

QJsonObject Submitter::previewBody(const Profile &p)
{
    return submissionBody(p, nullptr);
}

void Submitter::start(const Profile &p, const SecretValues &secrets, const NetSettings &net, const Options &options)
{
    if (m_running)
        return;
    m_running = true;
    if (m_http) // with it the previous submission and its clients; later, since we may be inside its signal
        m_http->deleteLater();
    m_http = new HttpClient(net, this);
    m_submission = Submission::create(p, secrets, m_http, options, m_http);
    connect(m_submission, &Submission::progress, this, &Submitter::progress);
    connect(m_submission, &Submission::finished, this, [this, p](SubmissionResult r) {
        m_running = false;
        if (r.link.isEmpty())
            r.link = credentialsPageUrl(p);
        Q_EMIT finished(r);
    });
    // Queued, so that a caller connected after start() still hears every signal.
    QMetaObject::invokeMethod(m_submission, &Submission::start, Qt::QueuedConnection);
}

void Submitter::cancel()
{
    if (m_submission)
        m_submission->cancel();
}

void Submitter::fetchSpotExternalId(const Profile &p, const SecretValues &secrets, const NetSettings &net)
{
    if (!m_externalId) {
        m_externalId = new SpotExternalIdRequest(this);
        connect(m_externalId, &SpotExternalIdRequest::finished, this, [this](const QString &id, const PlatformAnswer &a) {
            if (!id.isEmpty()) {
                Q_EMIT externalIdReceived(id, {});
                return;
            }
            const Diagnosis d = diagnosePlatformFailure(a, Tr::tr("the external id request"), m_externalIdProfile);
            Q_EMIT externalIdReceived({}, a.ok() ? Tr::tr("Spot answered without an external id.") : d.cause + QLatin1Char(' ') + d.fix);
        });
    }
    m_externalIdProfile = p;
    m_externalId->start(p, secrets.spotToken, net);
}

} // namespace cc
