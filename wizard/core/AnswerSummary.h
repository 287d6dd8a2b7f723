#pragma once
// Every answer of a profile as labelled rows per page, secrets reduced to "set"/"not set": what
// the Review page shows and, later, what reports print. Never holds a secret value.
#include "Profile.h"
#include "SecretValues.h"

#include <QList>
#include <QString>

namespace cc {

struct AnswerRow {
    QString label;
    QString value;
    bool secret = false; // the row names a secret: its value only says whether it was entered
};

struct AnswerSection {
    QString title;
    QList<AnswerRow> rows;
};

QList<AnswerSection> answerSummary(const Profile &p, const SecretValues &secrets);

} // namespace cc
