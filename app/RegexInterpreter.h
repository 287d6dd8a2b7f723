#pragma once
// Qt's regular expressions interpreted rather than compiled to machine code, for the commands.
//
// Qt 6.4 JIT-compiles every pattern the first time it is used (three passes: complete and both
// partial modes) into memory it maps writable and executable. A command's patterns are the
// profile's field rules (wizard/core/ProfileRules.cpp): short anchored patterns, each matched a
// handful of times against strings of at most a few hundred characters, where compiling costs far
// more than it saves — 2.0 M of the 54 M instructions of a `validate` (docs/benchmarks.md) — and
// a process that holds secrets is better without writable executable memory. PCRE2's interpreter
// gives the same matches; QT_ENABLE_REGEXP_JIT is Qt's documented switch, read once, at the first
// pattern compiled.
//
// The wizard keeps Qt's default: its patterns are compiled after its first paint, as fields are
// typed into, and it starts other programs (a browser for a link) that would inherit the switch.
namespace cc {

// Sets QT_ENABLE_REGEXP_JIT=0 for this process unless it is set already (the user's choice
// wins). For the headless commands, which start no program of their own (D-Bus may autolaunch its
// session bus for the keychain, which would inherit it, harmlessly): call before the application
// is made, while the process has one thread, and before any pattern is compiled.
void interpretRegularExpressions();

} // namespace cc
