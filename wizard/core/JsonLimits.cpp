#include "JsonLimits.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)
};
} // namespace

namespace cc {

QString checkJsonLimits(const QByteArray &bytes, const JsonLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return Tr::tr("the file is %1 bytes; a profile is at most %2 bytes")
            .arg(bytes.size())
            .arg(limits.maxBytes);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            else if (i - stringStart > limits.maxStringBytes)
                return Tr::tr("a string starting at byte %1 is longer than %2 bytes")
                    .arg(stringStart)
                    .arg(limits.maxStringBytes);
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            if (++depth > limits.maxDepth)
                return Tr::tr("nested more than %1 levels deep at byte %2").arg(limits.maxDepth).arg(i);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return {};
}

} // namespace cc
