#pragma once
// The moment a window has painted for the first time (the window and its current page are
// painted in one pass, then flushed), for what start-up can leave until then, and for the
// benchmarks (tests/benchmarks/run.sh).
#include <cstddef>
#include <functional>

class QWidget;

namespace cc {

// Runs `then` once, from the event loop, right after `window` has painted for the first time.
void afterFirstPaint(QWidget *window, std::function<void()> then);

// Benchmarks only: with CC_EXIT_AFTER_FIRST_PAINT=1 in the environment, prints one line once
// `window` has painted —
//   first-paint monotonic-ns=<CLOCK_MONOTONIC at that moment> maxrss-kib=<peak RSS so far>
//               prefaulted-kib=<`prefaultedBytes`, what start-up made present in bulk>
// — and quits; returns true. The floor program of the benchmarks uses the same code, so both
// report the same moment. Unset (every normal run), it costs one getenv and installs nothing.
// Call it after any other afterFirstPaint(): it then reports before their work runs.
bool exitAfterFirstPaintIfAsked(QWidget *window, std::size_t prefaultedBytes = 0);

} // namespace cc
