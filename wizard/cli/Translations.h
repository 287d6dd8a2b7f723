#pragma once
// The reader's language for everything the program says: its own translations (embedded in the
// program as :/i18n/cloudconnect_<lang>.qm) and Qt's (qtbase_<lang>.qm where Qt keeps them).
// English is the source language: nothing is loaded for it.
class QCoreApplication;

namespace cc {

void installTranslations(QCoreApplication &app);

} // namespace cc
