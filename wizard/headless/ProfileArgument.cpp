#include "ProfileArgument.h"
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

namespace cc {

std::optional<ProfileParseResult> readProfileArgument(const QString &path, QTextStream &err)
{
    ProfileParseResult parsed = readProfileFile(path);
    if (parsed.ok())
        return parsed;
    err << Tr::tr("cloudconnect: %1 is not a valid profile:\n").arg(path);
    for (const ProfileProblem &p : parsed.problems)
        err << QStringLiteral("  ") << p.toString() << u'\n';
    return std::nullopt;
}

} // namespace cc
