#pragma once
// Bounds checked on raw bytes before a JSON parser sees them, so a hostile file cannot make us
// recurse deeply or hold huge values: the profile format needs depth 4 and short strings.
#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

namespace cc {

struct JsonLimits {
    qsizetype maxBytes = 1024 * 1024;
    int maxDepth = 16;
    qsizetype maxStringBytes = 64 * 1024;
    // Items of one array or members of one object. The schema's longest list allows 100; a longer
    // one is refused here, before the schema's uniqueItems compares every pair (quadratic: 30,000
    // ids took minutes — docs/benchmarks.md).
    qsizetype maxItems = 256;
};

// Empty when within the limits, otherwise the reason (with the byte offset where it was found).
QString checkJsonLimits(const QByteArray &bytes, const JsonLimits &limits = {});

} // namespace cc
