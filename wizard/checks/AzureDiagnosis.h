#pragma once
// Entra ID and Resource Manager answers turned into a cause and a fix: the AADSTS codes of
// api-reference.md, ARM's error codes, throttling, server errors and transport failures.
#include "AwsDiagnosis.h" // Diagnosis
#include "AzureClient.h"
#include "Profile.h"

namespace cc {

Diagnosis diagnoseTokenFailure(const AzureAnswer &a, const Profile &p);
Diagnosis diagnoseArmFailure(const AzureAnswer &a, const QString &what, const Profile &p);
// Failures a grant that is still propagating explains (consent not there yet, role not yet seen).
bool tokenFailureMayBePropagation(const AzureAnswer &a);
bool armFailureMayBePropagation(const AzureAnswer &a);

} // namespace cc
