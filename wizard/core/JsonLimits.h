#pragma once
// Bounds checked on raw bytes before a JSON parser sees them, so a hostile file cannot make us
// recurse deeply or hold huge values: the profile format needs depth 4 and short strings.
#include <QByteArray>
#include <QString>

namespace cc {

struct JsonLimits {
    qsizetype maxBytes = 1024 * 1024;
    int maxDepth = 16;
    qsizetype maxStringBytes = 64 * 1024;
};

// Empty when within the limits, otherwise the reason (with the byte offset where it was found).
QString checkJsonLimits(const QByteArray &bytes, const JsonLimits &limits = {});

} // namespace cc
