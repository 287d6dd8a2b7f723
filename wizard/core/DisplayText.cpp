#include "DisplayText.h"

#include <algorithm>

namespace cc {
namespace {

bool isDisplayControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\n' || u == u'\t')
        return false;
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

} // namespace

QString displayText(const QString &text)
{
    if (!hasDisplayControls(text))
        return text;
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!isDisplayControl(c))
            out.append(c);
    return out;
}

bool hasDisplayControls(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isDisplayControl);
}

} // namespace cc
