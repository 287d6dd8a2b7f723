#pragma once
// AWS answers turned into a cause and a fix a cloud administrator can act on: the Query-protocol
// error codes of api-reference.md, throttling, server errors, redirects and transport failures.
#include "AwsClient.h"
#include "Profile.h"

namespace cc {

struct Diagnosis {
    QString cause;
    QString fix;
    bool environmental = false; // network, TLS, timeout, AWS itself failing
};

// `call` names what was attempted, e.g. "STS GetCallerIdentity".
Diagnosis diagnoseAwsFailure(const AwsAnswer &a, const QString &call, const Profile &p);

} // namespace cc
