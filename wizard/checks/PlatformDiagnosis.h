#pragma once
// Spot's and Scalr's answers turned into a cause and a fix: authentication failures (Scalr's
// BadAuthentication messages, Spot's 401), permissions, validation errors with their field,
// throttling, server errors, redirects and transport failures.
#include "AwsDiagnosis.h" // Diagnosis
#include "PlatformClients.h"
#include "Profile.h"

namespace cc {

Diagnosis diagnosePlatformFailure(const PlatformAnswer &a, const QString &what, const Profile &p);
// Profile JSON pointer of a field Spot or Scalr named in an error ("" when unknown).
QString pointerForPlatformField(const QString &field, const Profile &p);

} // namespace cc
