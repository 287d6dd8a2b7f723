#pragma once
// The PROFILE.json argument of a headless command: read and validated, or every problem written
// to stderr (the caller then exits with status 2).
#include "ProfileValidator.h"

#include <QTextStream>
#include <optional>

namespace cc {

std::optional<ProfileParseResult> readProfileArgument(const QString &path, QTextStream &err);

} // namespace cc
