#pragma once
// The steps an administrator does by hand in the cloud's portal (from the seeds), per page and
// journey. Ticking one records when, in the profile's `checklist` (ids documented in README).
#include "Journey.h"

#include <QList>
#include <QString>

namespace cc {

struct ChecklistStep {
    QString id;
    QString title;  // the action, short
    QString detail; // exact names to click or select, and why it matters
};

QList<ChecklistStep> checklistSteps(const Profile &p, PageId page);
// Every step id any journey can use (for documentation and tests).
QStringList allChecklistStepIds();

} // namespace cc
