#include "ArtefactCommand.h"

#include "ExitStatus.h"
#include "ProfileArgument.h"
#include "artefacts/ArtefactRegistry.h"

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

int runArtefactCommand(const CommandLine &cmd, QTextStream &out, QTextStream &err)
{
    const std::optional<ProfileParseResult> argument = readProfileArgument(cmd.profilePath, err);
    if (!argument)
        return ExitBadInput;
    const ProfileParseResult &parsed = *argument;
    const QList<Artefact> all = artefactsFor(*parsed.profile);
    if (cmd.action.isEmpty()) {
        if (cmd.json) {
            QJsonArray list;
            for (const Artefact &a : all)
                list.append(QJsonObject{{QStringLiteral("name"), a.name},
                                        {QStringLiteral("title"), a.title},
                                        {QStringLiteral("fileName"), a.fileName},
                                        {QStringLiteral("explanation"), a.explanation}});
            out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("artefacts"), list}}).toJson(QJsonDocument::Indented));
        } else {
            for (const Artefact &a : all)
                out << a.name.leftJustified(22) << a.title << QStringLiteral("  (") << a.fileName << QStringLiteral(")\n");
        }
        return ExitSuccess;
    }
    const std::optional<Artefact> a = artefactByName(*parsed.profile, cmd.action);
    if (!a) {
        QStringList names;
        for (const Artefact &x : all)
            names << x.name;
        err << Tr::tr("cloudconnect: this journey has no artefact \"%1\"; it has: %2\n").arg(cmd.action, names.join(QStringLiteral(", ")));
        return ExitBadInput;
    }
    if (!parsed.incomplete.isEmpty())
        err << Tr::tr("cloudconnect: note: the profile is incomplete; placeholders may remain in the output\n");
    out << a->content;
    return ExitSuccess;
}

} // namespace cc
