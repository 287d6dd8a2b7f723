#pragma once
// When a call is sent again, and after how long: 429, 5xx and dropped connections, with
// exponential back-off and jitter, Retry-After honoured, a bounded number of attempts.
// Pure functions, so the policy is tested without a server.
#include "HttpTypes.h"
#include "NetSettings.h"

#include <optional>

namespace cc {

bool isRetryableStatus(int status);    // 429, 500, 502, 503, 504
bool isRetryableFailure(NetFailure f); // connection reset and other transient transport errors

// Retry-After as delta-seconds or an HTTP date, in milliseconds from `now`; nullopt when absent
// or unreadable. Never negative.
std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now);

// Delay before retry number `retry` (1 = the first retry): base·2^(retry-1), capped, then scaled
// by a jitter factor in [0.5, 1] so clients that failed together do not retry together.
int backoffDelayMs(int retry, const NetSettings &s, double jitter01);

struct RetryDecision {
    bool retry = false;
    qint64 delayMs = 0;
    QString gaveUp; // why not retried although the answer was retryable ("" otherwise)
};

RetryDecision decideRetry(const HttpRequest &req, const HttpResponse &resp, int attemptsSoFar, const NetSettings &s, const QDateTime &now,
                          double jitter01);

} // namespace cc
