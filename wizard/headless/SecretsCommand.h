#pragma once
// `cloudconnect secrets set|delete PROFILE.json`: store the profile's secrets (from the
// environment or --secrets-stdin, never from arguments) in the keychain, or delete them.
#include "CommandLine.h"

#include <QTextStream>

namespace cc {

int runSecretsCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err);

} // namespace cc
