#pragma once
// How every request is sent: timeout, retries, extra trusted CAs, body limit. One value shared
// by the GUI (defaults) and the command line (--timeout, --ca-bundle, tls.caBundle).
#include <QString>

namespace cc {

struct NetSettings {
    int timeoutMs = 30000;   // per attempt, from sending to the last byte
    QString caBundle;        // extra PEM CA certificates, added to the system's
    int maxAttempts = 4;     // first try included
    int backoffBaseMs = 500; // doubled per retry, with jitter
    int backoffMaxMs = 8000;
    int retryAfterMaxMs = 60000; // a longer Retry-After ends the call instead of waiting
    qint64 maxBodyBytes = 2 * 1024 * 1024;
};

} // namespace cc
