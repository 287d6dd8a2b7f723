#pragma once
// `cloudconnect validate PROFILE.json [--only ID,…] [--json]`: every live check that applies,
// results on stdout, progress on stderr, exit status of docs/cli.md.
#include "CommandLine.h"

#include <QTextStream>

namespace cc {

int runValidateCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err);

} // namespace cc
