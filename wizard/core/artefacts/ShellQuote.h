#pragma once
#include <QString>

namespace cc {

// Quotes a value for a POSIX shell: single quotes, with embedded single quotes closed, escaped and
// reopened. Values come from user input and are pasted into a root shell, so nothing is left
// unquoted, and control characters (which no real value contains) are refused by the caller.
QString shellQuote(const QString &value);

} // namespace cc
