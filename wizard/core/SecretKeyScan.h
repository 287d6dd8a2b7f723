#pragma once
// Profiles never hold secrets. A key that looks like one, at any depth, is refused on import so
// that a hand-edited file cannot smuggle a secret into version control or a report.
#include "ProfileProblem.h"

#include <QJsonObject>

namespace cc {

bool looksLikeSecretKey(const QString &key);
// Problems for every secret-looking key; `cleaned` receives the document without them, so later
// checks do not report the same key twice.
ProfileProblems findSecretKeys(const QJsonObject &root, QJsonObject *cleaned);

} // namespace cc
