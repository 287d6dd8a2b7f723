#pragma once
// `cloudconnect artefact [NAME] PROFILE.json`: the generated policies, templates and commands of
// the profile's journey, for scripts — the list, or one artefact's text on stdout.
#include "CommandLine.h"

#include <QTextStream>

namespace cc {

int runArtefactCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err);

} // namespace cc
