#pragma once
// Runs a headless command and returns the process exit status (docs/cli.md). Results go to
// `out` (stdout), progress and errors to `err` (stderr); nothing secret is ever written.
#include "CommandLine.h"

#include <QTextStream>

namespace cc {

int runHeadless(const CommandLine &cmd, QTextStream &out, QTextStream &err);

} // namespace cc
