// Encrypted bundles (`cloudconnect bundle import`, the wizard's Import…), in two ways:
//  - the file: the bytes through importBundle with the passphrase the seeds were written with
//    (kPassphrase) — size, magic, version, KDF and scrypt bounds, then AES-256-GCM. A file whose
//    in-bounds scrypt parameters are costlier than log2N = 10, r ≤ 8, p ≤ 2 is skipped: it would
//    spend up to a second and 1 GiB on each input (the product allows that by design) and the
//    fuzzer would learn nothing more from it.
//  - the payload: bytes that are not a bundle are sealed with cheap parameters as the payload of
//    a bundle, then imported — the JSON payload, the profile inside (parseProfile) and the secrets
//    (secretsFromJson), which a fuzzer could never reach through a tag it cannot forge.
// Invariant: an imported payload's profile, exported again, imports to the same profile.
#include "FuzzCommon.h"

#include "EncryptedBundle.h"
#include "ProfileJson.h"

#include <QtEndian>

CC_FUZZ_INIT_QT

namespace {

const QString kPassphrase = QStringLiteral("fuzzing passphrase");
constexpr cc::ScryptParams kCheap{10, 1, 1};

bool tooCostly(const QByteArray &file)
{
    if (file.size() < 19 || !file.startsWith("CCBUNDLE"))
        return false; // refused before any key derivation
    const int log2N = quint8(file.at(10));
    const quint32 r = qFromBigEndian<quint32>(file.constData() + 11);
    const quint32 p = qFromBigEndian<quint32>(file.constData() + 15);
    const bool inBounds = log2N >= 10 && log2N <= 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16;
    return inBounds && (log2N > 10 || r > 8 || p > 2);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = ccfuzz::bytes(data, size);
    QString error;
    if (!tooCostly(in)) {
        const std::optional<cc::BundleContents> c = cc::importBundle(in, kPassphrase, &error);
        FUZZ_CHECK(c.has_value() || !error.isEmpty(), "a bundle refused without a reason");
    }
    if (in.startsWith("CCBUNDLE"))
        return 0;
    const QByteArray sealed = cc::sealBundle(in, kPassphrase, &error, kCheap);
    if (sealed.isEmpty())
        return 0; // over the size a bundle may have
    error.clear();
    const std::optional<cc::BundleContents> c = cc::importBundle(sealed, kPassphrase, &error);
    if (!c) {
        FUZZ_CHECK(!error.isEmpty(), "a payload refused without a reason");
        return 0;
    }
    const QByteArray exported = cc::exportBundle(c->profile, c->secrets, kPassphrase, &error, kCheap);
    FUZZ_CHECK(!exported.isEmpty(), "an imported bundle cannot be exported again");
    const std::optional<cc::BundleContents> again = cc::importBundle(exported, kPassphrase, &error);
    FUZZ_CHECK(again.has_value(), "a bundle exported from an imported one is refused");
    FUZZ_CHECK(cc::serializeProfile(again->profile) == cc::serializeProfile(c->profile), "export → import changes the profile");
    return 0;
}
