#pragma once
// The one way the program writes a file of its own (profiles, reports, bundles, saved artefacts):
// readable by the owner only from before the first byte, written whole or not at all (a
// temporary file renamed over the target), a short write never taken for a finished one.
// (scalr-server.rb is the exception: it keeps the permissions its owner gave it — ConfigFileWriter.)
#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace cc {

// Returns "" or the reason nothing was written (the target is then untouched).
QString writeOwnerOnlyFile(const QString &path, const QByteArray &bytes);
// For content produced by a writer (a PDF): it returns "" or its own error.
QString writeOwnerOnlyFile(const QString &path, const std::function<QString(QIODevice *)> &write);

} // namespace cc
