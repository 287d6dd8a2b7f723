// Spot and Scalr answers: a status and body (FuzzResponse.h; the flag bit picks Spot) through
// parsePlatformAnswer — Spot's {"request", "response": {"items", "errors"}} envelope or Scalr
// API v2's {"data", "meta", "errors"} — then errorText, Spot's items, and for a failure
// diagnosePlatformFailure and the profile field an error names. Invariants: at most 20 errors are
// kept, each clipped; a non-2xx answer always carries an error; a failure gets a cause and a fix.
#include "FuzzResponse.h"

#include "FuzzProfile.h"
#include "PlatformClients.h"
#include "PlatformDiagnosis.h"

#include <QJsonArray>

CC_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ccfuzz::FuzzAnswer in = ccfuzz::answerFrom(data, size);
    const cc::PlatformAnswer a = cc::parsePlatformAnswer(in.response, in.flag);
    FUZZ_CHECK(a.errors.size() <= 21, "more errors kept than the bound");
    for (const cc::PlatformError &e : a.errors)
        FUZZ_CHECK(e.code.size() <= 100 && e.message.size() <= 1000 && e.field.size() <= 100, "an error field over its bound");
    if (in.response.answered() && !in.response.success())
        FUZZ_CHECK(!a.errors.isEmpty() && !a.ok(), "a failed status without an error");
    (void)a.errorText();
    if (!a.ok()) {
        const cc::Profile &p = ccfuzz::profile(in.flag ? "spot-aws" : "scalr-aws");
        const cc::Diagnosis d = cc::diagnosePlatformFailure(a, QStringLiteral("the credentials"), p);
        FUZZ_CHECK(!d.cause.isEmpty() && !d.fix.isEmpty(), "a failure without a cause or a fix");
        for (const cc::PlatformError &e : a.errors)
            (void)cc::pointerForPlatformField(e.field, p);
    }
    const QJsonArray items = cc::SpotClient::items(a);
    for (const QJsonValue &v : items)
        (void)v.toObject().value(QStringLiteral("id")).toString();
    return 0;
}
