#pragma once
// `cloudconnect submit PROFILE.json [--dry-run] [--replace] [--json]`: every live check, then the
// secrets to the keychain, then the submission; statuses and exit codes of docs/cli.md.
#include "CommandLine.h"

#include <QTextStream>

namespace cc {

int runSubmitCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err);

} // namespace cc
