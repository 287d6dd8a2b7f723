#pragma once
// The window's backing store, allocated and made present before its first paint, in one system
// call rather than one page fault per 4 KiB of pixels (StartupPrefault.h; docs/benchmarks.md,
// "Start-up, fifth pass").
#include <cstddef>

class QWidget;

namespace cc {

// Sizes `window`'s backing store now, as its first paint would, and makes its pixels present.
// Call after show() and before the event loop: the first paint then draws into that image (same
// size, so Qt keeps it). Only on the platforms where that was measured and where the store's
// image exists from its resize on: xcb and offscreen; on any other (Wayland hands out its buffers
// at paint time) and with high-DPI scaling (Qt's scaled image is made at paint time) nothing is
// done. Returns the bytes made present (0: not done).
std::size_t prefaultBackingStore(QWidget *window);

} // namespace cc
