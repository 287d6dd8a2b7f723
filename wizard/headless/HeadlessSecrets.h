#pragma once
// Secrets for a headless command, in the order of docs/cli.md, the most explicit first:
// --secrets-stdin, environment variables, then the keychain (unless --no-keychain) — and the
// keychain's only while the profile has the endpoints and CA bundle they were stored for
// (SecretBinding). Reports where each came from (never the value).
#include "CommandLine.h"
#include "KeychainBackend.h"
#include "Profile.h"
#include "SecretValues.h"

#include <QMap>
#include <QTextStream>
#include <functional>
#include <optional>

namespace cc {

struct HeadlessSecrets {
    SecretValues values;
    QMap<QString, QString> sourceOf;       // secret label → keychain | environment | stdin
    std::optional<KeychainError> keychain; // set when the keychain could not be read
    QString inputError;                    // --secrets-stdin was not a valid JSON object
    // The keychain has secrets for this profile name, but for other endpoints: they were not used.
    // One line per changed field.
    QStringList keychainBoundElsewhere;
};

// The words for keychainBoundElsewhere, with the ways forward.
QString boundElsewhereMessage(const QString &profileName, const QStringList &changes);

// Runs the keychain lookup to completion with a local event loop: fine for a command-line tool,
// never used by the GUI.
KeychainResult runKeychainOperation(const std::function<KeychainJob *(KeychainStoreInterface &)> &start, int timeoutSeconds);

HeadlessSecrets resolveHeadlessSecrets(const CommandLine &cmd, const Profile &profile);

} // namespace cc
