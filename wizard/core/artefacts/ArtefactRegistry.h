#pragma once
// Every generated artefact of a journey, by stable name (docs: README, "Generated artefacts").
#include "Artefact.h"
#include "Profile.h"

#include <QList>
#include <optional>

namespace cc {

QList<Artefact> artefactsFor(const Profile &p);
std::optional<Artefact> artefactByName(const Profile &p, const QString &name);

} // namespace cc
