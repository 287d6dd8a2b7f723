#pragma once
// Benchmarks only (tests/benchmarks/run.sh): with CC_EXIT_AFTER_FIRST_PAINT=1 in the environment,
// the program prints one line once the window `widget` has painted for the first time (the window
// and its current page are painted in one pass, then flushed) —
//   first-paint monotonic-ns=<CLOCK_MONOTONIC at that moment> maxrss-kib=<peak RSS so far>
// — and quits. The floor program of the benchmarks uses the same code, so both report the same
// moment. Unset (every normal run), it costs one getenv and installs nothing.
class QWidget;

namespace cc {

// True when CC_EXIT_AFTER_FIRST_PAINT is set: `widget` is then watched for its first paint.
bool exitAfterFirstPaintIfAsked(QWidget *widget);

} // namespace cc
