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
        return Tr::tr("the file is %1 bytes; a profile is at most %2 bytes").arg(bytes.size()).arg(limits.maxBytes);
    int depth = 0;
    // Items seen so far in each open array or object (the separators counted, plus one).
    QVarLengthArray<qsizetype, 16> items;
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
                return Tr::tr("a string starting at byte %1 is longer than %2 bytes").arg(stringStart).arg(limits.maxStringBytes);
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            if (++depth > limits.maxDepth)
                return Tr::tr("nested more than %1 levels deep at byte %2").arg(limits.maxDepth).arg(i);
            items.append(1);
        } else if (c == '}' || c == ']') {
            --depth;
            if (!items.isEmpty())
                items.removeLast();
        } else if (c == ',' && !items.isEmpty()) {
            if (++items.last() > limits.maxItems)
                return Tr::tr("a list or object has more than %1 items (at byte %2)").arg(limits.maxItems).arg(i);
        }
    }
    return {};
}

} // namespace cc
