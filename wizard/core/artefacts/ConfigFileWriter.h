#pragma once
// Rewriting a configuration file safely: a timestamped backup next to it first, then an atomic
// replacement with the original's permissions, and only if the file did not change meanwhile.
#include <QDateTime>
#include <QString>

namespace cc {

struct ConfigFileRead {
    bool ok = false;
    QString text;
    QString error;
};

// Reads a UTF-8 text file of at most 1 MiB.
ConfigFileRead readConfigFile(const QString &path);

struct ConfigFileWrite {
    bool ok = false;
    QString backupPath;
    QString error;
};

// `expected` is the text the merge started from; if the file now differs, nothing is written.
ConfigFileWrite writeConfigFileWithBackup(const QString &path, const QString &expected, const QString &newText,
                                          const QDateTime &now = QDateTime::currentDateTime());

} // namespace cc
