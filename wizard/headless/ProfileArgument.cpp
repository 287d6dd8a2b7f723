#include "ProfileArgument.h"

namespace cc {

std::optional<ProfileParseResult> readProfileArgument(const QString &path, QTextStream &err)
{
    ProfileParseResult parsed = readProfileFile(path);
    if (parsed.ok())
        return parsed;
    err << QStringLiteral("cloudconnect: %1 is not a valid profile:\n").arg(path);
    for (const ProfileProblem &p : parsed.problems)
        err << QStringLiteral("  ") << p.toString() << u'\n';
    return std::nullopt;
}

} // namespace cc
