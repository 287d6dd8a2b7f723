#pragma once
// The words the pages use for a profile field, for lists that name fields (the import review):
// "Platform › API endpoint" rather than /platform/endpoint. The pointer stays available as a tooltip.
#include <QString>

namespace cc {

QString profileFieldLabel(const QString &pointer);

// Fields that decide where secrets are sent and whom TLS trusts (the keychain binds secrets to them).
bool isTrustField(const QString &pointer);

} // namespace cc
