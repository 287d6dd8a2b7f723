#pragma once
// Reading a profile file: bounds, JSON, schemaVersion, secret-looking keys, the JSON Schema, then
// the field rules and cross-field rules the schema cannot express. A refused file yields no
// Profile at all, so nothing half-read can reach the wizard.
#include "Profile.h"
#include "ProfileProblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace cc {

struct ProfileParseResult {
    std::optional<Profile> profile; // set only when `problems` is empty
    ProfileProblems problems;       // the file is refused for these
    ProfileProblems incomplete;     // accepted, but these must be filled in before validate/submit
    bool ok() const { return profile.has_value(); }
};

ProfileParseResult parseProfile(const QByteArray &bytes);
// Reads at most JsonLimits::maxBytes + 1 bytes, so a huge file is refused without loading it.
ProfileParseResult readProfileFile(const QString &path);

// Field and cross-field rules over an already schema-valid document.
ProfileProblems fieldRuleProblems(const QJsonObject &root);
// What a journey still needs before it can be verified or submitted.
ProfileProblems completenessProblems(const Profile &p);

} // namespace cc
