#include "RetryPolicy.h"

#include <algorithm>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Network)
};
} // namespace

namespace cc {

bool isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

bool isRetryableFailure(NetFailure f)
{
    return f == NetFailure::ConnectionReset || f == NetFailure::Network;
}

std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 64)
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min<qint64>(seconds, 86400) * 1000);
    const QDateTime at = parseHttpDate(v);
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(at));
}

int backoffDelayMs(int retry, const NetSettings &s, double jitter01)
{
    const int exponent = std::clamp(retry - 1, 0, 20);
    const qint64 raw = qint64(s.backoffBaseMs) << exponent;
    const qint64 capped = std::min<qint64>(raw, s.backoffMaxMs);
    const double factor = 0.5 + 0.5 * std::clamp(jitter01, 0.0, 1.0);
    return int(double(capped) * factor);
}

RetryDecision decideRetry(const HttpRequest &req, const HttpResponse &resp, int attemptsSoFar, const NetSettings &s, const QDateTime &now,
                          double jitter01)
{
    RetryDecision d;
    const bool retryable = resp.answered() ? isRetryableStatus(resp.status) : isRetryableFailure(resp.failure);
    if (!retryable)
        return d;
    if (!req.retryable) {
        d.gaveUp = Tr::tr("not sent again automatically, because the first attempt may already have been applied");
        return d;
    }
    if (attemptsSoFar >= s.maxAttempts) {
        d.gaveUp = Tr::tr("still failing after %1 attempts").arg(attemptsSoFar);
        return d;
    }
    if (resp.answered()) {
        if (const auto after = retryAfterMs(resp.header("retry-after"), now)) {
            if (*after > s.retryAfterMaxMs) {
                d.gaveUp = Tr::tr("the service asked to wait %1 s before trying again").arg((*after + 999) / 1000);
                return d;
            }
            d.retry = true;
            d.delayMs = *after;
            return d;
        }
    }
    d.retry = true;
    d.delayMs = backoffDelayMs(attemptsSoFar, s, jitter01);
    return d;
}

} // namespace cc
