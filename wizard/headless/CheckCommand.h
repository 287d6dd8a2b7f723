#pragma once
// `cloudconnect check PROFILE.json`: the profile file against the schema and the field rules,
// no network. Exit 0 when it is valid and complete for its journey, 2 otherwise.
#include "CommandLine.h"

#include <QTextStream>

namespace cc {

int runCheckCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err);

} // namespace cc
