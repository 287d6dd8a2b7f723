#include "HttpTypes.h"

#include <QHostAddress>
#include <QLocale>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Network)
};
} // namespace

namespace cc {

QByteArray HttpResponse::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

QDateTime HttpResponse::serverDate() const
{
    return parseHttpDate(header("date"));
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    const QHostAddress a(h);
    return !a.isNull() && a.isLoopback();
}

QString failureFix(NetFailure f)
{
    switch (f) {
    case NetFailure::None: return {};
    case NetFailure::InsecureUrl: return Tr::tr("Use an https:// address; plain http:// is only allowed to this computer (localhost).");
    case NetFailure::CaBundle: return Tr::tr("Point the CA bundle setting (--ca-bundle or tls.caBundle) at a readable PEM file.");
    case NetFailure::Timeout: return Tr::tr("Check the network connection, proxy and firewall, or allow more time (--timeout).");
    case NetFailure::Tls:
        return Tr::tr("If a proxy or private CA intercepts TLS here, add its CA certificate with --ca-bundle "
                      "(or tls.caBundle in the profile); otherwise check the endpoint address.");
    case NetFailure::HostNotFound: return Tr::tr("Check the endpoint address and this computer's DNS settings.");
    case NetFailure::ConnectionRefused: return Tr::tr("Check the endpoint address and port, and that nothing blocks the connection.");
    case NetFailure::ConnectionReset:
    case NetFailure::Network: return Tr::tr("Check the network connection and proxy settings, then run the check again.");
    case NetFailure::TooLarge: return Tr::tr("Check that the endpoint address points at the real service, not another server.");
    case NetFailure::Cancelled: return Tr::tr("Run the check again.");
    }
    return {};
}

QDateTime parseHttpDate(const QByteArray &value)
{
    const QString v = QString::fromLatin1(value).trimmed();
    if (v.isEmpty() || v.size() > 64)
        return {};
    const QLocale c = QLocale::c();
    static const char *const formats[] = {"ddd, dd MMM yyyy HH:mm:ss 'GMT'", "dddd, dd-MMM-yy HH:mm:ss 'GMT'", "ddd MMM d HH:mm:ss yyyy"};
    for (const char *fmt : formats) {
        QDateTime t = c.toDateTime(v, QLatin1String(fmt));
        if (t.isValid()) {
            if (t.date().year() < 1970)
                t = t.addYears(100);
            t.setTimeSpec(Qt::UTC);
            return t;
        }
    }
    return {};
}

} // namespace cc
