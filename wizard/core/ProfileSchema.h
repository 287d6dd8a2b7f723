#pragma once
// The profile's JSON Schema (resources/schema/profile.schema.json, embedded), enforced by
// valijson. Loaded on first use, never at start-up.
#include "ProfileProblem.h"

#include <QJsonObject>

namespace cc {

// The schema document itself (for `cloudconnect` to print, and for tests).
QJsonObject profileSchemaDocument();
// Structural problems (types, required fields, unknown fields, enums, lengths) as JSON pointers.
ProfileProblems validateAgainstProfileSchema(const QJsonObject &root);

} // namespace cc
