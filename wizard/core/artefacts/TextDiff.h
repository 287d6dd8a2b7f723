#pragma once
// A unified diff of two texts, line by line, with 3 lines of context: shown before a file is
// rewritten so the admin sees exactly what changes.
#include <QString>

namespace cc {

QString unifiedDiff(const QString &before, const QString &after, const QString &beforeName, const QString &afterName);

} // namespace cc
