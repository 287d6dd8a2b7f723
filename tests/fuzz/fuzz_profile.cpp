// Profile files (docs/profile-format.md): the bytes of a .json file through parseProfile — bounds,
// JSON, schemaVersion, secret-looking keys, the JSON Schema, field and cross-field rules — and
// the tolerant reader profileFromJson on any JSON object. Invariant: a profile that was accepted
// is saved in a form that is accepted again and saves to the same bytes (save → open → save).
#include "FuzzCommon.h"

#include "JsonLimits.h"
#include "ProfileJson.h"
#include "ProfileValidator.h"

#include <QJsonDocument>

CC_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = ccfuzz::bytes(data, size);
    const cc::ProfileParseResult r = cc::parseProfile(in);
    for (const cc::ProfileProblem &p : r.problems) {
        (void)p.toString();
        // An error inside valijson is caught and said as a problem (JsonSchema.cpp); for the
        // fuzzer it stays a finding, as the abort() it replaced was.
        FUZZ_CHECK(!p.message.startsWith(QLatin1String("cannot be checked against the schema")), "valijson failed inside");
    }
    if (r.ok()) {
        const QByteArray saved = cc::serializeProfile(*r.profile);
        const cc::ProfileParseResult again = cc::parseProfile(saved);
        FUZZ_CHECK(again.ok(), "a profile that was accepted is refused once saved");
        FUZZ_CHECK(cc::serializeProfile(*again.profile) == saved, "save → open → save changes the file");
        (void)cc::completenessProblems(*again.profile);
    }
    // The tolerant reader must not fall over on any object within the bounds, valid or not.
    if (cc::checkJsonLimits(in).isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(in);
        if (doc.isObject()) {
            const cc::Profile p = cc::profileFromJson(doc.object());
            (void)cc::serializeProfile(p);
            (void)cc::completenessProblems(p);
        }
    }
    return 0;
}
