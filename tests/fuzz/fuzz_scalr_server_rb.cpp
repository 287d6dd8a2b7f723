// scalr-server.rb (the Artefacts page's "Merge…" and `cloudconnect artefacts --merge`): the file's
// text through parseRubyConfig, routingEndpointHost and mergeConnectionPolicy for both clouds and
// both non-default policies. Invariants: a merge that changed the file leaves a file the parser
// still reads, where merging the same policy again changes nothing; a failed merge returns the
// text untouched; a parse error points inside the file.
#include "FuzzCommon.h"

#include "artefacts/RubyConfigParser.h"
#include "artefacts/ScalrServerConfig.h"

CC_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(ccfuzz::bytes(data, size));
    const cc::RbParseResult parsed = cc::parseRubyConfig(text);
    if (!parsed.ok)
        FUZZ_CHECK(parsed.line >= 1 && parsed.column >= 1 && !parsed.error.isEmpty(), "a parse error without a place or a reason");
    for (const cc::RbStatement &s : parsed.statements)
        FUZZ_CHECK(s.start >= 0 && s.start <= s.end && s.end <= text.size(), "a statement outside the file");
    (void)cc::routingEndpointHost(text);

    for (const cc::CloudKind cloud : {cc::CloudKind::Aws, cc::CloudKind::Azure}) {
        for (const cc::ConnectionPolicy policy : {cc::ConnectionPolicy::Public, cc::ConnectionPolicy::Local}) {
            const cc::ConfigMerge m = cc::mergeConnectionPolicy(text, cloud, policy);
            switch (m.outcome) {
            case cc::ConfigMerge::Outcome::Failed:
                FUZZ_CHECK(m.text == text, "a failed merge changed the text");
                FUZZ_CHECK(!m.manualSnippet.isEmpty(), "a failed merge without the entry to merge by hand");
                break;
            case cc::ConfigMerge::Outcome::Unchanged: FUZZ_CHECK(m.text == text, "an unchanged merge changed the text"); break;
            case cc::ConfigMerge::Outcome::Changed: {
                const cc::RbParseResult reparsed = cc::parseRubyConfig(m.text);
                FUZZ_CHECK(reparsed.ok, "the merged file no longer parses");
                if (m.text.size() > 1024 * 1024)
                    break; // over the size a merge accepts; nothing more to compare
                const cc::ConfigMerge again = cc::mergeConnectionPolicy(m.text, cloud, policy);
                FUZZ_CHECK(again.outcome == cc::ConfigMerge::Outcome::Unchanged, "merging the same policy twice changes the file twice");
                break;
            }
            }
        }
    }
    return 0;
}
