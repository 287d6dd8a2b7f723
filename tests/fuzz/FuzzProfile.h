#pragma once
// The profiles of tests/data/profiles, read once: the answer targets hand one to the diagnosis
// code, which words a failure with the profile's ids. A profile that does not load is a broken
// fuzz setup, not a finding, and stops the run at once.
#include "FuzzCommon.h"

#include "ProfileValidator.h"

#include <QHash>
#include <QString>

namespace ccfuzz {

// name: "scalr-aws", "scalr-azure", "spot-aws" or "spot-azure".
inline const cc::Profile &profile(const char *name)
{
    static QHash<QString, cc::Profile> loaded;
    const QString key = QLatin1String(name);
    auto it = loaded.find(key);
    if (it == loaded.end()) {
        const cc::ProfileParseResult r = cc::readProfileFile(QStringLiteral(CC_FUZZ_PROFILES_DIR "/") + key + QStringLiteral(".json"));
        if (!r.profile) {
            std::fprintf(stderr, "fuzz setup: %s.json in %s does not load\n", name, CC_FUZZ_PROFILES_DIR);
            std::exit(2);
        }
        it = loaded.insert(key, *r.profile);
    }
    return *it;
}

} // namespace ccfuzz
