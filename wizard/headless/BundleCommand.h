#pragma once
// `cloudconnect bundle export PROFILE.json -o FILE` and `bundle import FILE -o PROFILE.json`: the
// encrypted bundle for a colleague. The passphrase comes from CLOUDCONNECT_BUNDLE_PASSPHRASE or
// the first line of standard input (--passphrase-stdin), never from an argument.
#include "CommandLine.h"

#include <QTextStream>

namespace cc {

int runBundleCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err);

} // namespace cc
