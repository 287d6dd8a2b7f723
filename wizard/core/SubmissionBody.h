#pragma once
// The one place that builds what a submission sends: the Review page shows it with the secrets
// masked, the submission sends it with the secrets. Both come from here, so what is shown is what
// is sent.
#include "Profile.h"
#include "SecretValues.h"

#include <QJsonObject>

namespace cc {

// What the Review page shows in place of a secret.
QString maskedSecret();

// The credentials' name on Scalr: platform.credentialsName, else the profile's name.
QString scalrCredentialsName(const Profile &p);
// Spot's expirationDate ("2027-11-22T00:00:00.000Z"), "" when the profile has none.
QString spotExpirationDate(const Profile &p);

// The request body for the profile's journey; `secrets` null = secrets masked (the preview).
// Scalr + Azure is not sent (Scalr answers 501): the body lists what is handed over instead.
QJsonObject submissionBody(const Profile &p, const SecretValues *secrets);

// Scalr's PATCH of existing credentials: only the properties Scalr lets a PATCH change.
QJsonObject scalrAlterableProperties(const QJsonObject &createBody);

} // namespace cc
