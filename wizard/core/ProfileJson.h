#pragma once
// Profile ⇄ JSON object, in the field names of docs/profile-format.md. Assumes the object was
// already accepted by ProfileValidator; reading is tolerant, writing omits empty optional fields
// and the object of the cloud not chosen.
#include "Profile.h"

#include <QByteArray>
#include <QJsonObject>

namespace cc {

QJsonObject profileToJson(const Profile &p);
Profile profileFromJson(const QJsonObject &o);
// Pretty-printed UTF-8 with a trailing newline, the form profiles are saved in.
QByteArray serializeProfile(const Profile &p);

} // namespace cc
