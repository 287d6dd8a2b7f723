#pragma once
// What importing a profile would change: the leaves that differ between the current answers and
// the file's, by JSON pointer. Shown for review before anything is applied.
#include "Profile.h"

#include <QList>
#include <QString>

namespace cc {

struct ProfileChange {
    QString pointer;
    QString before; // "" when absent
    QString after;  // "" when removed
};

QList<ProfileChange> profileChanges(const Profile &current, const Profile &incoming);

} // namespace cc
