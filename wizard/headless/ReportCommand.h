#pragma once
// `cloudconnect report PROFILE.json -o FILE [--format pdf|html|md|json] [--results FILE]`:
// the summary report, with the results of an earlier validate/submit when given.
#include "CommandLine.h"

#include <QTextStream>

namespace cc {

int runReportCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err);

} // namespace cc
