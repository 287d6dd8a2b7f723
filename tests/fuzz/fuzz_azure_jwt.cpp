// JWT payloads: the raw bytes as an access token through decodeAccessToken — three dot-separated
// parts, the middle one base64url JSON with oid and tid. Invariants: the token is kept as given,
// oid and tid are clipped to 64 characters, and nothing is read from a token that is not three parts.
#include "FuzzCommon.h"

#include "AzureClient.h"

CC_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray jwt = ccfuzz::bytes(data, size);
    const cc::AccessToken t = cc::decodeAccessToken(jwt);
    FUZZ_CHECK(t.token == jwt, "the token was not kept as given");
    FUZZ_CHECK(t.objectId.size() <= 64 && t.tenantId.size() <= 64, "a claim over its bound");
    if (jwt.count('.') != 2)
        FUZZ_CHECK(t.objectId.isEmpty() && t.tenantId.isEmpty(), "claims read from a token that is not three parts");
    return 0;
}
