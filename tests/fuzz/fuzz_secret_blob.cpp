// The keychain entry: the stored blob ("cloudconnect-secrets/1\n" + JSON of the four secrets and
// "boundTo") through decodeSecretBlob. Invariant: whatever was accepted is written back by
// encodeSecretBlob as a blob that is accepted again and written back byte for byte the same
// (decode → encode → decode → encode), so a stored entry never becomes unreadable.
#include "FuzzCommon.h"

#include "SecretBlob.h"

CC_FUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<cc::SecretBlob> blob = cc::decodeSecretBlob(ccfuzz::bytes(data, size));
    if (!blob)
        return 0;
    FUZZ_CHECK(blob->binding.size() <= 64, "more bindings than the bound");
    const QByteArray written = cc::encodeSecretBlob(blob->secrets, blob->binding);
    const std::optional<cc::SecretBlob> again = cc::decodeSecretBlob(written);
    if (written.size() <= 64 * 1024) {
        FUZZ_CHECK(again.has_value(), "a blob written from an accepted one is refused");
        FUZZ_CHECK(cc::encodeSecretBlob(again->secrets, again->binding) == written, "decode → encode is not stable");
    }
    return 0;
}
