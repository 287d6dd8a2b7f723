#include "CheckCommand.h"

#include "ExitStatus.h"
#include "Journey.h"
#include "ProfileValidator.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>

namespace {
// Translation context of this area (lupdate reads it; see translations/README.md).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

namespace cc {
namespace {

QJsonArray toJson(const ProfileProblems &problems)
{
    QJsonArray a;
    for (const ProfileProblem &p : problems)
        a.append(QJsonObject{{QStringLiteral("pointer"), p.pointer}, {QStringLiteral("message"), p.message}});
    return a;
}

} // namespace

int runCheckCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    const ProfileParseResult r = readProfileFile(cmd.profilePath);
    const bool valid = r.ok() && r.incomplete.isEmpty();
    if (cmd.json) {
        QJsonObject o{{QStringLiteral("file"), QFileInfo(cmd.profilePath).absoluteFilePath()},
                      {QStringLiteral("valid"), valid},
                      {QStringLiteral("problems"), toJson(r.problems)},
                      {QStringLiteral("incomplete"), toJson(r.incomplete)}};
        if (r.profile) {
            o.insert(QStringLiteral("profile"), r.profile->name);
            o.insert(QStringLiteral("journey"), journeyTitle(Journey::of(*r.profile)));
        }
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        const QString file = QFileInfo(cmd.profilePath).fileName();
        if (valid) {
            out << Tr::tr("%1: valid — profile \"%2\", %3\n").arg(file, r.profile->name, journeyTitle(Journey::of(*r.profile)));
        } else {
            for (const ProfileProblem &p : r.problems)
                out << file << QStringLiteral(": ") << p.toString() << u'\n';
            for (const ProfileProblem &p : r.incomplete)
                out << file << QStringLiteral(": ") << p.toString() << Tr::tr(" (missing)\n");
            out << Tr::tr("%1: %2 problem(s)\n").arg(file).arg(r.problems.size() + r.incomplete.size());
        }
    }
    out.flush();
    if (!valid)
        err << Tr::tr("cloudconnect: %1 is not valid\n").arg(cmd.profilePath);
    return valid ? ExitSuccess : ExitBadInput;
}

} // namespace cc
