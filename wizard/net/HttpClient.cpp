#include "HttpClient.h"

#include "ProfileRules.h"

#include "HttpJob.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Network)
};
} // namespace

namespace cc {

namespace {

// Loopback (test servers, a local Scalr) is reached directly; everything else as the system says.
class LoopbackBypassProxyFactory : public QNetworkProxyFactory {
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

} // namespace

HttpClient::HttpClient(const NetSettings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
}

HttpClient::~HttpClient() = default;

QNetworkAccessManager *HttpClient::manager()
{
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        m_manager->setProxyFactory(new LoopbackBypassProxyFactory);
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_manager->setAutoDeleteReplies(false);
    }
    return m_manager;
}

QList<QSslCertificate> HttpClient::extraCaCertificates(QString *error)
{
    if (!m_caLoaded) {
        m_caLoaded = true;
        if (!m_settings.caBundle.isEmpty()) {
            // A regular file of at most 4 MiB, read no further than that: a device such as
            // /dev/zero reports size 0 and never ends.
            QFile f(m_settings.caBundle);
            const QString refused = rules::caBundleFile(m_settings.caBundle);
            if (!refused.isEmpty()) {
                m_caError = refused.left(1).toUpper() + refused.mid(1) + QLatin1Char('.');
            } else if (!f.open(QIODevice::ReadOnly)) {
                m_caError = Tr::tr("The CA bundle %1 cannot be read: %2.").arg(m_settings.caBundle, f.errorString());
            } else {
                m_extraCa = QSslCertificate::fromData(f.read(rules::kMaxCaBundleBytes), QSsl::Pem);
                if (m_extraCa.isEmpty())
                    m_caError = Tr::tr("The CA bundle %1 holds no PEM certificate.").arg(m_settings.caBundle);
            }
        }
    }
    if (error)
        *error = m_caError;
    return m_extraCa;
}

HttpJob *HttpClient::send(std::function<HttpRequest()> build)
{
    return new HttpJob(this, std::move(build));
}

} // namespace cc
