// Entra ID token answers: a status and body (FuzzResponse.h) through AzureClient::parse — the
// success shape {"access_token", "expires_in", …} and the error shape {"error", "error_description",
// "error_codes", "trace_id", "correlation_id"} — then, as azure.token does, diagnoseTokenFailure
// and the grant-propagation test for a failure (flag bit: a Spot or a Scalr profile), and
// decodeAccessToken on the access_token of a success (the JWT's oid and tid). Invariants: every
// field is clipped to its bound, at most 10 error codes are kept, a failure gets a cause and a fix.
#include "FuzzResponse.h"

#include "AzureClient.h"
#include "AzureDiagnosis.h"
#include "FuzzProfile.h"

CC_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ccfuzz::FuzzAnswer in = ccfuzz::answerFrom(data, size);
    const cc::AzureAnswer a = cc::AzureClient::parse(in.response);
    FUZZ_CHECK(a.error.size() <= 100 && a.errorMessage.size() <= 2000, "an error over its bound");
    FUZZ_CHECK(a.traceId.size() <= 64 && a.correlationId.size() <= 64, "an id over its bound");
    FUZZ_CHECK(a.aadCodes.size() <= 10, "more Entra ID error codes than the bound");
    const QByteArray jwt = a.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const cc::AccessToken t = cc::decodeAccessToken(jwt);
    FUZZ_CHECK(t.token == jwt && t.objectId.size() <= 64 && t.tenantId.size() <= 64, "a token decoded out of bounds");
    if (!a.ok() || !a.error.isEmpty()) {
        const cc::Diagnosis d = cc::diagnoseTokenFailure(a, ccfuzz::profile(in.flag ? "spot-azure" : "scalr-azure"));
        FUZZ_CHECK(!d.cause.isEmpty() && !d.fix.isEmpty(), "a failure without a cause or a fix");
        (void)cc::tokenFailureMayBePropagation(a);
    }
    return 0;
}
