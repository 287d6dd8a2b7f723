#pragma once
// One generated text with what the admin needs to know about it.
#include <QString>

namespace cc {

struct Artefact {
    QString name;        // stable id, used by `cloudconnect artefact NAME`
    QString title;       // short heading
    QString explanation; // why it is needed, in the seeds' terms
    QString fileName;    // suggested file name when saved
    QString content;
};

} // namespace cc
