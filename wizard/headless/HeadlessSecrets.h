#pragma once
// Secrets for a headless command, in the order of docs/cli.md: keychain (unless --no-keychain),
// environment variables, --secrets-stdin. Reports where each came from (never the value).
#include "CommandLine.h"
#include "KeychainStore.h"
#include "SecretValues.h"

#include <QMap>
#include <QTextStream>
#include <functional>
#include <optional>

namespace cc {

struct HeadlessSecrets {
    SecretValues values;
    QMap<QString, QString> sourceOf;      // secret label → keychain | environment | stdin
    std::optional<KeychainError> keychain; // set when the keychain could not be read
    QString inputError;                    // --secrets-stdin was not a valid JSON object
};

// Runs the keychain lookup to completion with a local event loop: fine for a command-line tool,
// never used by the GUI.
KeychainResult runKeychainOperation(const std::function<void(KeychainStore &)> &start, int timeoutSeconds);

HeadlessSecrets resolveHeadlessSecrets(const CommandLine &cmd, const QString &profileName);

} // namespace cc
