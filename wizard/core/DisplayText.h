#pragma once
// Text that came from outside (a server's answer, a profile or bundle someone sent, a file name)
// is shown as text: never interpreted as markup by a label, never as commands by a terminal.
#include <QString>

namespace cc {

// The text without the characters that make a display do something instead of showing a glyph:
// C0 controls other than line feed and tab (escape sequences, carriage return that overwrites a
// line, backspace), DEL, the C1 controls (U+0080–U+009F, CSI among them) and the bidirectional
// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) that reorder what is
// seen relative to what is there.
QString displayText(const QString &text);

// True when displayText would change it.
bool hasDisplayControls(const QString &text);

} // namespace cc
